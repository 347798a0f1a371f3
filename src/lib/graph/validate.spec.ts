import { describe, expect, it } from 'vitest';
import { buildGraph } from './build';
import { GraphValidationError } from './errors';
import type { SerializedKnowledgeGraph } from './schema';
import { tinyGraphData } from '../test-support/tiny-graph';
import { validateSerializedGraph } from './validate';

/** The issues validation reports for the tiny graph after a change. */
function issuesAfter(change: (data: SerializedKnowledgeGraph) => void) {
	const data = tinyGraphData();
	change(data);
	try {
		validateSerializedGraph(data);
	} catch (error) {
		expect(error).toBeInstanceOf(GraphValidationError);
		return (error as GraphValidationError).issues;
	}
	throw new Error('expected validation to fail');
}

describe('validateSerializedGraph', () => {
	it('accepts a valid graph', () => {
		expect(validateSerializedGraph(tinyGraphData()).nodes).toHaveLength(8);
	});

	it.each<[string, (data: SerializedKnowledgeGraph) => void, string, RegExp]>([
		[
			'a dangling reference',
			(d) =>
				d.edges.push({
					source: 'eng',
					target: 'cobol',
					attributes: { relation: 'needs', sources: ['s1'] }
				}),
			'edges[8] (eng → cobol)',
			/unknown node "cobol"/
		],
		[
			'a duplicate id',
			(d) =>
				d.nodes.push({ key: 'php', attributes: { label: 'PHP again', category: 'technology' } }),
			'nodes[8] (id "php")',
			/duplicate id "php", already used at nodes\[4\]/
		],
		[
			'an unknown category',
			(d) => (d.nodes[3]!.attributes.category = 'gadget' as 'skill'),
			'nodes[3] (id "java")',
			/attributes\.category: unknown category "gadget"/
		],
		[
			'a missing category',
			(d) => delete (d.nodes[3]!.attributes as Partial<{ category: string }>).category,
			'nodes[3] (id "java")',
			/attributes\.category/
		],
		[
			'an unknown source',
			(d) => (d.edges[0]!.attributes.sources = ['s1', 'blog']),
			'edges[0] (eng → java)',
			/unknown source "blog"/
		],
		[
			'an edge with no source',
			(d) => (d.edges[0]!.attributes.sources = []),
			'edges[0] (eng → java)',
			/must name at least one source/
		],
		[
			'an edge from a non-role',
			(d) =>
				d.edges.push({
					source: 'java',
					target: 'php',
					attributes: { relation: 'needs', sources: ['s1'] }
				}),
			'edges[8] (java → php)',
			/edges start at a role/
		],
		[
			'a relation that does not fit the category',
			(d) => (d.edges[5]!.attributes.relation = 'needs'),
			'edges[5] (dev → debug)',
			/relation must be "responsibleFor"/
		],
		[
			'a role relation to a technology',
			(d) => (d.edges[0]!.attributes.relation = 'buildsFoundationFor'),
			'edges[0] (eng → java)',
			/relation must be "needs"/
		],
		[
			'a duplicate edge',
			(d) =>
				d.edges.push({
					source: 'eng',
					target: 'java',
					attributes: { relation: 'needs', sources: ['s1'] }
				}),
			'edges[8] (eng → java)',
			/duplicate edge/
		],
		[
			'a self-loop',
			(d) =>
				d.edges.push({
					source: 'eng',
					target: 'eng',
					attributes: { relation: 'relatedTo', sources: ['s1'] }
				}),
			'edges[8] (eng → eng)',
			/itself/
		],
		[
			'a default pair that is not two roles',
			(d) => (d.attributes.defaultPair = ['eng', 'java']),
			'graph attributes',
			/defaultPair names "java", which is a technology/
		],
		[
			'an empty label',
			(d) => (d.nodes[4]!.attributes.label = '   '),
			'nodes[4] (id "php")',
			/attributes\.label: must not be (empty|blank)/
		],
		[
			'an unknown attribute',
			(d) => ((d.nodes[4]!.attributes as Record<string, unknown>).colour = 'red'),
			'nodes[4] (id "php")',
			/colour/
		]
	])('reports %s, naming the element', (_name, change, where, message) => {
		const issues = issuesAfter(change);
		expect(issues).toContainEqual({ where, message: expect.stringMatching(message) });
	});

	it.each([null, 42, 'graph', [], {}, { attributes: {}, nodes: 'x', edges: [] }])(
		'rejects %j with a GraphValidationError, never a crash',
		(input) => {
			expect(() => validateSerializedGraph(input)).toThrow(GraphValidationError);
		}
	);

	it('lists every problem, and the message names them', () => {
		const issues = issuesAfter((d) => {
			d.edges[0]!.attributes.sources = ['nope'];
			d.edges[1]!.target = 'gone';
		});
		expect(issues).toHaveLength(2);
		const error = new GraphValidationError(issues);
		expect(error.message).toMatch(/2 problems/);
		expect(error.message).toMatch(/edges\[1\] \(eng → gone\)/);
	});
});

describe('buildGraph', () => {
	it('builds nothing from invalid data', () => {
		const data = tinyGraphData();
		data.edges[2]!.target = 'missing';
		expect(() => buildGraph(data)).toThrow(GraphValidationError);
	});

	it('builds a directed graph with stable edge keys', () => {
		const graph = buildGraph(tinyGraphData());
		expect(graph.type).toBe('directed');
		expect(graph.order).toBe(8);
		expect(graph.size).toBe(8);
		expect(graph.hasEdge('eng->java')).toBe(true);
		expect(graph.getAttribute('defaultPair')).toEqual(['eng', 'dev']);
	});
});
