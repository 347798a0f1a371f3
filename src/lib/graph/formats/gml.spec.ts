import { describe, expect, it } from 'vitest';
import { fromValidated } from '../build';
import { FormatError } from './format-error';
import { parseGml } from './gml-parse';
import { importFile } from './node';

describe('gml: the parser', () => {
	it('reads numbers, strings with entities, lists, comments and bare words', () => {
		expect(
			parseGml(
				'# a comment\nCreator "me &amp; you"\ngraph [ directed 1 x -1.5e2 node [ id A label "&quot;A&#228;&quot;" ] w INF ]'
			)
		).toEqual([
			['Creator', 'me & you'],
			[
				'graph',
				[
					['directed', 1],
					['x', -150],
					[
						'node',
						[
							['id', 'A'],
							['label', '"Aä"']
						]
					],
					['w', Infinity]
				]
			]
		]);
	});

	it.each([
		['an unclosed list', 'graph [ node [ id 1 ]', /line 1, column 22: a list is not closed/],
		['an unclosed string', 'graph [ label "x ]', /a string is not closed/],
		['a key without a value', 'graph [ id ', /a key has no value/],
		['a stray bracket', 'graph [ ] ]', /"\]" closes no list/],
		['lists nested without end', `graph ${'[ a '.repeat(100)}`, /nested more than 64 deep/]
	])('refuses %s, naming the line and column', (_what, text, message) => {
		expect(() => parseGml(text)).toThrow(FormatError);
		expect(() => parseGml(text)).toThrow(message);
	});
});

describe('gml: as a graph', () => {
	it('reads nodes and edges with their attributes; drawing lists are left out and said', async () => {
		const text = `graph [ directed 1 node [ id 1 label "Engineer" category "role" graphics [ x 1 y 2 ] ]
			node [ id 2 label "Java" category "technology" ] edge [ source 1 target 2 importance 4.5 ] ]`;
		const { graph, format, notices } = await importFile('g.gml', text);
		expect(format).toBe('gml');
		const built = fromValidated(graph);
		expect(built.getNodeAttributes('1')).toMatchObject({ label: 'Engineer', category: 'role' });
		expect(built.getEdgeAttribute('1', '2', 'importance')).toBe(4.5);
		expect(notices).toContain(
			'Left out GML lists rolegraph does not use (drawing and the like): "graphics" (1).'
		);
	});

	it('a graph without categories gets the mapping step, in one message', async () => {
		await expect(
			importFile(
				'g.gml',
				'graph [ node [ id 1 label "a" ] node [ id 2 ] edge [ source 1 target 2 ] ]'
			)
		).rejects.toThrow(
			/g\.gml has no rolegraph categories: 2 nodes of 2 have no category; their attributes are label/
		);
	});
});
