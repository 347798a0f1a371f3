import { beforeAll, describe, expect, it } from 'vitest';
import { seedGraph } from '../test-support/graphs';
import { resolveEntries, splitEntries } from './entries';
import type { KnowledgeGraph } from './types';

let seed: KnowledgeGraph;
beforeAll(async () => {
	seed = await seedGraph();
});

describe('splitEntries', () => {
	it('splits on commas, semicolons and lines, leaving out blanks and repeats', () => {
		expect(splitEntries('PHP, nginx;\n\n  java \r\nphp,,')).toEqual(['PHP', 'nginx', 'java']);
		expect(splitEntries('  ')).toEqual([]);
	});
});

describe('resolveEntries', () => {
	it('finds each entry with the app’s search (typos and aliases too) or by its id', () => {
		const result = resolveEntries(seed, 'PHP\nngnix, HTML5; backend-developer');
		expect(result.found.map(({ entry, node }) => [entry, node.id])).toEqual([
			['PHP', 'php'],
			['ngnix', 'nginx'],
			['HTML5', 'html'],
			['backend-developer', 'backend-developer']
		]);
		expect(result.unknown).toEqual([]);
	});

	it('keeps what matches nothing, as written', () => {
		const result = resolveEntries(seed, `cobol, java, ${'x'.repeat(300)}, zzqqy`);
		expect(result.found.map(({ node }) => node.id)).toEqual(['java']);
		expect(result.unknown).toEqual(['cobol', 'x'.repeat(300), 'zzqqy']);
	});

	it('lists a node found twice once', () => {
		const result = resolveEntries(seed, 'HTML, HTML5');
		expect(result.found).toEqual([
			{ entry: 'HTML', node: { id: 'html', label: 'HTML', category: 'technology' } }
		]);
	});
});
