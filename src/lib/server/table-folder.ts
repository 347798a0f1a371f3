/**
 * The table dataset kind (what `npm run import:onet` writes): compact TSV tables, a dataset.json
 * with the graph's attributes and its description of its fields and families, optional
 * precomputed positions, and a manifest of SHA-256 checksums. The server only reads it: its
 * tables are read and written by graph/table-dataset.ts, the folder written by
 * scripts/write-table-folder.ts (the server source writes nothing).
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import * as z from 'zod';
import { fromValidated } from '../graph/build';
import { prepareComparisons } from '../graph/compare';
import { GraphValidationError } from '../graph/errors';
import { graphAttributesSchema } from '../graph/schema';
import { DATASET_FILE, readTables } from '../graph/table-dataset';
import type { KnowledgeGraph } from '../graph/types';
import { DataIntegrityError, displayPath } from './data-folder';
import type { DatasetKind, DatasetListing } from './dataset-kinds';
import { recordedAsValid } from './validated-tables';

/** The manifest a table dataset folder carries: what it holds, and a checksum per file. */
export interface Manifest {
	format: 'rolegraph-tables/1';
	generatedBy: string;
	dataset: string;
	nodes: number;
	edges: number;
	roles: number;
	/** The schema fingerprint the data passed validation under when it was written (informative: see validated-tables.ts). */
	schema: string;
	/** File name → SHA-256 of its contents. */
	files: Record<string, string>;
}

export const MANIFEST_FILE = 'manifest.json';
export const POSITIONS_FILE = 'positions.tsv';

/** The files a table dataset may hold, by name: a manifest may list nothing else (no paths). */
const TABLE_FILE = /^(?:dataset\.json|positions\.tsv|nodes-[a-z]+\.tsv|edges-[a-zA-Z]+\.tsv)$/;

const count = z.int().min(0).max(10_000_000);
const manifestSchema = z.strictObject({
	format: z.literal('rolegraph-tables/1'),
	generatedBy: z.string().max(200),
	dataset: z.string().min(1).max(200),
	nodes: count,
	edges: count,
	roles: count,
	schema: z.string().max(200),
	files: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex'))
});

/** The table files (by name) directly in a folder, whether or not a manifest lists them. */
export function tableFilesIn(folder: string): string[] {
	return readdirSync(folder)
		.filter((name) => TABLE_FILE.test(name))
		.sort();
}

/** Reads and checks a folder's manifest; throws DataIntegrityError naming what is wrong. */
export function readManifest(folder: string): Manifest {
	const path = join(folder, MANIFEST_FILE);
	let json: unknown;
	try {
		json = JSON.parse(readFileSync(path, 'utf8'));
	} catch (error) {
		throw new DataIntegrityError(
			`${displayPath(path)} is not readable JSON: ${(error as Error).message}`
		);
	}
	const parsed = manifestSchema.safeParse(json);
	if (!parsed.success) {
		const issues = parsed.error.issues
			.slice(0, 5)
			.map((issue) => `${issue.path.join('.') || '(the file)'}: ${issue.message}`);
		throw new DataIntegrityError(
			`${displayPath(path)} is not a rolegraph table manifest:\n  ${issues.join('\n  ')}`
		);
	}
	const manifest = parsed.data;
	const strays = Object.keys(manifest.files).filter((name) => !TABLE_FILE.test(name));
	if (strays.length > 0) {
		throw new DataIntegrityError(
			`${displayPath(path)} lists ${strays.map((name) => JSON.stringify(name.slice(0, 100))).join(', ')}, ` +
				'which is not a table file of its folder (dataset.json, positions.tsv, nodes-*.tsv, edges-*.tsv; no paths).'
		);
	}
	if (!manifest.files['dataset.json']) {
		throw new DataIntegrityError(`${displayPath(path)} does not list dataset.json.`);
	}
	return manifest;
}

/** Whether a path, once links are followed, is a regular file inside a folder. */
function fileInside(path: string, folder: string): boolean {
	const real = realpathSync(path);
	return real.startsWith(realpathSync(folder) + sep) && lstatSync(real).isFile();
}

/**
 * Checks every file of a table dataset against its manifest's checksum (quick: no parsing), so a
 * damaged or half-written file stops the server at startup, named, rather than on first use.
 * Table files the manifest does not list, and files that lead outside the folder, are refused.
 * When a file differs, the dataset is read and validated too, to name the entry that is wrong.
 */
export function verifyTableFolder(folder: string): Manifest {
	const manifest = readManifest(folder);
	const problems: string[] = [];
	for (const [name, expected] of Object.entries(manifest.files)) {
		const path = join(folder, name);
		if (!existsSync(path)) {
			problems.push(`${displayPath(path)} is missing (the manifest lists it).`);
			continue;
		}
		if (!fileInside(path, folder)) {
			problems.push(
				`${displayPath(path)} is not a file of the folder (a link leading out of it?).`
			);
			continue;
		}
		const actual = createHash('sha256').update(readFileSync(path)).digest('hex');
		if (actual !== expected) {
			problems.push(
				`${displayPath(path)} is damaged or was changed by hand: its checksum does not match ${MANIFEST_FILE}.`
			);
		}
	}
	const unlisted = tableFilesIn(folder).filter((name) => !manifest.files[name]);
	for (const name of unlisted) {
		problems.push(
			`${displayPath(join(folder, name))} is not listed in ${MANIFEST_FILE}: nothing vouches for it.`
		);
	}
	if (problems.length === 0) return manifest;
	const files: Record<string, string> = {};
	for (const name of Object.keys(manifest.files)) {
		const path = join(folder, name);
		if (existsSync(path) && fileInside(path, folder)) files[name] = readFileSync(path, 'utf8');
	}
	try {
		readTables(files, `${displayPath(folder)}/`);
	} catch (error) {
		if (error instanceof GraphValidationError) problems.push(error.message);
		else throw error;
	}
	problems.push('Restore the files, or regenerate the dataset (npm run import:onet).');
	throw new DataIntegrityError(problems.join('\n'));
}

