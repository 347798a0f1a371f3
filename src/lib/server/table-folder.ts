import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GraphValidationError } from '../graph/errors';
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
	/** The schema fingerprint the data passed validation under when it was written. */
	schema: string;
	/** File name → SHA-256 of its contents. */
	files: Record<string, string>;
}

export const MANIFEST_FILE = 'manifest.json';
export const POSITIONS_FILE = 'positions.tsv';

/** A data file is missing, damaged, or was changed without regenerating the manifest. */
export class DataIntegrityError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'DataIntegrityError';
	}
}

/** Whether a folder holds a table dataset (it has a manifest). */
export function isTableFolder(folder: string): boolean {
	return existsSync(join(folder, MANIFEST_FILE));
}

/** Reads and checks a folder's manifest; throws DataIntegrityError naming what is wrong. */
export function readManifest(folder: string): Manifest {
	const path = join(folder, MANIFEST_FILE);
	let manifest: Manifest;
	try {
		manifest = JSON.parse(readFileSync(path, 'utf8'));
	} catch (error) {
		throw new DataIntegrityError(
			`${displayPath(path)} is not readable JSON: ${(error as Error).message}`
		);
	}
	if (manifest?.format !== 'rolegraph-tables/1' || typeof manifest.files !== 'object') {
		throw new DataIntegrityError(`${displayPath(path)} is not a rolegraph table manifest.`);
	}
	return manifest;
}

/**
 * Checks every file of a table dataset against its manifest's checksum (quick: no parsing), so a
 * damaged or half-written file stops the server at startup, named, rather than on first use.
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
		const actual = createHash('sha256').update(readFileSync(path)).digest('hex');
		if (actual !== expected) {
			problems.push(
				`${displayPath(path)} is damaged or was changed by hand: its checksum does not match ${MANIFEST_FILE}.`
			);
		}
	}
	if (problems.length === 0) return manifest;
	const files: Record<string, string> = {};
	for (const name of Object.keys(manifest.files)) {
		const path = join(folder, name);
		if (existsSync(path)) files[name] = readFileSync(path, 'utf8');
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

/** Reads a table dataset's positions file (columns family, id, x, y). */
export async function readPositions(folder: string): Promise<Layouts> {
	const text = await readFile(join(folder, POSITIONS_FILE), 'utf8');
	const layouts: Layouts = new Map();
	for (const line of text.split('\n').slice(1)) {
		const [family = '', id, x, y] = line.split('\t');
		if (!id) continue;
		let layout = layouts.get(family);
		if (!layout) layouts.set(family, (layout = new Map()));
		layout.set(id, [Number(x), Number(y)]);
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
