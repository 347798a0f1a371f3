/**
 * npm run graph:validate — checks every dataset under graph/ (or ROLEGRAPH_DATA): YAML datasets
 * against the schema and their references; table datasets (O*NET) against their checksums and,
 * in full, the schema and references. Prints what each holds; exits 1 naming every problem.
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
import { readTables } from '../src/lib/graph/table-dataset';
import type { KnowledgeGraph } from '../src/lib/graph/types';
import { dataRoot, displayPath } from '../src/lib/server/data-folder';
import { loadYamlDataset } from '../src/lib/server/datasets';
import {
	DataIntegrityError,
	isTableFolder,
	readTableFiles,
	verifyTableFolder
} from '../src/lib/server/table-folder';

function describe(graph: KnowledgeGraph): string {
	const counts = new Map<string, number>();
	graph.forEachNode((_id, { category }) => counts.set(category, (counts.get(category) ?? 0) + 1));
	const parts = [...counts].map(([category, n]) => `${n} ${category}`).join(', ');
	return `${graph.order} nodes (${parts}), ${graph.size} edges, ${graph.getAttribute('sources').length} sources`;
}

async function load(folder: string): Promise<KnowledgeGraph> {
	if (!isTableFolder(folder)) return loadYamlDataset(folder);
	const manifest = verifyTableFolder(folder);
	// The full schema pass, whatever the manifest says: this is the check CI relies on.
	return fromValidated(
		readTables(await readTableFiles(folder, manifest), `${displayPath(folder)}/`)
	);
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
			console.log(`✓ ${displayPath(folder)}: ${describe(await load(folder))}`);
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
