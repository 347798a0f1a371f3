import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../test-support/graphs';
import { Graph } from './graphology';

/** Every own member name of Object.prototype, and a few ordinary ids beside them. */
const NAMES = [...Object.getOwnPropertyNames(Object.prototype), 'plain', 'other'];

describe('graphs whose node ids are names of Object.prototype members', () => {
	for (const type of ['directed', 'undirected', 'mixed'] as const) {
		it(`${type}: links to and from each name are added, found, walked and removed`, () => {
			const graph = new Graph({ type, multi: false, allowSelfLoops: false });
			for (const name of NAMES) graph.addNode(name, { label: name });
			const hub = 'plain';
			for (const name of NAMES) if (name !== hub) graph.addEdge(hub, name);
			expect(graph.size).toBe(NAMES.length - 1);
			for (const name of NAMES) {
				if (name === hub) continue;
				expect(graph.hasEdge(hub, name)).toBe(true);
				expect(graph.edge(hub, name)).toBeDefined();
				expect(graph.hasDirectedEdge(hub, name)).toBe(type !== 'undirected');
				expect(graph.hasUndirectedEdge(hub, name)).toBe(type === 'undirected');
				expect(graph.neighbors(name)).toEqual([hub]);
				expect(graph.edges(hub, name)).toHaveLength(1);
			}
			expect(graph.hasEdge('other', 'constructor')).toBe(false);
			expect(graph.hasEdge('constructor', '__proto__')).toBe(false);
			expect(graph.neighbors(hub).sort()).toEqual(NAMES.filter((n) => n !== hub).sort());
			const copy = Graph.from(graph.export());
			expect(copy.size).toBe(graph.size);
			graph.dropNode('constructor');
			graph.clearEdges();
			graph.addEdge('toString', '__proto__');
			expect(graph.hasEdge('toString', '__proto__')).toBe(true);
			expect(graph.hasEdge('toString', 'valueOf')).toBe(false);
		});
	}

	it('merging an edge twice keeps one, for any name', () => {
		const graph = new Graph({ type: 'directed' });
		graph.addNode('r1');
		graph.addNode('constructor');
		graph.mergeEdge('r1', 'constructor', { weight: 1 });
		graph.mergeEdge('r1', 'constructor', { weight: 2 });
		expect(graph.size).toBe(1);
		expect(graph.getEdgeAttribute('r1', 'constructor', 'weight')).toBe(2);
	});
});

describe('every graph in rolegraph is made from the patched class', () => {
	it('no module imports graphology’s Graph directly (types only)', () => {
		const offenders: string[] = [];
		const walk = (folder: string) => {
			for (const entry of readdirSync(folder, { withFileTypes: true })) {
				const path = join(folder, entry.name);
				if (entry.isDirectory()) walk(path);
				else if (/\.(ts|svelte)$/.test(entry.name) && !entry.name.endsWith('graphology.ts')) {
					if (/^import (?!type)[^;]*from 'graphology';/m.test(readFileSync(path, 'utf8'))) {
						offenders.push(relative(repoRoot, path));
					}
				}
			}
		};
		walk(join(repoRoot, 'src'));
		walk(join(repoRoot, 'scripts'));
		expect(offenders).toEqual([]);
	});
});
