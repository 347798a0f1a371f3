import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildGraph, fromValidated } from '../build';
import { compareRoles } from '../compare';
import { summariseComparison } from '../summary';
import { tinyGraphData } from '../../test-support/tiny-graph';
import { repoRoot, seedGraph } from '../../test-support/graphs';
import { comparisonCsv } from './csv-write';
import { exportFile } from './export-file';
import { importFile } from './node';
import type { ViewSpec } from '../view-graph';

const seed = await seedGraph();
const compareSpec = { kind: 'compare', a: 'backend-engineer', b: 'backend-developer' } as const;

/** The error a file gives, as its class name and message. */
async function failure(name: string, text: string): Promise<{ kind: string; message: string }> {
	try {
		await importFile(name, text);
	} catch (error) {
		return { kind: (error as Error).name, message: (error as Error).message };
	}
	throw new Error(`${name} was imported, but should have been refused`);
}

describe('csv: the comparison table', () => {
	it('is an edge list: the two roles, then one row per link, with zone, sources and relation', () => {
		const csv = comparisonCsv(seed, 'backend-engineer', 'backend-developer');
		const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
		expect(parsed.data[0]).toEqual([
			'role',
			'node',
			'category',
			'source',
			'role_label',
			'node_label',
			'description',
			'relation',
			'zone',
			// The attributes the seed graph's nodes and links have, a column each.
			'kind',
			'aliases',
			'node_note',
			'note',
			'summary'
		]);
		const links = parsed.data.slice(1).filter((row) => row[2] !== 'role');
		// 15 shared nodes are linked from both roles; 39 + 36 from one.
		expect(links).toHaveLength(2 * 15 + 39 + 36);
		const php = parsed.data.filter((row) => row[1] === 'php');
		expect(php.map((row) => [row[0], row[3], row[8]])).toEqual([
			['backend-engineer', 'article-2', 'shared'],
			['backend-developer', 'article-1', 'shared']
		]);
		expect(parsed.data.find((row) => row[1] === 'nginx')?.slice(0, 4)).toEqual([
			'backend-engineer',
			'nginx',
			'technology',
			'article-1'
		]);
		expect(parsed.data[1]?.slice(0, 5)).toEqual([
			'backend-engineer',
			'backend-engineer',
			'role',
			'',
			'Backend Engineer'
		]);
		// The comparison in words, once, on the first row.
		const summary = parsed.data[0]!.indexOf('summary');
		expect(parsed.data[1]?.[summary]).toBe(
			summariseComparison(seed, 'backend-engineer', 'backend-developer').text
		);
		expect(parsed.data[1]?.[summary]).toMatch(/^Backend Engineer and Backend Developer have 15 of/);
		expect(parsed.data.slice(2).every((row) => row[summary] === '')).toBe(true);
	});

	it('escapes cells a spreadsheet would run as formulas', () => {
		const data = tinyGraphData();
		data.nodes[5]!.attributes.label = '=HYPERLINK("http://x","y")';
		expect(comparisonCsv(buildGraph(data), 'eng', 'dev')).toContain(
			`"'=HYPERLINK(""http://x"",""y"")"`
		);
	});
});

describe('csv: a comparison read back', () => {
	it('csv (a comparison): the same comparison, labels, categories, descriptions and sources', async () => {
		const file = await exportFile(seed, 'csv', compareSpec);
		const imported = fromValidated((await importFile(file.filename, file.text)).graph);
		const before = compareRoles(seed, 'backend-engineer', 'backend-developer');
		expect(compareRoles(imported, 'backend-engineer', 'backend-developer')).toEqual(before);
		for (const item of [...before.shared, ...before.onlyA, ...before.onlyB]) {
			expect(imported.getNodeAttribute(item.id, 'description')).toBe(
				seed.getNodeAttribute(item.id, 'description')
			);
		}
		expect(imported.getNodeAttribute('backend-engineer', 'description')).toBe(
			seed.getNodeAttribute('backend-engineer', 'description')
		);
		// The relation between the two roles survives too.
		expect(imported.getEdgeAttribute('backend-engineer', 'backend-developer', 'relation')).toBe(
			seed.getEdgeAttribute('backend-engineer', 'backend-developer', 'relation')
		);
	});

	it('csv with filters: only what the view showed, still comparable', async () => {
		const spec: ViewSpec = { ...compareSpec, options: { categories: ['technology'] } };
		const file = await exportFile(seed, 'csv', spec);
		const imported = fromValidated((await importFile(file.filename, file.text)).graph);
		expect(compareRoles(imported, 'backend-engineer', 'backend-developer')).toEqual(
			compareRoles(seed, 'backend-engineer', 'backend-developer', spec.options)
		);
	});

	it('a comparison where one role lacks a category’s data carries the notice, every format', async () => {
		const data = tinyGraphData();
		data.nodes[1]!.attributes.unrated = ['skill'];
		data.edges = data.edges.filter(
			(edge) => !(edge.source === 'dev' && edge.target === 'teamwork')
		);
		const graph = buildGraph(data);
		const spec: ViewSpec = { kind: 'compare', a: 'eng', b: 'dev' };
		const before = compareRoles(graph, 'eng', 'dev');
		expect(before.missing).toEqual({ dev: ['skill'] });
		const csv = await exportFile(graph, 'csv', spec);
		expect(csv.text).toContain('Tiny has no skill data for Developer, so skills are left out');
		for (const format of ['csv', 'json', 'gexf', 'graphml', 'cyjs'] as const) {
			const file = await exportFile(graph, format, spec);
			const imported = fromValidated((await importFile(file.filename, file.text)).graph);
			expect(compareRoles(imported, 'eng', 'dev'), format).toEqual(before);
		}
	});

	it('a spreadsheet formula escaped on export is read back as the text it was', async () => {
		const data = tinyGraphData();
		data.nodes[5]!.attributes.label = '=HYPERLINK("http://x","y")';
		const file = await exportFile(buildGraph(data), 'csv', { kind: 'compare', a: 'eng', b: 'dev' });
		const imported = fromValidated((await importFile(file.filename, file.text)).graph);
		expect(imported.getNodeAttribute('nginx', 'label')).toBe('=HYPERLINK("http://x","y")');
	});
});

