import { describe, expect, it } from 'vitest';
import { compareRoles, type Comparison } from './compare';
import { InvalidQueryError, NotARoleError, UnknownNodeError } from './errors';
import { tinyGraph } from '../test-support/tiny-graph';

const ids = (result: Comparison) => ({
	shared: result.shared.map((item) => item.id),
	onlyA: result.onlyA.map((item) => item.id),
	onlyB: result.onlyB.map((item) => item.id)
});

describe('compareRoles', () => {
	it('splits two roles into shared and unique nodes, with each side’s sources', () => {
		const result = compareRoles(tinyGraph(), 'eng', 'dev');
		expect(result.a).toEqual({ id: 'eng', label: 'Engineer' });
		expect(result.b).toEqual({ id: 'dev', label: 'Developer' });
		expect(ids(result)).toEqual({
			shared: ['java', 'teamwork'],
			onlyA: ['nginx'],
			onlyB: ['php', 'debug']
		});
		expect(result.shared[0]).toEqual({
			id: 'java',
			label: 'Java',
			category: 'technology',
			sources: { eng: ['s1', 's2'], dev: ['s1'] }
		});
		expect(result.onlyB[1]).toEqual({
			id: 'debug',
			label: 'Debugging',
			category: 'responsibility',
			sources: { dev: ['s1', 's2'] }
		});
	});

	it('leaves role-to-role relations out of the comparison', () => {
		const result = compareRoles(tinyGraph(), 'eng', 'dev');
		const all = [...result.shared, ...result.onlyA, ...result.onlyB];
		expect(all.some((item) => item.category === 'role')).toBe(false);
	});

	it.each([
		{
			name: 'one category',
			options: { categories: ['technology'] },
			expected: { shared: ['java'], onlyA: ['nginx'], onlyB: ['php'] }
		},
		{
			name: 'two categories',
			options: { categories: ['skill', 'responsibility'] },
			expected: { shared: ['teamwork'], onlyA: [], onlyB: ['debug'] }
		},
		{
			name: 'one source: links only that source states',
			options: { sources: ['s2'] },
			expected: { shared: [], onlyA: ['java', 'teamwork'], onlyB: ['php', 'debug'] }
		},
		{
			name: 'a source nothing cites',
			options: { sources: ['s3'] },
			expected: { shared: [], onlyA: [], onlyB: [] }
		},
		{
			name: 'category and source together',
			options: { categories: ['technology'], sources: ['s1'] },
			expected: { shared: ['java'], onlyA: ['nginx'], onlyB: [] }
		},
		{
			name: 'empty filter lists mean no filter',
			options: { categories: [], sources: [] },
			expected: { shared: ['java', 'teamwork'], onlyA: ['nginx'], onlyB: ['php', 'debug'] }
		}
	])('filters by $name', ({ options, expected }) => {
		expect(ids(compareRoles(tinyGraph(), 'eng', 'dev', options))).toEqual(expected);
	});

	it('cites only the chosen sources when filtering by source', () => {
		const result = compareRoles(tinyGraph(), 'eng', 'dev', { sources: ['s1'] });
		expect(result.shared[0]?.sources).toEqual({ eng: ['s1'], dev: ['s1'] });
		expect(result.onlyB.find((item) => item.id === 'debug')?.sources).toEqual({ dev: ['s1'] });
	});

	it.each([
		{ a: 'nope', b: 'dev', error: UnknownNodeError },
		{ a: 'eng', b: 'nope', error: UnknownNodeError },
		{ a: 'java', b: 'dev', error: NotARoleError },
		{ a: 'eng', b: 'php', error: NotARoleError }
	])('throws $error.name for $a vs $b', ({ a, b, error }) => {
		expect(() => compareRoles(tinyGraph(), a, b)).toThrow(error);
	});

	it.each([
		{ options: { categories: ['technology', 'spaceship'] } },
		{ options: { sources: ['s9'] } }
	])('throws InvalidQueryError for an unknown filter value %o', ({ options }) => {
		expect(() => compareRoles(tinyGraph(), 'eng', 'dev', options)).toThrow(InvalidQueryError);
	});

	it('finds nothing for a role that links to nothing', () => {
		expect(ids(compareRoles(tinyGraph(), 'lonely', 'lonely'))).toEqual({
			shared: [],
			onlyA: [],
			onlyB: []
		});
		expect(ids(compareRoles(tinyGraph(), 'lonely', 'eng')).onlyB).toEqual([
			'java',
			'nginx',
			'teamwork'
		]);
	});

	it('shares everything when a role is compared with itself', () => {
		const result = compareRoles(tinyGraph(), 'dev', 'dev');
		expect(ids(result)).toEqual({
			shared: ['java', 'php', 'teamwork', 'debug'],
			onlyA: [],
			onlyB: []
		});
		expect(result.shared[0]?.sources).toEqual({ dev: ['s1'] });
	});

	it('orders each zone by category, then label', () => {
		const graph = tinyGraph();
		graph.addNode('apache', { label: 'apache', category: 'technology' });
		graph.addNode('agile', { label: 'Agile', category: 'practice' });
		graph.addEdge('dev', 'agile', { relation: 'needs', sources: ['s1'] });
		graph.addEdge('dev', 'apache', { relation: 'needs', sources: ['s1'] });
		expect(ids(compareRoles(graph, 'eng', 'dev')).onlyB).toEqual([
			'apache',
			'php',
			'debug',
			'agile'
		]);
	});

	it('never changes the graph, and sees changes made to it since the last call', () => {
		const graph = tinyGraph();
		const before = JSON.stringify(graph.export());
		compareRoles(graph, 'eng', 'dev');
		compareRoles(graph, 'eng', 'dev', { sources: ['s1'] });
		expect(JSON.stringify(graph.export())).toBe(before);
		graph.addEdge('dev', 'nginx', { relation: 'needs', sources: ['s2'] });
		expect(ids(compareRoles(graph, 'eng', 'dev')).shared).toContain('nginx');
	});

	it('flags hot links and keeps the highest importance, on both paths', () => {
		const graph = tinyGraph();
		graph.mergeEdgeAttributes('dev->java', { hot: true, importance: 2.5 });
		graph.mergeEdgeAttributes('eng->java', { importance: 4 });
		graph.mergeEdgeAttributes('eng->nginx', { hot: true });
		for (const options of [{}, { sources: ['s1'] }]) {
			const result = compareRoles(graph, 'eng', 'dev', options);
			expect(result.shared[0]).toMatchObject({ id: 'java', hot: true, importance: 4 });
			expect(result.onlyA[0]).toMatchObject({ id: 'nginx', hot: true });
			expect(result.onlyB[0]?.hot).toBeUndefined();
		}
	});

	it('returns items callers cannot change by accident', () => {
		const result = compareRoles(tinyGraph(), 'eng', 'dev');
		expect(Object.isFrozen(result.onlyA[0])).toBe(true);
		expect(() => (result.onlyA[0]!.sources.eng as string[]).push('x')).toThrow();
	});

	describe('when a dataset has no data on a category for one role', () => {
		const unratedGraph = (unrated: Record<string, string[]>) => {
			const graph = tinyGraph();
			for (const [role, categories] of Object.entries(unrated)) {
				graph.setNodeAttribute(role, 'unrated', categories as never);
			}
			return graph;
		};

		it('leaves that category out of both "only" sides and says which role lacks it', () => {
			// dev has no skill data: eng's skills are not "only eng", they are unknown for dev.
			const graph = unratedGraph({ dev: ['skill'] });
			graph.dropEdge('dev->teamwork');
			const result = compareRoles(graph, 'eng', 'dev');
			expect(ids(result)).toEqual({ shared: ['java'], onlyA: ['nginx'], onlyB: ['php', 'debug'] });
			expect(result.missing).toEqual({ dev: ['skill'] });
		});

		it('names every role that lacks data, and only categories the filter keeps', () => {
			const graph = unratedGraph({ dev: ['skill', 'responsibility'], eng: ['responsibility'] });
			expect(compareRoles(graph, 'eng', 'dev').missing).toEqual({
				eng: ['responsibility'],
				dev: ['skill', 'responsibility']
			});
			const technology = compareRoles(graph, 'eng', 'dev', { categories: ['technology'] });
			expect(technology.missing).toEqual({});
			expect(ids(technology)).toEqual({ shared: ['java'], onlyA: ['nginx'], onlyB: ['php'] });
			const filtered = compareRoles(graph, 'eng', 'dev', { sources: ['s1'] });
			expect(ids(filtered)).toEqual({ shared: ['java'], onlyA: ['nginx'], onlyB: [] });
			expect(filtered.missing).toEqual({
				eng: ['responsibility'],
				dev: ['skill', 'responsibility']
			});
		});

		it('reports nothing missing when both roles have data', () => {
			expect(compareRoles(tinyGraph(), 'eng', 'dev').missing).toEqual({});
		});
	});
});
