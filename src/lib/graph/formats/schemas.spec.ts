import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { buildGraph } from '../build';
import { tinyGraphData } from '../../test-support/tiny-graph';
import { viewGraph } from '../view-graph';
import { onetGraph, repoRoot, seedGraph } from '../../test-support/graphs';
import { gexf } from './gexf';
import { graphml } from './graphml';

/**
 * rolegraph's GEXF and GraphML exports validate against the formats' own schemas (committed in
 * tests/fixtures/schemas, see its README), checked by libxml2's xmllint — here its WebAssembly
 * build, xmllint-wasm, so the check needs nothing installed on the machine.
 */

const SCHEMAS = join(repoRoot, 'tests/fixtures/schemas');

function schemaFiles(folder: string, main: string) {
	const files = readdirSync(join(SCHEMAS, folder)).filter((name) => name.endsWith('.xsd'));
	const read = (name: string) => readFileSync(join(SCHEMAS, folder, name), 'utf8');
	return {
		schema: [{ fileName: main, contents: read(main) }],
		preload: files
			.filter((name) => name !== main)
			.map((name) => ({ fileName: name, contents: read(name) }))
	};
}

async function validate(folder: string, main: string, fileName: string, contents: string) {
	const result = await validateXML({
		xml: [{ fileName, contents }],
		...schemaFiles(folder, main),
		initialMemoryPages: 1024,
		maxMemoryPages: 16384
	});
	return result.errors.map((error) => error.rawMessage);
}

/** A graph with what trips up writers: ids XML names cannot hold, lists with separators, CRs. */
function awkward() {
	const data = tinyGraphData();
	data.nodes.push({
		key: 'C++ & "Go" / 1 → 2',
		attributes: { label: 'C++\r\nand Go', category: 'skill', aliases: ['a,b', ' x '] }
	});
	data.edges.push({
		source: 'eng',
		target: 'C++ & "Go" / 1 → 2',
		attributes: { relation: 'needs', sources: ['s1'], level: 3, importance: 4.5, hot: true }
	});
	return buildGraph(data);
}

describe('exports validate against their formats’ schemas (xmllint)', async () => {
	const seed = await seedGraph();
	const onet = await onetGraph();
	const graphs = {
		'the seed graph': seed,
		'a comparison of the seed graph': viewGraph(seed, {
			kind: 'compare',
			a: 'backend-engineer',
			b: 'backend-developer'
		}),
		'awkward ids and values': awkward(),
		// O*NET: the credit its licence asks for, hot and in-demand flags, importance, rank, job zones.
		'the whole O*NET graph': onet,
		'a comparison of two O*NET occupations': viewGraph(onet, {
			kind: 'compare',
			a: '15-1252.00',
			b: '15-2051.00'
		})
	};

	for (const [what, graph] of Object.entries(graphs)) {
		it(`GEXF 1.3: ${what}`, async () => {
			const errors = await validate(
				'gexf-1.3',
				'gexf.xsd',
				'g.gexf',
				await gexf.writeGraph!(graph)
			);
			expect(errors).toEqual([]);
		}, 300_000);
		it(`GraphML 1.0: ${what}`, async () => {
			const text = await graphml.writeGraph!(graph);
			expect(await validate('graphml-1.0', 'graphml.xsd', 'g.graphml', text)).toEqual([]);
		}, 300_000);
	}

	it('the check fails a file that breaks the schema (an edge id that is no name token)', async () => {
		const text = (await graphml.writeGraph!(seed)).replace(
			'<edge id="backend-engineer-_3e_java"',
			'<edge id="backend-engineer->java"'
		);
		expect(await validate('graphml-1.0', 'graphml.xsd', 'g.graphml', text)).not.toEqual([]);
		const gexfText = (await gexf.writeGraph!(seed)).replace(
			'<creator>',
			'<title>x</title><creator>'
		);
		expect(await validate('gexf-1.3', 'gexf.xsd', 'g.gexf', gexfText)).not.toEqual([]);
	});
});
