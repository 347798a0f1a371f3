import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../build';
import { compareRoles } from '../compare';
import { tinyGraphData } from '../../test-support/tiny-graph';
import { viewGraph } from '../view-graph';
import { contents, repoRoot, seedGraph } from '../../test-support/graphs';
import type { KnowledgeGraph } from '../types';
import type { Comparison } from '../compare';
import type { FileFormat } from './format';
import { exportFile } from './export-file';
import { ImportInput } from './input';
import { importFile, readGraph } from './node';
import {
	COMPARISON_EXPORT_FORMATS,
	detectFormat,
	EXPORT_FORMATS,
	FORMATS,
	GRAPH_EXPORT_FORMATS,
	IMPORT_ACCEPT,
	IMPORT_FORMATS,
	importNames,
	isExportFormat
} from './registry';

/**
 * What every format in the registry must have, checked for each one, so that a format added to
 * the list without its tests, its fixture or its round trip fails here:
 *
 * - a spec file beside its module (formats/<id>.spec.ts) that describes it;
 * - a fixture, tests/fixtures/formats/tiny.<extension>: the tiny test graph exactly as rolegraph
 *   writes it (and, for a format that writes comparisons, tiny-comparison.<extension>, its
 *   comparison of eng and dev) — so a change to any export shows up as a diff here; a format
 *   rolegraph only reads has the tiny graph in its own shape there;
 * - detection of that fixture by content alone, whatever its name;
 * - a round trip: what it writes reads back equal.
 */
const tiny = buildGraph(tinyGraphData());
const seed = await seedGraph();

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
		'ünïcödé ✓ 🚀',
		'a,b',
		' outer spaces ',
		'back\\slash',
		'carriage\r\nreturn',
		'[bracketed]',
		'null'
	];
	// Ids XML names cannot hold (GraphML's ids are name tokens), and a level.
	data.nodes.push({ key: 'C++ & "Go" / _x', attributes: { label: 'C++', category: 'skill' } });
	data.edges.push({
		source: 'eng',
		target: 'C++ & "Go" / _x',
		attributes: { relation: 'needs', sources: ['s1'], level: 2.5 }
	});
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

/**
 * Text to put in a graph: characters XML cannot carry, often, and the ones XML parsers and list
 * syntaxes treat specially (tab, newline, carriage return, NEL, line and paragraph separators,
 * markup, quotes, commas, backslashes, brackets, outer spaces), among any others.
 */
const TEXT = fc
	.string({
		unit: fc.oneof(
			fc.constantFrom('\uFFFE', '\uFFFF', '\uD800', '\uDC00', '\u0000', '\u0001', '\u007F'),
			fc.constantFrom(
				'\t',
				'\n',
				'\u0085',
				'\u2028',
				'\u2029',
				'\uFDD0',
				'😀',
				'é',
				'&',
				'<',
				'"',
				"'",
				'\r',
				',',
				'\\',
				'[',
				']',
				' '
			),
			fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })
		),
		minLength: 1,
		maxLength: 12
	})
	.filter((text) => text.trim() !== '');

/** A format's fixture: tiny.<extension>, or tiny.<id>.<extension> when another format has that extension first. */
function fixtureName(format: FileFormat, name = 'tiny'): string {
	const extension = format.extensions[0];
	const first = FORMATS.find((f) => f.extensions[0] === extension);
	return first?.id === format.id ? `${name}.${extension}` : `${name}.${format.id}.${extension}`;
}

const fixture = (format: FileFormat, name = 'tiny') =>
	readFileSync(join(repoRoot, 'tests/fixtures/formats', fixtureName(format, name)));

/**
 * What a format keeps of a graph: everything, or (a table) its nodes and links with all their
 * attributes, the sources they cite and its credit.
 */
function kept(format: FileFormat, graph: KnowledgeGraph) {
	const all = contents(graph);
	if (format.keepsGraphAttributes !== false) return all;
	const { sources, credit } = all.attributes;
	return {
		// A table names the sources its links cite.
		cited: [...new Set(all.edges.flatMap((edge) => edge.attributes?.sources ?? []))].sort(),
		credit: sources.flatMap((s) => (s.credit ? [s.credit] : [])).join(' ') || credit,
		nodes: all.nodes,
		edges: all.edges
	};
}

/** A comparison without its sources (a format rolegraph only reads may name none). */
function shapeOf(comparison: Comparison) {
	const items = (list: Comparison['shared']) =>
		list.map(({ id, label, category }) => ({ id, label, category }));
	return {
		shared: items(comparison.shared),
		onlyA: items(comparison.onlyA),
		onlyB: items(comparison.onlyB)
	};
}

