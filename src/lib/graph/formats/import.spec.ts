import fc from 'fast-check';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { buildGraph, fromValidated } from '../build';
import { GraphValidationError } from '../errors';
import { tinyGraphData } from '../../test-support/tiny-graph';
import { contents, seedGraph } from '../../test-support/graphs';
import { viewGraph, type ViewSpec } from '../view-graph';
import { CsvError } from './csv-edge-list';
import { exportFile } from './export-file';
import { FormatError } from './format-error';
import { megabytes } from './limits';
import { importFile, MAX_IMPORT_BYTES } from './node';
import { EXPORT_FORMATS, GRAPH_EXPORT_FORMATS, type FormatId } from './registry';

/** The error a file gives: its class, its kind of problem and its message. */
async function failure(name: string, content: string | Uint8Array) {
	try {
		await importFile(name, content);
	} catch (error) {
		return {
			// The base class's name: ImportValidationError is a GraphValidationError with a profile.
			kind: error instanceof GraphValidationError ? 'GraphValidationError' : (error as Error).name,
			problem: (error as FormatError).problem,
			message: (error as Error).message
		};
	}
	throw new Error(`${name} was imported, but should have been refused`);
}

const seed = await seedGraph();
const compareSpec: ViewSpec = { kind: 'compare', a: 'backend-engineer', b: 'backend-developer' };

describe('importFile: files rolegraph exported read back unchanged', () => {
	// A table's round trips (nodes and links only) are in roundtrip.spec.ts.
	for (const { id } of GRAPH_EXPORT_FORMATS.filter((f) => f.keepsGraphAttributes !== false)) {
		for (const spec of [{ kind: 'whole' } as const, compareSpec]) {
			it(`${id}, ${spec.kind} view`, async () => {
				const file = await exportFile(seed, id, spec);
				const imported = await importFile(file.filename, file.text);
				expect(imported.format).toBe(id);
				expect(imported.notices).toEqual([]);
				expect(contents(fromValidated(imported.graph))).toEqual(contents(viewGraph(seed, spec)));
			});
		}
	}
});

describe('importFile: what stops a file before its graph is read', () => {
	const tinyJson = JSON.stringify(buildGraph(tinyGraphData()).export(), null, 2);

	it.each([
		['JSON with a syntax error', 'x.json', '{"nodes": [1,]}', 'json-syntax', /Not valid JSON/],
		[
			'XML that is not well-formed',
			'x.gexf',
			'<gexf><graph><nodes></node></graph></gexf>',
			'xml-syntax',
			/^Not a readable GEXF file: line 1, column \d+: the XML is broken: unexpected close tag\.$/
		],
		[
			'a binary file',
			'x.png',
			'\u0089PNG\r\n\u001a\n\u0000\u0000\u0000',
			'binary',
			/^x\.png looks like a binary file .* It imports JSON, GEXF, GraphML, \.cyjs, CSV, XLSX, node-link JSON and GML\.$/
		],
		['an empty file', 'x.csv', '', 'empty', /^x\.csv is empty\.$/],
		['white space only', 'x.json', ' \n\t ', 'empty', /^x\.json is empty\.$/]
	])('%s', async (_what, name, text, problem, message) => {
		const refused = await failure(name, text);
		expect(refused).toMatchObject({ kind: 'FormatError', problem });
		expect(refused.message).toMatch(message);
	});

	it('a file over the size limit is refused before it is read', async () => {
		const big = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61);
		expect(await failure('big.csv', big)).toEqual({
			kind: 'FormatError',
			problem: 'too-big',
			message: `big.csv is ${megabytes(MAX_IMPORT_BYTES + 1)}; rolegraph imports files up to ${megabytes(MAX_IMPORT_BYTES)}.`
		});
	});

	it.each([
		[
			'a node without category',
			tinyJson.replace('"category": "technology",', ''),
			/nodes\[3\] \(id "java"\): attributes\.category/
		],
		[
			'a dangling edge',
			tinyJson.replace('"target": "nginx"', '"target": "apache"'),
			/edges\[1\] \(eng → apache\): unknown node "apache" \(dangling reference\)/
		],
		[
			'a character XML cannot carry',
			tinyJson.replace('"label": "Java"', '"label": "Java\\uFFFE"'),
			/nodes\[3\] \(id "java"\): attributes\.label: contains U\+FFFE, a character XML cannot carry/
		]
	])('JSON with %s is refused by the schema, naming the element', async (_what, text, message) => {
		const refused = await failure('x.json', text);
		expect(refused.kind).toBe('GraphValidationError');
		expect(refused.message).toMatch(message);
	});
});

