import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from './build';
import { compareRoles } from './compare';
import { compareMany, MAX_COMPARED, type ManyComparison } from './compare-many';
import { InvalidQueryError, NotARoleError, UnknownNodeError } from './errors';
import { compareNodes } from './order';
import type { SerializedKnowledgeGraph } from './schema';
import { teamGraph } from '../test-support/team-graph';
import { tinyGraph } from '../test-support/tiny-graph';
import type { Category } from './types';

const zoneIds = (result: ManyComparison) =>
	result.zones.map((zone) => [zone.roles.join('+'), zone.items.map((item) => item.id).join(',')]);

describe('compareMany', () => {
	it.each([
		{
			name: 'three roles',
			roles: ['fe', 'be', 'fs'],
			options: {},
			zones: [
				['fe+be+fs', 'git,talk'],
				['fe+fs', 'css,js'],
				['be+fs', 'sql'],
				['fe', 'ux']
			],
			missing: {}
		},
		{
			name: 'four roles, one without skill data: skills only where it links, so none',
			roles: ['fe', 'be', 'fs', 'ops'],
			options: {},
			zones: [
				['fe+fs', 'css,js'],
				['fe+be+fs+ops', 'git'],
				['be+fs', 'sql'],
				['ops', 'k8s']
			],
			missing: { ops: ['skill'] }
		},
		{
			name: 'a category filter',
			roles: ['fe', 'be', 'fs'],
			options: { categories: ['skill'] },
			zones: [
				['fe+be+fs', 'talk'],
				['fe', 'ux']
			],
			missing: {}
		},
		{
			name: 'a source filter moves an item to the zone of the roles whose links it states',
			roles: ['fe', 'be', 'fs'],
			options: { sources: ['s2'] },
			zones: [
				['be', 'git'],
				['fs', 'js']
			],
			missing: {}
		},
		{
			name: 'a filter that leaves out the category the data lacks: nothing missing',
			roles: ['fe', 'ops'],
			options: { categories: ['technology'] },
			zones: [
				['fe', 'css,js'],
				['fe+ops', 'git'],
				['ops', 'k8s']
			],
			missing: {}
		}
	])('$name', ({ roles, options, zones, missing }) => {
		const result = compareMany(teamGraph(), roles, options);
		expect(zoneIds(result)).toEqual(zones);
		expect(result.missing).toEqual(missing);
	});

	it('names the roles, and gives each item the sources behind every role’s link', () => {
		const result = compareMany(teamGraph(), ['fe', 'be', 'fs']);
		expect(result.roles).toEqual([
			{ id: 'fe', label: 'Frontend' },
			{ id: 'be', label: 'Backend' },
			{ id: 'fs', label: 'Full-stack' }
		]);
		const git = result.zones[0]!.items[0]!;
		expect(git).toEqual({
			id: 'git',
			label: 'Git',
			category: 'technology',
			sources: { fe: ['s1'], be: ['s2'], fs: ['s1'] }
		});
		expect(result.zones[3]!.items[0]).toEqual({
			id: 'ux',
			label: 'UX sense',
			category: 'skill',
			sources: { fe: ['s1'] }
		});
	});

	it.each([
		{ roles: ['fe'], error: InvalidQueryError, message: 'one was given' },
		{ roles: [], error: InvalidQueryError, message: 'none was given' },
		{ roles: Array(7).fill('fe'), error: InvalidQueryError, message: '7 were given' },
		{ roles: ['fe', 'be', 'fe'], error: InvalidQueryError, message: '"fe" is chosen twice' },
		{ roles: ['fe', 'nope', 'be'], error: UnknownNodeError, message: 'nope' },
		{ roles: ['fe', 'git', 'be'], error: NotARoleError, message: 'not a role' }
	])('refuses $roles', ({ roles, error, message }) => {
		expect(() => compareMany(teamGraph(), roles)).toThrow(error);
		expect(() => compareMany(teamGraph(), roles)).toThrow(message);
	});

	it('refuses an unknown category or source', () => {
		expect(() => compareMany(teamGraph(), ['fe', 'be'], { categories: ['talent'] })).toThrow(
			InvalidQueryError
		);
		expect(() => compareMany(teamGraph(), ['fe', 'be'], { sources: ['s9'] })).toThrow(
			InvalidQueryError
		);
	});

	it.each([
		{ roles: ['be', 'ops'], zones: ['be+ops', 'be', 'ops'] },
		{ roles: ['ops', 'be'], zones: ['ops+be', 'ops', 'be'] }
	])(
		'orders zones of one size by roles, more first, then as chosen: $roles',
		({ roles, zones }) => {
			const result = compareMany(teamGraph(), roles, { categories: ['technology'] });
			expect(result.zones.map((zone) => zone.roles.join('+'))).toEqual(zones);
		}
	);

	it('never changes the graph', () => {
		const graph = teamGraph();
		const before = JSON.stringify(graph.export());
		compareMany(graph, ['fe', 'be', 'fs', 'ops'], { sources: ['s1'] });
		expect(JSON.stringify(graph.export())).toBe(before);
	});

	it('with two roles, says what compareRoles says', () => {
		const graph = tinyGraph();
		const pair = compareRoles(graph, 'eng', 'dev');
		const many = compareMany(graph, ['eng', 'dev']);
		const zone = (roles: string) =>
			many.zones.find((z) => z.roles.join('+') === roles)?.items ?? [];
		expect(zone('eng+dev')).toEqual(pair.shared);
		expect(zone('eng')).toEqual(pair.onlyA);
		expect(zone('dev')).toEqual(pair.onlyB);
	});
});

