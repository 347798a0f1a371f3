import { XMLValidator } from 'fast-xml-parser';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../build';
import { tinyGraphData } from '../test-fixtures';
import { contents, seedGraph } from '../../test-support/graphs';
import type { KnowledgeGraph } from '../types';
import { fileSlug } from './encoding';
import { comparisonCsv, serialise } from './index';
import { FormatError, readGraph } from './read';

/** A graph with values that trip up naive writers: quotes, separators, markup, numbers, flags. */
function awkwardGraph(): KnowledgeGraph {
	const data = tinyGraphData();
	data.attributes.title = 'Tricky <title> & "quotes"';
	data.attributes.sources[0]!.summary = 'Line one\nline two\twith a tab, a | pipe & <b>markup</b>';
	data.nodes[4]!.attributes.aliases = [
		'PHP 8',
		'a "quoted", comma',
		'pipe | inside',
		"it's",
		'<img src=x onerror=alert(1)>',
		'ünïcödé ✓'
	];
	data.nodes[4]!.attributes.description = '</script><script>alert(1)</script>';
	data.nodes[3]!.attributes.jobZone = 4;
	data.nodes[3]!.attributes.code = '15-1252.00';
	data.edges[0]!.attributes = {
		...data.edges[0]!.attributes,
		importance: 3.75,
		hot: true,
		inDemand: false,
		rank: 2
	};
	return buildGraph(data);
}

const seed = await seedGraph();

describe('graph formats round-trip', () => {
	for (const format of ['json', 'gexf', 'graphml', 'cyjs'] as const) {
		it(`${format}: the seed graph reads back equal (nodes, edges, categories, sources)`, () => {
			expect(contents(readGraph(serialise(seed, format), format))).toEqual(contents(seed));
		});

		it(`${format}: awkward values survive (quotes, separators, markup, numbers, flags)`, () => {
			const graph = awkwardGraph();
			const back = readGraph(serialise(graph, format), format);
			expect(contents(back)).toEqual(contents(graph));
			expect(back.getNodeAttribute('php', 'aliases')).toContain('pipe | inside');
			expect(back.getEdgeAttributes('eng->java')).toMatchObject({
				importance: 3.75,
				hot: true,
				inDemand: false
			});
		});
	}

	it.each(['gexf', 'graphml'] as const)(
		'%s is well-formed XML with markup in values escaped',
		(format) => {
			const text = serialise(awkwardGraph(), format);
			expect(XMLValidator.validate(text)).toBe(true);
			expect(text).not.toContain('<script>');
			expect(text).not.toContain('<img');
		}
	);

	it('GraphML declares a typed key for every attribute, and says which hold JSON', () => {
		const text = serialise(awkwardGraph(), 'graphml');
		expect(text).toContain(
			'<key id="n-aliases" for="node" attr.name="aliases" attr.type="string">'
		);
		expect(text).toMatch(
			/<key id="e-importance" for="edge" attr.name="importance" attr.type="double"/
		);
		expect(text).toMatch(/<key id="e-hot" for="edge" attr.name="hot" attr.type="boolean"/);
		expect(text).toMatch(/<key id="n-jobZone" for="node" attr.name="jobZone" attr.type="int"/);
		expect(text).toMatch(/<desc>JSON array<\/desc>/);
	});

	it('GEXF uses GEXF 1.3 lists', () => {
		const text = serialise(seed, 'gexf');
		expect(text).toContain('version="1.3"');
		expect(text).toContain('type="liststring"');
		expect(text).toMatch(/value="\[article-1, article-2\]"/);
	});

	it('.cyjs has elements.nodes and elements.edges, named the way Cytoscape reads them', () => {
		const document = JSON.parse(serialise(seed, 'cyjs'));
		expect(document.elements.nodes).toHaveLength(92);
		expect(document.elements.edges).toHaveLength(106);
		expect(document.elements.nodes[0].data).toMatchObject({
			id: expect.any(String),
			name: expect.any(String)
		});
		expect(document.elements.edges[0].data).toMatchObject({ interaction: expect.any(String) });
	});

	it.each([
		['json', '{"nodes": ', FormatError],
		['cyjs', '{"elements": 3}', FormatError],
		['gexf', '<gexf><graph><nodes><node id="a"', FormatError],
		['json', '{"attributes": {}, "nodes": [], "edges": []}', Error]
	] as const)('%s: %s is refused with a clear error', (format, text, error) => {
		expect(() => readGraph(text, format)).toThrow(error);
	});
});

describe('comparisonCsv', () => {
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
			'zone'
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
	});

	it('escapes cells a spreadsheet would run as formulas', () => {
		const data = tinyGraphData();
		data.nodes[5]!.attributes.label = '=HYPERLINK("http://x","y")';
		expect(comparisonCsv(buildGraph(data), 'eng', 'dev')).toContain(
			`"'=HYPERLINK(""http://x"",""y"")"`
		);
	});
});

describe('fileSlug', () => {
	it.each([
		['Backend Engineer vs Backend Developer', 'backend-engineer-vs-backend-developer'],
		['C++ / C#', 'c-c'],
		['Développeur · Web', 'developpeur-web'],
		['!!!', 'rolegraph']
	])('%s → %s', (title, slug) => {
		expect(fileSlug(title)).toBe(slug);
	});
});