describe('csv: reading edge lists', () => {
	it('reads the README example: roles, nodes, links and the sources named', async () => {
		const text = readFileSync(join(repoRoot, 'static/examples/team-skills.csv'), 'utf8');
		const { graph, format, notices } = await importFile('team-skills.csv', text);
		expect(format).toBe('csv');
		expect(notices).toEqual([]);
		const built = fromValidated(graph);
		expect(built.getNodeAttributes('data-engineer')).toMatchObject({
			label: 'Data Engineer',
			category: 'role'
		});
		expect(built.getEdgeAttribute('data-engineer', 'sql', 'sources')).toEqual([
			'team-survey',
			'job-ads'
		]);
		expect(built.getEdgeAttribute('ml-engineer', 'data-engineer', 'relation')).toBe('relatedTo');
		expect(built.getEdgeAttribute('data-analyst', 'dashboards', 'relation')).toBe('responsibleFor');
		const comparison = compareRoles(built, 'data-engineer', 'data-analyst');
		expect(comparison.shared.map((item) => item.id).sort()).toEqual(['modelling', 'python', 'sql']);
	});

	it('a file without source or label columns: ids are labels, links cite the file', async () => {
		const { graph, notices } = await importFile(
			'matrix.csv',
			'role,node,category\nEngineer,Java,technology\nDeveloper,Java,technology\n'
		);
		expect(graph.nodes.map((n) => [n.key, n.attributes.label])).toEqual([
			['Engineer', 'Engineer'],
			['Java', 'Java'],
			['Developer', 'Developer']
		]);
		expect(graph.attributes.sources).toEqual([
			{ id: 'file', title: 'matrix.csv', summary: 'The imported file matrix.csv itself.' }
		]);
		expect(notices).toEqual(['Links with no source cite the file itself ("matrix.csv").']);
	});

	it('says which columns it left out', async () => {
		const { notices } = await importFile(
			'x.csv',
			'role,node,category,source,colour\nA,B,skill,s,red\nC,B,skill,s,blue\n'
		);
		expect(notices).toEqual([`Left out the column "colour": rolegraph's CSV has no such field.`]);
	});

	it.each([
		['an empty file', '', /x\.csv is empty/],
		['a header only', 'role,node,category\n', /line 1: the file has a header but no rows/],
		[
			'a table of no known shape',
			'code,size,weight,owner\n1,2,3,A\n',
			/x\.csv is a table of no shape rolegraph recognises: 4 columns \("code", "size", "weight", "owner"\), 1 row/
		],
		[
			'a row too short',
			'role,node,category\nA,B,skill\nA,C\n',
			/line 3: has 2 cells; the header has 3/
		],
		['an empty cell', 'role,node,category\nA,,skill\n', /line 2: the node cell is empty/],
		['a broken quote', 'role,node,category\nA,"B,skill\n', /line 2: Quoted field unterminated/],
		[
			'a node with two categories',
			'role,node,category\nA,B,skill\nA2,B,technology\n',
			/line 3: "B" has the category "technology" here but "skill" at line 2/
		],
		[
			'an unknown category',
			'role,node,category\nA,B,banana\n',
			/line 2 \(id "B"\): attributes\.category: unknown category "banana"/
		],
		[
			'an unknown relation',
			'role,node,category,relation\nA,B,skill,likes\n',
			/line 2 \(A → B\): attributes\.relation: unknown relation "likes"/
		],
		[
			'a role used as another category',
			'role,node,category\nA,B,skill\nB,C,skill\n',
			/line 3: "B" has the category "role" here but "skill" at line 2/
		]
	])('%s is refused, naming the line', async (_what, text, message) => {
		expect((await failure('x.csv', text)).message).toMatch(message);
	});
});