/** A random graph: up to six roles over up to 24 nodes, links with random sources, some data missing. */
const randomGraph = fc
	.record({
		roles: fc.integer({ min: 2, max: MAX_COMPARED }),
		nodes: fc.array(fc.constantFrom<Category>('technology', 'skill', 'responsibility'), {
			maxLength: 24
		}),
		links: fc.array(fc.array(fc.subarray(['s1', 's2']), { minLength: 24, maxLength: 24 }), {
			minLength: MAX_COMPARED,
			maxLength: MAX_COMPARED
		}),
		unrated: fc.array(fc.subarray<Category>(['skill', 'responsibility']), {
			minLength: MAX_COMPARED,
			maxLength: MAX_COMPARED
		}),
		categories: fc.subarray<Category>(['technology', 'skill', 'responsibility']),
		sources: fc.subarray(['s1', 's2'])
	})
	.map(({ roles, nodes, links, unrated, categories, sources }) => {
		const roleIds = Array.from({ length: roles }, (_, r) => `r${r}`);
		const data: SerializedKnowledgeGraph = {
			attributes: {
				id: 'random',
				title: 'Random',
				description: 'Generated.',
				sources: [
					{ id: 's1', title: 'One', summary: 'First.' },
					{ id: 's2', title: 'Two', summary: 'Second.' }
				]
			},
			nodes: [
				...roleIds.map((key, r) => ({
					key,
					attributes: {
						label: `Role ${r}`,
						category: 'role' as const,
						...(unrated[r]!.length > 0 ? { unrated: unrated[r] } : {})
					}
				})),
				// Labels out of id order, some equal but for case: the display order is by label.
				...nodes.map((category, n) => ({
					key: `n${n}`,
					attributes: { label: `${n % 3 === 0 ? 'item' : 'Item'} ${(n * 7) % 24}`, category }
				}))
			],
			edges: roleIds.flatMap((role, r) =>
				nodes.flatMap((category, n) => {
					const cited = links[r]![n]!;
					// A role without data on a category links to nothing in it (as O*NET's import has it).
					if (cited.length === 0 || unrated[r]!.includes(category)) return [];
					return [
						{
							source: role,
							target: `n${n}`,
							attributes: {
								relation: category === 'responsibility' ? 'responsibleFor' : 'needs',
								sources: cited
							}
						}
					];
				})
			)
		};
		return { graph: buildGraph(data), roles: roleIds, options: { categories, sources } };
	});

describe('compareMany, on random graphs', () => {
	it('partitions the union exactly: each item in the zone of the roles linked to it', () => {
		fc.assert(
			fc.property(randomGraph, ({ graph, roles, options }) => {
				const result = compareMany(graph, roles, options);
				// The reference: for every node, the roles whose links pass the filters.
				const expected = new Map<string, string>();
				graph.forEachNode((id, { category }) => {
					if (category === 'role') return;
					if (options.categories.length > 0 && !options.categories.includes(category)) return;
					const linked = roles.filter((role) => {
						const edge = graph.edge(role, id);
						if (edge === undefined) return false;
						const sources = graph.getEdgeAttribute(edge, 'sources');
						return options.sources.length === 0 || sources.some((s) => options.sources.includes(s));
					});
					const unknown = roles.filter((role) =>
						graph.getNodeAttribute(role, 'unrated')?.includes(category)
					);
					if (linked.length > 0 && unknown.every((role) => linked.includes(role))) {
						expected.set(id, linked.join('+'));
					}
				});
				const seen = new Map<string, string>();
				for (const zone of result.zones) {
					expect(zone.items.length).toBeGreaterThan(0);
					for (const item of zone.items) {
						expect(seen.has(item.id)).toBe(false);
						seen.set(item.id, zone.roles.join('+'));
						expect(Object.keys(item.sources)).toEqual(zone.roles);
					}
					const sorted = [...zone.items].sort(compareNodes);
					expect(zone.items.map((i) => i.id)).toEqual(sorted.map((i) => i.id));
				}
				expect(seen).toEqual(expected);
				for (let z = 1; z < result.zones.length; z++) {
					const [before, after] = [result.zones[z - 1]!, result.zones[z]!];
					expect(before.items.length).toBeGreaterThanOrEqual(after.items.length);
					if (before.items.length === after.items.length) {
						expect(before.roles.length).toBeGreaterThanOrEqual(after.roles.length);
					}
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('with two roles, agrees with compareRoles', () => {
		fc.assert(
			fc.property(randomGraph, ({ graph, options }) => {
				const pair = compareRoles(graph, 'r0', 'r1', options);
				const many = compareMany(graph, ['r0', 'r1'], options);
				const zone = (roles: string) =>
					many.zones.find((z) => z.roles.join('+') === roles)?.items.map((i) => i.id) ?? [];
				expect(zone('r0+r1')).toEqual(pair.shared.map((i) => i.id));
				expect(zone('r0')).toEqual(pair.onlyA.map((i) => i.id));
				expect(zone('r1')).toEqual(pair.onlyB.map((i) => i.id));
				expect(many.missing).toEqual(pair.missing);
			}),
			{ numRuns: 200 }
		);
	});
});