/** Precomputed layouts of a table dataset: family ('' for the whole graph) → id → [x, y]. */
export type Layouts = Map<string, Map<string, [number, number]>>;

/** Reads a table dataset's positions file (columns family, id, x, y); a row that is not a position is refused. */
export async function readPositions(folder: string): Promise<Layouts> {
	const path = join(folder, POSITIONS_FILE);
	const text = await readFile(path, 'utf8');
	const layouts: Layouts = new Map();
	const lines = text.split('\n');
	for (let index = 1; index < lines.length; index++) {
		const line = lines[index]!;
		if (line === '') continue;
		const [family = '', id = '', xText, yText, extra] = line.split('\t');
		const [x, y] = [Number(xText), Number(yText)];
		if (!/^\S{0,40}$/.test(family) || !id || !Number.isFinite(x) || !Number.isFinite(y) || extra) {
			throw new DataIntegrityError(
				`${displayPath(path)}:${index + 1}: not a position (family, id, x, y).`
			);
		}
		let layout = layouts.get(family);
		if (!layout) layouts.set(family, (layout = new Map()));
		layout.set(id, [x, y]);
	}
	return layouts;
}

/** The text of every file a table dataset's manifest lists. */
export async function readTableFiles(
	folder: string,
	manifest: Manifest
): Promise<Record<string, string>> {
	const names = Object.keys(manifest.files);
	const texts = await Promise.all(names.map((name) => readFile(join(folder, name), 'utf8')));
	return Object.fromEntries(names.map((name, i) => [name, texts[i]!]));
}

/**
 * Loads a table dataset folder whose files match their checksums (verifyTableFolder) into a
 * graph. Data recorded as valid under the current schema (validated-tables.ts) needs only the
 * cheap reference checks; any other is validated in full — schema, references, positions, and
 * the counts its manifest claims — as it is when `full` asks for it (npm run graph:validate).
 */
export async function loadTableDataset(
	folder: string,
	manifest: Manifest,
	{ full = false }: { full?: boolean } = {}
): Promise<KnowledgeGraph> {
	const files = await readTableFiles(folder, manifest);
	const schemaChecked = !full && recordedAsValid(manifest);
	const graph = fromValidated(readTables(files, `${displayPath(folder)}/`, { schemaChecked }));
	checkCounts(graph, manifest, folder);
	if (!schemaChecked && manifest.files[POSITIONS_FILE]) await readPositions(folder);
	// Part of being ready: the first comparison should not pay for ranking 24,000 nodes.
	prepareComparisons(graph);
	return graph;
}

/** Refuses a graph whose size differs from what its manifest told the dataset list. */
function checkCounts(graph: KnowledgeGraph, manifest: Manifest, folder: string): void {
	let roles = 0;
	graph.forEachNode((_id, { category }) => {
		if (category === 'role') roles++;
	});
	const actual = { nodes: graph.order, edges: graph.size, roles };
	const wrong = (['nodes', 'edges', 'roles'] as const).filter((k) => actual[k] !== manifest[k]);
	if (wrong.length > 0) {
		throw new DataIntegrityError(
			`${displayPath(join(folder, MANIFEST_FILE))} claims ${wrong.map((k) => `${manifest[k]} ${k}`).join(', ')}; ` +
				`the data has ${wrong.map((k) => `${actual[k]} ${k}`).join(', ')}.`
		);
	}
}

/** What the dataset list shows of a table dataset before it is loaded. */
export interface TableSummary {
	title: string;
	description: string;
	credit?: string;
}

/**
 * A table dataset's title, description and credit, from its dataset.json, validated against the
 * schema (the list shows them before the dataset is loaded and validated whole).
 */
export function readTableSummary(folder: string): TableSummary {
	const path = join(folder, DATASET_FILE);
	let json: unknown;
	try {
		json = JSON.parse(readFileSync(path, 'utf8'));
	} catch (error) {
		throw new DataIntegrityError(
			`${displayPath(path)}: not valid JSON: ${(error as Error).message}`
		);
	}
	const parsed = graphAttributesSchema.safeParse(json);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		throw new DataIntegrityError(
			`${displayPath(path)}: ${issue.path.join('.') || '(the file)'}: ${issue.message}`
		);
	}
	const { title, description, credit } = parsed.data;
	return { title, description, credit };
}

/**
 * The table kind: a folder with a manifest.json. Opening it checks every file against its
 * checksum; data the code's record does not vouch for is validated in full at startup.
 */
export const tableKind: DatasetKind = {
	name: 'tables',
	files: 'table files',
	marker: MANIFEST_FILE,
	lostMarker:
		', so nothing vouches for them: restore it, or regenerate the dataset (npm run import:onet).',
	dataFiles: tableFilesIn,
	open(folder) {
		const manifest = verifyTableFolder(folder);
		const summary = readTableSummary(folder);
		let positions: Promise<Layouts> | undefined;
		const listing: Omit<DatasetListing, 'id' | 'default' | 'loaded'> = {
			...summary,
			roles: manifest.roles,
			nodes: manifest.nodes,
			edges: manifest.edges
		};
		return {
			kind: 'tables',
			listing,
			manifest,
			validateAtStartup: !recordedAsValid(manifest),
			positions: manifest.files[POSITIONS_FILE]
				? () => (positions ??= readPositions(folder))
				: undefined,
			load: (options) => loadTableDataset(folder, manifest, options)
		};
	}
};
