import Papa from 'papaparse';
import { GraphValidationError, type ValidationIssue } from './errors';
import { compareLabels } from './order';
import type { SerializedKnowledgeGraph } from './schema';
import { CATEGORIES, RELATIONS, type Category, type Relation } from './types';
import { checkReferences, validateSerializedGraph, type Locator } from './validate';

/**
 * A compact, diff-friendly on-disk form for large graphs (O*NET): one tab-separated file per
 * node category (`nodes-technology.tsv`) and per relation (`edges-needs.tsv`), a header row
 * naming the columns, plus `dataset.json` for the graph's own attributes. No key is repeated
 * per row, so it is a fraction of the size of graphology JSON. Lists are JSON text in their
 * cell; booleans are 1/0; an empty cell is an absent attribute. Quoting follows CSV rules.
 * When the dataset has a single source, edge files whose edges all cite it omit the column.
 */
export const DATASET_FILE = 'dataset.json';

const NODE_COLUMNS = [
	'id',
	'label',
	'kind',
	'code',
	'jobZone',
	'description',
	'note',
	'aliases',
	'unrated'
] as const;
const EDGE_COLUMNS = [
	'source',
	'target',
	'sources',
	'importance',
	'hot',
	'inDemand',
	'rank',
	'note'
] as const;
const NUMBER_COLUMNS = new Set(['jobZone', 'importance', 'rank']);
const BOOLEAN_COLUMNS = new Set(['hot', 'inDemand']);
const LIST_COLUMNS = new Set(['aliases', 'sources', 'unrated']);

const TSV = { delimiter: '\t', newline: '\n' } as const;

function cell(name: string, value: unknown): string {
	if (value === undefined) return '';
	if (LIST_COLUMNS.has(name)) return JSON.stringify(value);
	if (BOOLEAN_COLUMNS.has(name)) return value ? '1' : '0';
	return String(value);
}

/** Writes a serialised graph as the table files, keyed by file name. */
export function writeTables(graph: SerializedKnowledgeGraph): Record<string, string> {
	const files: Record<string, string> = {
		[DATASET_FILE]: `${JSON.stringify(graph.attributes, null, '\t')}\n`
	};
	for (const category of CATEGORIES) {
		// Rows in display order (by label): readers can then rank nodes without sorting them.
		const nodes = graph.nodes
			.filter((node) => node.attributes.category === category)
			.sort((x, y) => compareLabels(x.attributes.label, y.attributes.label));
		if (nodes.length === 0) continue;
		const columns = NODE_COLUMNS.filter(
			(column) =>
				column === 'id' ||
				nodes.some((node) => (node.attributes as Record<string, unknown>)[column] !== undefined)
		);
		const rows = nodes.map((node) =>
			columns.map((column) =>
				column === 'id'
					? node.key
					: cell(column, (node.attributes as Record<string, unknown>)[column])
			)
		);
		files[`nodes-${category}.tsv`] = `${Papa.unparse({ fields: [...columns], data: rows }, TSV)}\n`;
	}
	for (const relation of RELATIONS) {
		const edges = graph.edges.filter((edge) => edge.attributes.relation === relation);
		if (edges.length === 0) continue;
		const only = singleSource(graph);
		const columns = EDGE_COLUMNS.filter(
			(column) =>
				column === 'source' ||
				column === 'target' ||
				// With one source, a file whose edges all cite it leaves the column out.
				(column === 'sources'
					? !only || edges.some((edge) => edge.attributes.sources.join('\u0000') !== only)
					: edges.some(
							(edge) => (edge.attributes as Record<string, unknown>)[column] !== undefined
						))
		);
		const rows = edges.map((edge) =>
			columns.map((column) =>
				column === 'source'
					? edge.source
					: column === 'target'
						? edge.target
						: cell(column, (edge.attributes as Record<string, unknown>)[column])
			)
		);
		files[`edges-${relation}.tsv`] = `${Papa.unparse({ fields: [...columns], data: rows }, TSV)}\n`;
	}
	return files;
}

/** The id of the dataset's only source, if it has exactly one. */
function singleSource(graph: { attributes: { sources?: { id: string }[] } }): string | undefined {
	const sources = graph.attributes.sources ?? [];
	return sources.length === 1 ? sources[0]!.id : undefined;
}

/** What parseCell returns for a list cell that is not JSON. */
const BAD_LIST = Symbol('bad list');

/** Turns a cell's text into the attribute's value; undefined for an empty cell. */
function parseCell(name: string, text: string): unknown {
	if (text === '') return undefined;
	if (LIST_COLUMNS.has(name)) {
		try {
			return JSON.parse(text);
		} catch {
			return BAD_LIST;
		}
	}
	if (BOOLEAN_COLUMNS.has(name)) return text === '1';
	if (NUMBER_COLUMNS.has(name)) return Number(text);
	return text;
}