describe('the format registry', () => {
	it('lists each format once, each with a way in or out', () => {
		expect(new Set(FORMATS.map((f) => f.id)).size).toBe(FORMATS.length);
		for (const format of FORMATS) {
			expect(format.read ?? format.writeGraph ?? format.writeComparison).toBeDefined();
		}
	});

	for (const format of FORMATS) {
		describe(format.id, () => {
			const extension = format.extensions[0];

			it('has its own spec file and a fixture', () => {
				const spec = join(repoRoot, 'src/lib/graph/formats', `${format.id}.spec.ts`);
				expect(existsSync(spec), `formats/${format.id}.spec.ts`).toBe(true);
				expect(readFileSync(spec, 'utf8')).toContain(`describe('${format.id}`);
				expect(existsSync(join(repoRoot, 'tests/fixtures/formats', fixtureName(format)))).toBe(
					true
				);
			});

			if (format.writeGraph) {
				it('writes the tiny graph exactly as its fixture', async () => {
					expect(await format.writeGraph!(tiny)).toBe(fixture(format).toString('utf8'));
				});
			}
			if (format.writeComparison) {
				it('writes the tiny comparison exactly as its fixture', async () => {
					expect(await format.writeComparison!(tiny, { a: 'eng', b: 'dev' })).toBe(
						fixture(format, 'tiny-comparison').toString('utf8')
					);
				});
			}

			if (format.read) {
				it('is told by its content, whatever the file is called', () => {
					for (const name of ['tiny', 'tiny.txt', `tiny.${extension}`]) {
						expect(detectFormat(new ImportInput(name, fixture(format)))?.id).toBe(format.id);
					}
				});

				it('reads its fixture back as what was written', async () => {
					const imported = await importFile(fixtureName(format), fixture(format));
					expect(imported.format).toBe(format.id);
					const graph = buildGraph(imported.graph);
					if (format.writeGraph) expect(kept(format, graph)).toEqual(kept(format, tiny));
					else
						expect(shapeOf(compareRoles(graph, 'eng', 'dev'))).toEqual(
							shapeOf(compareRoles(tiny, 'eng', 'dev'))
						);
				});
			}

			if (format.read && format.writeGraph) {
				it('round-trips the seed graph (nodes, edges, categories, sources)', async () => {
					const back = await readGraph(await format.writeGraph!(seed), format.id);
					expect(kept(format, back)).toEqual(kept(format, seed));
				});

				it('round-trips awkward values (quotes, separators, markup, numbers, flags)', async () => {
					const graph = awkwardGraph();
					const back = await readGraph(await format.writeGraph!(graph), format.id);
					expect(kept(format, back)).toEqual(kept(format, graph));
					expect(back.getNodeAttribute('php', 'aliases')).toContain('pipe | inside');
					expect(back.getNodeAttribute('php', 'aliases')).toContain('a,b');
					expect(back.getEdgeAttribute('eng', 'C++ & "Go" / _x', 'level')).toBe(2.5);
					expect(back.getEdgeAttributes('eng->java')).toMatchObject({
						importance: 3.75,
						hot: true,
						inDemand: false
					});
				});

				it('round-trips any view: what it writes reads back equal', async () => {
					for (const spec of [
						{ kind: 'whole' } as const,
						{ kind: 'compare', a: 'eng', b: 'dev' } as const,
						{ kind: 'node', id: 'java' } as const
					]) {
						const file = await exportFile(tiny, format.id, spec);
						const back = await readGraph(file.text, format.id);
						if (spec.kind === 'compare' && format.writeComparison) {
							expect(compareRoles(back, 'eng', 'dev')).toEqual(compareRoles(tiny, 'eng', 'dev'));
						} else expect(kept(format, back)).toEqual(kept(format, viewGraph(tiny, spec)));
					}
				});
			}
		});
	}

	it('any text the schema accepts survives every format that reads what it writes (property-based)', async () => {
		const formats = FORMATS.filter((format) => format.read && format.writeGraph);
		await fc.assert(
			fc.asyncProperty(TEXT, async (text) => {
				const data = tinyGraphData();
				data.nodes[3]!.attributes.label = text;
				data.nodes[4]!.attributes.aliases = [text];
				data.attributes.sources[0]!.summary = text;
				let graph: KnowledgeGraph;
				try {
					graph = buildGraph(data);
				} catch {
					return; // refused by the schema: nothing to export
				}
				for (const format of formats) {
					const back = await readGraph(await format.writeGraph!(graph), format.id);
					expect(kept(format, back), format.id).toEqual(kept(format, graph));
				}
			}),
			{ numRuns: 1_000 }
		);
	}, 60_000);

	it('derives the lists the app shows from the formats', () => {
		expect(EXPORT_FORMATS.map((f) => f.id)).toEqual(['json', 'gexf', 'graphml', 'cyjs', 'csv']);
		expect(GRAPH_EXPORT_FORMATS.map((f) => f.id)).toEqual([
			'json',
			'gexf',
			'graphml',
			'cyjs',
			'csv'
		]);
		expect(COMPARISON_EXPORT_FORMATS.map((f) => f.id)).toEqual(['csv']);
		expect(IMPORT_FORMATS.map((f) => f.id)).toEqual([
			'json',
			'gexf',
			'graphml',
			'cyjs',
			'csv',
			'xlsx',
			'd3',
			'gml'
		]);
		expect(IMPORT_ACCEPT).toBe('.json,.gexf,.xml,.graphml,.cyjs,.csv,.txt,.xlsx,.gml');
		expect(importNames()).toBe('JSON, GEXF, GraphML, .cyjs, CSV, XLSX, node-link JSON or GML');
		expect(isExportFormat('gexf')).toBe(true);
		expect(isExportFormat('toString')).toBe(false);
		expect(isExportFormat('xlsx')).toBe(false);
	});

	it('the README names every format in its import and export sections', () => {
		const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
		const section = (title: string) => readme.split(title)[1]?.split(/\n##? /)[0] ?? '';
		const imports = section('## Bring your own graph');
		const exports = section('### Export formats');
		for (const format of IMPORT_FORMATS) expect(imports, format.name).toContain(format.name);
		for (const format of EXPORT_FORMATS) expect(exports, format.name).toContain(format.name);
	});
});
