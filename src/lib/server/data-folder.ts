import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { DataFile } from '../graph/data-files';
import { RolegraphError } from '../graph/errors';

/** The folder that holds the datasets: `ROLEGRAPH_DATA`, or `graph/` under the working directory. */
export function dataRoot(): string {
	return resolve(process.env.ROLEGRAPH_DATA ?? 'graph');
}

/** How a path is shown in messages: relative to the working directory when inside it. */
export function displayPath(path: string): string {
	const shown = relative(process.cwd(), path);
	return shown.startsWith('..') ? path : shown;
}

/** Every YAML file below a folder, read as text, with display paths. */
export async function readYamlFiles(folder: string): Promise<DataFile[]> {
	const entries = await readdir(folder, { recursive: true, withFileTypes: true });
	const files = entries
		.filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
	return Promise.all(
		files.map(async (path) => ({ path: displayPath(path), text: await readFile(path, 'utf8') }))
	);
}

/** A data file is missing, damaged, or was changed without regenerating what vouches for it. */
export class DataIntegrityError extends RolegraphError {
	constructor(message: string) {
		super(message, { status: 500 });
	}
}