describe('importFile: encodings', () => {
	const csv = 'role,node,category,node_label\nr,cafe,technology,Café\n';
	const utf16le = Buffer.from(`\uFEFF${csv}`, 'utf16le');

	it.each([
		['UTF-8', Buffer.from(csv)],
		['UTF-8 with a byte-order mark', Buffer.from(`\uFEFF${csv}`)],
		['UTF-16LE with a byte-order mark', utf16le],
		['UTF-16BE with a byte-order mark', Buffer.from(utf16le).swap16()]
	])('%s is read as it is, without a word', async (_what, bytes) => {
		const { graph, notices } = await importFile('x.csv', bytes);
		expect(graph.nodes.find((node) => node.key === 'cafe')?.attributes.label).toBe('Café');
		expect(notices.filter((n) => /UTF|Windows/.test(n))).toEqual([]);
	});

	it('Windows-1252 is read as such, € and curly quotes included, and said', async () => {
		const bytes = Buffer.from([
			...Buffer.from('role,node,category,node_label\nr,cafe,technology,'),
			0x43,
			0x61,
			0x66,
			0xe9,
			0x20,
			0x80,
			0x20,
			0x93,
			0x71,
			0x94,
			0x0a
		]);
		const { graph, notices } = await importFile('latin.csv', bytes);
		expect(graph.nodes.find((node) => node.key === 'cafe')?.attributes.label).toBe('Café € “q”');
		expect(notices[0]).toBe(
			'latin.csv is not UTF-8 (byte 0xE9 at line 2 is not valid UTF-8), so it was read as Windows-1252 (Western European). If any letters look wrong, save the file as UTF-8 and import it again.'
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
async function endsCleanly(name: string, text: string): Promise<void> {
	const started = performance.now();
	try {
		await importFile(name, text);
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

/** Characters that matter to each format's syntax (formats without an entry get generic ones). */
const SPECIALS: Partial<Record<FormatId, string[]>> = {
	json: ['{', '}', '[', ']', '"', ',', ':', 'null', '"category": 1', '\\'],
	cyjs: ['{', '}', '[', ']', '"', ',', ':', '"elements": {}', '"data": null'],
	gexf: ['<', '>', '</node>', '<node id="x"/>', '&', '&amp;', '"', '<edge source="q"/>', ']]>'],
	graphml: ['<', '>', '</data>', '<node id="x"/>', '&', '<key id="k"/>', '"', '<!--'],
	csv: [',', '"', '\n', '\r\n', '""', ',role', 'skill', '|', "'="]
};

describe('every reader ends in a graph or a clean error (property-based, 10,000 inputs each)', () => {
	const tiny = buildGraph(tinyGraphData());
	for (const { id } of EXPORT_FORMATS) {
		it(`${id}: mutated valid files and random text, and not a word on the console`, async () => {
			const spec: ViewSpec =
				id === 'csv' ? { kind: 'compare', a: 'eng', b: 'dev' } : { kind: 'whole' };
			const valid = (await exportFile(tiny, id, spec)).text;
			const name = `file.${id}`;
			// The command line once printed every complaint of xmldom (300,002 lines for one file).
			const logged = vi.spyOn(console, 'error');
			const warned = vi.spyOn(console, 'warn');
			onTestFinished(() => (logged.mockRestore(), warned.mockRestore()));
			await fc.assert(
				fc.asyncProperty(
					fc.oneof(
						{ weight: 3, arbitrary: mutated(valid, SPECIALS[id] ?? ['<', '{', ',', '"']) },
						{ weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
						{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 100 }) }
					),
					(text) => endsCleanly(name, text)
				),
				{ numRuns: 10_000 }
			);
			expect(logged).not.toHaveBeenCalled();
			expect(warned).not.toHaveBeenCalled();
		}, 120_000);
	}
});
