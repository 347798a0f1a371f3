import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromValidated } from './build';
import { assembleDataFiles } from './data-files';
import { InvalidQueryError } from './errors';
import { oneTypoAway, searchNodes, tokenize } from './search';
import type { KnowledgeGraph } from './types';

let seed: KnowledgeGraph;

beforeAll(() => {
	const root = join(import.meta.dirname, '../../../graph/seed');
	const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.yaml'))
		.map((name) => ({
			path: relative(root, join(root, name)),
			text: readFileSync(join(root, name), 'utf8')
		}));
	seed = fromValidated(assembleDataFiles(files));
});

const first = (query: string) => searchNodes(seed, query)[0]?.id;

describe('searchNodes on the seed graph', () => {
	it.each([
		['exact label', 'PHP', 'php'],
		['lower case', 'nginx', 'nginx'],
		['upper case', 'JAVASCRIPT', 'javascript'],
		['prefix', 'ngi', 'nginx'],
		['prefix of a later word', 'hands-on', 'recent-hands-on-coding'],
		['alias', 'html5', 'html'],
		['alias with version', 'CSS3', 'css'],
		['alias of a role', 'back-end developer', 'backend-developer'],
		['two words, both prefixes', 'back dev', 'backend-developer'],
		['swapped letters', 'ngnix', 'nginx'],
		['swapped letters', 'pyhton', 'python'],
		['missing letter', 'jva', 'java'],
		['extra letter', 'javva', 'java'],
		['wrong letter', 'rubi', 'ruby'],
		['symbols kept', 'c++', 'cpp'],
		['surrounding spaces', '   scala  ', 'scala']
	])('finds %s: %s', (_case, query, expected) => {
		expect(first(query)).toBe(expected);
	});

	it('puts an exact name before names that merely start with it', () => {
		const ids = searchNodes(seed, 'java').map((result) => result.id);
		expect(ids[0]).toBe('java');
		expect(ids).toContain('javascript');
		expect(ids.indexOf('javascript')).toBeGreaterThan(0);
	});

	it('tolerates one typo, not two', () => {
		expect(searchNodes(seed, 'ngnxi')).toEqual([]);
		expect(searchNodes(seed, 'pythno')).not.toEqual([]);
		expect(searchNodes(seed, 'pxthno')).toEqual([]);
	});

	it.each(['zzzzqq', '!!!', 'kubernetes'])('finds nothing for %s', (query) => {
		expect(searchNodes(seed, query)).toEqual([]);
	});

	it('returns id, label and category, at most the limit', () => {
		const results = searchNodes(seed, 'b', 3);
		expect(results.length).toBeLessThanOrEqual(3);
		for (const result of results)
			expect(Object.keys(result).sort()).toEqual(['category', 'id', 'label']);
		expect(searchNodes(seed, 'e').length).toBeLessThanOrEqual(20);
	});

	it.each(['', '   ', 'x'.repeat(201)])('rejects %j with InvalidQueryError', (query) => {
		expect(() => searchNodes(seed, query)).toThrow(InvalidQueryError);
	});
});

describe('tokenize', () => {
	it.each([
		['C++ and C#', ['c++', 'and', 'c#']],
		['Node.js / Linux-Unix', ['node', 'js', 'linux', 'unix']],
		['  ', []]
	])('splits %j', (text, expected) => {
		expect(tokenize(text)).toEqual(expected);
	});
});

describe('oneTypoAway', () => {
	it.each([
		['java', 'javascript', true],
		['jaav', 'java', true],
		['pyth', 'python', true],
		['ptyh', 'python', true],
		['jv', 'java', false],
		['xyz', 'java', false],
		['pxthno', 'python', false]
	])('%s → %s is %s', (term, word, expected) => {
		expect(oneTypoAway(term, word)).toBe(expected);
	});
});