function rowsOf(
	name: string,
	text: string,
	issues: ValidationIssue[]
): { header: string[]; rows: string[][] } {
	const parsed = Papa.parse<string[]>(text, { ...TSV, skipEmptyLines: true });
	for (const error of parsed.errors.slice(0, 20)) {
		issues.push({ where: `${name}:${(error.row ?? 0) + 2}`, message: error.message });
	}
	const [header = [], ...rows] = parsed.data;
	return { header, rows };
}

/**
 * Reads table files back into a serialised graph, validated; problems name the file and line.
 * `files` maps file names (as written by writeTables) to their text; messages show them with
 * `prefix` (e.g. the folder) in front. `schemaChecked` skips the schema pass (not the reference
 * checks) for bytes already proven to have passed it: see server/table-folder.ts.
 */
export function readTables(
	files: Record<string, string>,
	prefix = '',
	{ schemaChecked = false }: { schemaChecked?: boolean } = {}
): SerializedKnowledgeGraph {
	const issues: ValidationIssue[] = [];
	const nodes: SerializedKnowledgeGraph['nodes'] = [];
	const edges: SerializedKnowledgeGraph['edges'] = [];
	// Where each element came from, as (file, line) numbers: strings only when a message needs one.
	const fileNames: string[] = [];
	const nodeFile: number[] = [];
	const nodeLine: number[] = [];
	const edgeFile: number[] = [];
	const edgeLine: number[] = [];
	let attributes: unknown;
	const datasetText = files[DATASET_FILE];
	if (datasetText === undefined) {
		issues.push({ where: prefix + DATASET_FILE, message: 'the file is missing' });
	} else {
		try {
			attributes = JSON.parse(datasetText);
		} catch (error) {
			issues.push({
				where: prefix + DATASET_FILE,
				message: `not valid JSON: ${(error as Error).message}`
			});
		}
	}
	// An edge file without a sources column cites the dataset's only source.
	const only = singleSource({ attributes: (attributes ?? {}) as { sources?: { id: string }[] } });
	for (const [name, text] of Object.entries(files).sort(([x], [y]) => x.localeCompare(y))) {
		const nodeMatch = /^nodes-([a-z]+)\.tsv$/.exec(name);
		const edgeMatch = /^edges-([a-zA-Z]+)\.tsv$/.exec(name);
		if (!nodeMatch && !edgeMatch) continue;
		const shown = prefix + name;
		const file = fileNames.push(shown) - 1;
		const { header, rows } = rowsOf(shown, text, issues);
		const known: readonly string[] = nodeMatch ? NODE_COLUMNS : EDGE_COLUMNS;
		const unknown = header.filter((column) => !known.includes(column));
		if (unknown.length > 0) {
			issues.push({
				where: `${shown}:1`,
				message: `unknown column ${unknown.map((c) => `"${c}"`).join(', ')}`
			});
			continue;
		}
		const kind = (nodeMatch ?? edgeMatch)![1]!;
		if (
			nodeMatch ? !CATEGORIES.includes(kind as Category) : !RELATIONS.includes(kind as Relation)
		) {
			issues.push({
				where: shown,
				message: `unknown ${nodeMatch ? 'category' : 'relation'} "${kind}" in the file name`
			});
			continue;
		}
		const first = nodeMatch ? 'id' : 'source';
		const valueColumns = header
			.map((column, index) => ({ column, index }))
			.filter(({ column }) => column !== first && column !== 'target');
		const keyColumn = header.indexOf(first);
		const targetColumn = header.indexOf('target');
		const fixedSources = edgeMatch && !header.includes('sources') && only ? [only] : undefined;
		for (let index = 0; index < rows.length; index++) {
			const row = rows[index]!;
			const record: Record<string, unknown> = nodeMatch ? { category: kind } : { relation: kind };
			for (const { column, index: at } of valueColumns) {
				const value = parseCell(column, row[at] ?? '');
				if (value === BAD_LIST)
					issues.push({ where: `${shown}:${index + 2}`, message: `${column}: not a JSON list` });
				else if (value !== undefined) record[column] = value;
			}
			if (nodeMatch) {
				nodes.push({ key: row[keyColumn] ?? '', attributes: record as never });
				nodeFile.push(file);
				nodeLine.push(index + 2);
			} else {
				if (fixedSources) record.sources = fixedSources;
				edges.push({
					source: row[keyColumn] ?? '',
					target: row[targetColumn] ?? '',
					attributes: record as never
				});
				edgeFile.push(file);
				edgeLine.push(index + 2);
			}
		}
	}
	if (issues.length > 0) throw new GraphValidationError(issues);
	const locate: Locator = {
		graph: () => prefix + DATASET_FILE,
		node: (index) => `${fileNames[nodeFile[index]!]}:${nodeLine[index]}`,
		edge: (index) => `${fileNames[edgeFile[index]!]}:${edgeLine[index]}`
	};
	const data = { attributes, nodes, edges };
	return schemaChecked
		? checkReferences(data as SerializedKnowledgeGraph, locate)
		: validateSerializedGraph(data, locate);
}
