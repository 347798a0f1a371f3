import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASET_FILE } from '../graph/table-dataset';
import { graphAttributesSchema } from '../graph/schema';
import { displayPath } from './data-folder';
import {
	DataIntegrityError,
	isTableFolder,
	MANIFEST_FILE,
	tableFilesIn,
	verifyTableFolder,
	type Manifest
} from './table-folder';

/** What a folder of the data folder holds. */
export type FolderKind = { kind: 'yaml' } | { kind: 'tables'; manifest: Manifest };

/**
 * What kind of dataset a folder holds: YAML files (it has dataset.yaml), or tables (it has a
 * manifest, checked with its files by verifyTableFolder); undefined for a folder with no data.
 * A folder with table or YAML files but neither is refused rather than skipped: a lost manifest
 * would otherwise drop a dataset without a word.
 */
export function datasetFolderKind(folder: string): FolderKind | undefined {
	if (existsSync(join(folder, 'dataset.yaml'))) return { kind: 'yaml' };
	if (isTableFolder(folder)) return { kind: 'tables', manifest: verifyTableFolder(folder) };
	const tables = tableFilesIn(folder);
	if (tables.length > 0) {
		throw new DataIntegrityError(
			`${displayPath(folder)} holds table files (${tables.slice(0, 3).join(', ')}${tables.length > 3 ? ', …' : ''}) ` +
				`but no ${MANIFEST_FILE}, so nothing vouches for them: restore it, or regenerate the dataset (npm run import:onet).`
		);
	}
	const yaml = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) =>
		/\.ya?ml$/.test(name)
	);
	if (yaml.length > 0) {
		throw new DataIntegrityError(
			`${displayPath(folder)} holds YAML files (${yaml.slice(0, 3).join(', ')}${yaml.length > 3 ? ', …' : ''}) but no dataset.yaml: restore it, or remove the folder.`
		);
	}
	return undefined;
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
