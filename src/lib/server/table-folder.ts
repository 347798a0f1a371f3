import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import * as z from 'zod';
import { GraphValidationError, RolegraphError } from '../graph/errors';
import { readTables } from '../graph/table-dataset';
import { displayPath } from './data-folder';

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

/** A data file is missing, damaged, or was changed without regenerating the manifest. */
export class DataIntegrityError extends RolegraphError {
	constructor(message: string) {
		super(message, { status: 500 });
	}
}

/** Whether a folder holds a table dataset (it has a manifest). */
export function isTableFolder(folder: string): boolean {
	return existsSync(join(folder, MANIFEST_FILE));
}

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

/**
 * What identifies a table dataset's content: a hash of its manifest (every file's checksum and
 * the counts it claims). Once the files match their checksums, equal digests mean equal data.
 */
export function manifestDigest(manifest: Manifest): string {
	const { format, dataset, nodes, edges, roles, files } = manifest;
	const sorted = Object.entries(files).sort(([x], [y]) => (x < y ? -1 : 1));
	return createHash('sha256')
		.update(JSON.stringify([format, dataset, nodes, edges, roles, sorted]))
		.digest('hex');
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
		if (!/^\d{0,2}$/.test(family) || !id || !Number.isFinite(x) || !Number.isFinite(y) || extra) {
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
