import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { fromValidated } from '../build';
import { compareRoles } from '../compare';
import { GraphValidationError } from '../errors';
import { buildGraph } from '../build';
import { tinyGraphData } from '../test-fixtures';
import { contents, repoRoot, seedGraph } from '../../test-support/graphs';
import { viewGraph, type ViewSpec } from '../views';
import { CsvError } from './csv';
import { exportFile } from './export-file';
import type { ExportFormat } from './catalogue';
import { FormatError, importFile, MAX_IMPORT_BYTES } from './read';

/** The error a file gives, as its class name and message. */
function failure(name: string, text: string): { kind: string; message: string } {
	try {
		importFile(name, text);
	} catch (error) {
		return { kind: (error as Error).name, message: (error as Error).message };
	}
	throw new Error(`${name} was imported, but should have been refused`);
}

const seed = await seedGraph();
const compareSpec: ViewSpec = { kind: 'compare', a: 'backend-engineer', b: 'backend-developer' };

describe('importFile: files rolegraph exported read back unchanged', () => {
	const graphFormats = ['json', 'gexf', 'graphml', 'cyjs'] as const;
	for (const format of graphFormats) {
		for (const spec of [{ kind: 'whole' } as const, compareSpec]) {
			it(`${format}, ${spec.kind} view`, () => {
				const file = exportFile(seed, format, spec);
				const imported = importFile(file.filename, file.text);
				expect(imported.format).toBe(format);
				expect(imported.notices).toEqual([]);
				expect(contents(fromValidated(imported.graph))).toEqual(contents(viewGraph(seed, spec)));
			});
		}
	}

	it('csv (a comparison): the same comparison, labels, categories, descriptions and sources', () => {
		const file = exportFile(seed, 'csv', compareSpec);
		const imported = fromValidated(importFile(file.filename, file.text).graph);
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

	it('csv with filters: only what the view showed, still comparable', () => {
		const spec: ViewSpec = { ...compareSpec, options: { categories: ['technology'] } };
		const file = exportFile(seed, 'csv', spec);
		const imported = fromValidated(importFile(file.filename, file.text).graph);
		expect(compareRoles(imported, 'backend-engineer', 'backend-developer')).toEqual(
			compareRoles(seed, 'backend-engineer', 'backend-developer', spec.options)
		);
	});

	it('a comparison where one role lacks a category’s data carries the notice, every format', () => {
		const data = tinyGraphData();
		data.nodes[1]!.attributes.unrated = ['skill'];
		data.edges = data.edges.filter(
			(edge) => !(edge.source === 'dev' && edge.target === 'teamwork')
		);
		const graph = buildGraph(data);
		const spec: ViewSpec = { kind: 'compare', a: 'eng', b: 'dev' };
		const before = compareRoles(graph, 'eng', 'dev');
		expect(before.missing).toEqual({ dev: ['skill'] });
		const csv = exportFile(graph, 'csv', spec);
		expect(csv.text).toContain('Tiny has no skill data for Developer, so skills are left out');
		for (const format of ['csv', 'json', 'gexf', 'graphml', 'cyjs'] as const) {
			const file = exportFile(graph, format, spec);
			const imported = fromValidated(importFile(file.filename, file.text).graph);
			expect(compareRoles(imported, 'eng', 'dev'), format).toEqual(before);
		}
	});

	it('a spreadsheet formula escaped on export is read back as the text it was', () => {
		const data = tinyGraphData();
		data.nodes[5]!.attributes.label = '=HYPERLINK("http://x","y")';
		const file = exportFile(buildGraph(data), 'csv', { kind: 'compare', a: 'eng', b: 'dev' });
		const imported = fromValidated(importFile(file.filename, file.text).graph);
		expect(imported.getNodeAttribute('nginx', 'label')).toBe('=HYPERLINK("http://x","y")');
	});
});

describe('importFile: CSV edge lists', () => {
	it('reads the README example: roles, nodes, links and the sources named', () => {
		const text = readFileSync(join(repoRoot, 'static/examples/team-skills.csv'), 'utf8');
		const { graph, format, notices } = importFile('team-skills.csv', text);
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

	it('a file without source or label columns: ids are labels, links cite the file', () => {
		const { graph, notices } = importFile(
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

	it('says which columns it left out', () => {
		const { notices } = importFile(
			'x.csv',
			'role,node,category,source,colour\nA,B,skill,s,red\nC,B,skill,s,blue\n'
		);
		expect(notices).toEqual([`Left out the column "colour": rolegraph's CSV has no such field.`]);
	});

	it.each([
		['an empty file', '', /x\.csv is empty/],
		['a header only', 'role,node,category\n', /line 1: the file has a header but no rows/],
		[
			'a missing column',
			'role,node\nA,B\n',
			/line 1: the header has no "category" column; rolegraph's CSV needs role, node, category/
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
	])('%s is refused, naming the line', (_what, text, message) => {
		expect(failure('x.csv', text).message).toMatch(message);
	});
});

describe('importFile: other tools’ files and broken ones', () => {
	it('a Gephi-style GEXF: fills in what rolegraph needs and says what it left out', () => {
		const gexf = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="directed">
    <attributes class="node"><attribute id="0" title="category" type="string"/></attributes>
    <nodes>
      <node id="eng" label="Engineer"><attvalues><attvalue for="0" value="role"/></attvalues><viz:size value="10"/></node>
      <node id="dev" label="Developer"><attvalues><attvalue for="0" value="role"/></attvalues><viz:size value="10"/></node>
      <node id="go" label="Go"><attvalues><attvalue for="0" value="technology"/></attvalues><viz:size value="4"/></node>
    </nodes>
    <edges>
      <edge id="0" source="eng" target="go" weight="2"/>
      <edge id="1" source="dev" target="go"/>
    </edges>
  </graph>
</gexf>`;
		const { graph, format, notices } = importFile('team.gexf', gexf);
		expect(format).toBe('gexf');
		expect(graph.attributes.title).toBe('team');
		expect(graph.edges.map((e) => e.attributes)).toEqual([
			{ relation: 'needs', sources: ['file'] },
			{ relation: 'needs', sources: ['file'] }
		]);
		expect(notices).toContain('Left out node attributes rolegraph does not use: "size" (3).');
		expect(notices).toContain('Left out link attributes rolegraph does not use: "weight" (1).');
		expect(notices).toContain('2 links named no source; they cite the file itself.');
	});

	it('a GEXF that declares an edge twice: merged, and said', () => {
		const gexf = exportFile(seed, 'gexf', compareSpec).text;
		const edge = /<edge [^]*?<\/edge>/.exec(gexf)![0];
		const { notices } = importFile('twice.gexf', gexf.replace(edge, edge + edge));
		expect(notices).toEqual([
			'1 edge repeated a link between the same two nodes; each was merged into the first (attributes combined).'
		]);
	});

	it('GEXF and GraphML written by rolegraph are told apart by content, whatever the name', () => {
		const gexf = exportFile(seed, 'gexf', compareSpec).text;
		const graphml = exportFile(seed, 'graphml', compareSpec).text;
		expect(importFile('a.xml', gexf).format).toBe('gexf');
		expect(importFile('b.xml', graphml).format).toBe('graphml');
		expect(importFile('c.json', exportFile(seed, 'cyjs', compareSpec).text).format).toBe('cyjs');
	});

	const tiny = buildGraph(tinyGraphData());
	const tinyJson = exportFile(tiny, 'json', { kind: 'whole' }).text;
	const tinyGexf = exportFile(tiny, 'gexf', { kind: 'whole' }).text;
	const tinyGraphml = exportFile(tiny, 'graphml', { kind: 'whole' }).text;

	it.each([
		['JSON with a syntax error', 'x.json', '{"nodes": [1,]}', /Not valid JSON/],
		[
			'JSON with a node without category',
			'x.json',
			tinyJson.replace('"category": "technology",', ''),
			/nodes\[3\] \(id "java"\): attributes\.category: .*missing|nodes\[3\] \(id "java"\): attributes\.category/
		],
		[
			'JSON with a dangling edge',
			'x.json',
			tinyJson.replace('"target": "nginx"', '"target": "apache"'),
			/edges\[1\] \(eng → apache\): unknown node "apache" \(dangling reference\)/
		],
		[
			'GEXF with broken XML',
			'x.gexf',
			tinyGexf.replace('</nodes>', '</node>'),
			/the XML is broken at line \d+, column \d+/
		],
		[
			'GEXF with a dangling edge',
			'x.gexf',
			tinyGexf.replace('target="nginx"', 'target="apache"'),
			/edge \d+ \(line \d+\) has the target "apache", which is no node of the file/
		],
		[
			'GraphML with a node without category',
			'x.graphml',
			tinyGraphml.replace(/<data key="[^"]+">technology<\/data>/, ''),
			/nodes\[3\] \(id "java"\): attributes\.category/
		],
		['a .cyjs without elements', 'x.cyjs', '{"data": {}}', /needs "elements"/],
		[
			'a binary file',
			'x.png',
			'\u0089PNG\r\n\u001a\n\u0000\u0000\u0000',
			/looks like a binary file/
		]
	])('%s is refused, naming the element or line', (_what, name, text, message) => {
		expect(failure(name, text).message).toMatch(message);
	});

	it('a file over the size limit is refused before it is read', () => {
		const big = `role,node,category\n${'a,b,skill\n'.repeat(MAX_IMPORT_BYTES / 10 + 1)}`;
		expect(failure('big.csv', big).message).toBe(
			'big.csv is 20.0 MB; rolegraph imports files up to 20.0 MB.'
		);
	});
});

/** Errors a reader may end in: anything else thrown is a bug. */
function isCleanError(error: unknown): boolean {
	return (
		error instanceof FormatError ||
		error instanceof CsvError ||
		error instanceof GraphValidationError
	);
}

/** Reads text and checks it ends in a graph or a clean error, within a second. */
function endsCleanly(name: string, text: string): void {
	const started = performance.now();
	try {
		importFile(name, text);
	} catch (error) {
		if (!isCleanError(error)) throw error;
		expect((error as Error).message.length).toBeGreaterThan(0);
	}
	expect(performance.now() - started).toBeLessThan(1000);
}

/** A valid file cut, spliced and sprinkled with characters that matter to its syntax. */
function mutated(valid: string, specials: string[]) {
	return fc
		.tuple(
			fc.nat({ max: valid.length }),
			fc.nat({ max: 40 }),
			fc.oneof(
				fc.constantFrom(...specials),
				fc.string({ maxLength: 12 }),
				fc.string({ unit: 'binary', maxLength: 6 })
			)
		)
		.map(([at, cut, insert]) => valid.slice(0, at) + insert + valid.slice(at + cut));
}

describe('every reader ends in a graph or a clean error (property-based, 10,000 inputs each)', () => {
	const tiny = buildGraph(tinyGraphData());
	const files: Record<ExportFormat, string> = {
		json: exportFile(tiny, 'json', { kind: 'whole' }).text,
		gexf: exportFile(tiny, 'gexf', { kind: 'whole' }).text,
		graphml: exportFile(tiny, 'graphml', { kind: 'whole' }).text,
		cyjs: exportFile(tiny, 'cyjs', { kind: 'whole' }).text,
		csv: exportFile(tiny, 'csv', { kind: 'compare', a: 'eng', b: 'dev' }).text
	};
	const specials: Record<ExportFormat, string[]> = {
		json: ['{', '}', '[', ']', '"', ',', ':', 'null', '"category": 1', '\\'],
		cyjs: ['{', '}', '[', ']', '"', ',', ':', '"elements": {}', '"data": null'],
		gexf: ['<', '>', '</node>', '<node id="x"/>', '&', '&amp;', '"', '<edge source="q"/>', ']]>'],
		graphml: ['<', '>', '</data>', '<node id="x"/>', '&', '<key id="k"/>', '"', '<!--'],
		csv: [',', '"', '\n', '\r\n', '""', ',role', 'skill', '|', "'="]
	};
	for (const format of Object.keys(files) as ExportFormat[]) {
		it(`${format}: mutated valid files and random text`, () => {
			const name = `file.${format}`;
			// The Node build of the XML parsers logs every complaint of xmldom; the answer is what counts.
			const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
			onTestFinished(() => quiet.mockRestore());
			fc.assert(
				fc.property(
					fc.oneof(
						{ weight: 3, arbitrary: mutated(files[format], specials[format]) },
						{ weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
						{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 100 }) }
					),
					(text) => endsCleanly(name, text)
				),
				{ numRuns: 10_000 }
			);
		}, 120_000);
	}
});
