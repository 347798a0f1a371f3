/**
 * npm run graph:validate — checks every dataset under graph/ (or ROLEGRAPH_DATA): YAML datasets
 * against the schema and their references; table datasets (O*NET) against their checksums and,
 * in full, the schema, references, positions and counts. Prints what each holds, and whether a
 * table dataset is recorded as validated (the server then skips the schema pass when it loads
 * it); exits 1 naming every problem.
 *
 * npm run graph:validate -- --record — the same, and records each table dataset that passed
 * (src/lib/server/validated-tables.json: commit it), so the server trusts it without the
 * schema pass: run it after changing the schema or regenerating a dataset by hand.
 *
 * npm run graph:validate -- <file> [<file>…] — checks files the way importing them in the
 * browser does (every format of the registry): the same bytes decoded the same way, the same
 * readers, limits and schema, so both give the same verdict; one message per file, one line per
 * kind of problem.
 *
 * npm run graph:validate -- [mapping options] <file>… — the mapping step's choices as options
 * (the browser's import message shows them for the mapping a person chose): for a graph file
 * --label=<attribute> --category=<category> | --category-from=<attribute>
 * --categories=<value>=<category>,…[,*=<category>] --roles=<attribute>=<value>[|<value>…]
 * --level=<attribute> --orient --drop-non-role-links; for a table --layout=matrix|pairs
 * --role=<column> --item=<column> --level=<column> and --category or --category-from.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { importFile } from '../src/lib/graph/formats/node';
import {
	MappingArgsError,
	mappingFromArgs,
	type ImportMapping
} from '../src/lib/graph/formats/mapping';
import { sizeProblem } from '../src/lib/graph/formats/limits';
import { fromValidated } from '../src/lib/graph/build';
import { GraphValidationError } from '../src/lib/graph/errors';
import type { KnowledgeGraph } from '../src/lib/graph/types';
import { dataRoot, displayPath } from '../src/lib/server/data-folder';
import { DataIntegrityError } from '../src/lib/server/data-folder';
import { openDatasetFolder } from '../src/lib/server/dataset-kinds';
import { recordedAsValid, recordValidated } from './validated-record';

function describe(graph: KnowledgeGraph): string {
	const counts = new Map<string, number>();
	graph.forEachNode((_id, { category }) => counts.set(category, (counts.get(category) ?? 0) + 1));
	const parts = [...counts].map(([category, n]) => `${n} ${category}`).join(', ');
	return `${graph.order} nodes (${parts}), ${graph.size} edges, ${graph.getAttribute('sources').length} sources`;
}

/** Checks one dataset folder in full; a line saying what it holds, or undefined if it holds no data. */
async function check(folder: string, record: boolean): Promise<string | undefined> {
	const opened = openDatasetFolder(folder);
	if (!opened) return undefined;
	// The full schema pass, whatever is recorded: this is the check CI relies on.
	const graph = await opened.load({ full: true });
	const { manifest } = opened;
	if (!manifest) return describe(graph);
	if (record) recordValidated(manifest);
	const recorded = record
		? 'recorded as validated'
		: recordedAsValid(manifest)
			? 'recorded as validated'
			: 'not recorded as validated: the server will validate it in full at startup (npm run graph:validate -- --record records it)';
	return `${describe(graph)}; ${recorded}`;
}

/** Checks one file as the browser's import would; true if it would be imported. */
async function checkFile(path: string, mapping?: ImportMapping): Promise<boolean> {
	try {
		const tooBig = sizeProblem(basename(path), (await stat(path)).size);
		if (tooBig) throw new Error(tooBig);
		const { graph, format, notices } = await importFile(basename(path), await readFile(path), {
			mapping
		});
		console.log(`✓ ${path} (${format}): ${describe(fromValidated(graph))}`);
		for (const notice of notices) console.log(`  note: ${notice}`);
		return true;
	} catch (error) {
		const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
		console.error(`✗ ${path}: ${missing ? 'no such file' : (error as Error).message}`);
		return false;
	}
}

/** The options graph:validate takes: --record, and the mapping step's (mapping.ts). */
const KNOWN_OPTIONS = new Set([
	'record',
	'label',
	'category',
	'category-from',
	'categories',
	'roles',
	'level',
	'orient',
	'drop-non-role-links',
	'layout',
	'role',
	'item'
]);

/** Splits the arguments into files and `--name[=value]` options. */
function parseArgs(args: string[]): { files: string[]; options: Map<string, string | true> } {
	const files: string[] = [];
	const options = new Map<string, string | true>();
	for (const arg of args) {
		const option = /^--([a-z-]+)(?:=(.*))?$/s.exec(arg);
		if (option) options.set(option[1]!, option[2] ?? true);
		else files.push(arg);
	}
	return { files, options };
}

async function main(args: string[]): Promise<number> {
	const { files, options } = parseArgs(args);
	const unknown = [...options.keys()].filter((name) => !KNOWN_OPTIONS.has(name));
	if (unknown.length > 0) {
		console.error(
			`✗ Unknown option${unknown.length === 1 ? '' : 's'}: ${unknown.map((name) => `--${name}`).join(', ')}.`
		);
		return 2;
	}
	const record = options.has('record');
	let mapping: ImportMapping | undefined;
	try {
		mapping = mappingFromArgs(options);
	} catch (error) {
		if (!(error instanceof MappingArgsError)) throw error;
		console.error(`✗ ${error.message}`);
		return 2;
	}
	if (files.length > 0) {
		let ok = true;
		for (const file of files) ok = (await checkFile(file, mapping)) && ok;
		return ok ? 0 : 1;
	}
	const root = dataRoot();
	const folders = (await readdir(root, { withFileTypes: true }))
		.filter((entry) => entry.isDirectory())
		.map((entry) => join(root, entry.name));
	let failed = 0;
	for (const folder of folders) {
		try {
			const checked = await check(folder, record);
			if (checked) console.log(`✓ ${displayPath(folder)}: ${checked}`);
		} catch (error) {
			failed++;
			const known = error instanceof GraphValidationError || error instanceof DataIntegrityError;
			console.error(
				`✗ ${displayPath(folder)}: ${known ? (error as Error).message : String(error)}`
			);
		}
	}
	return failed === 0 ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
