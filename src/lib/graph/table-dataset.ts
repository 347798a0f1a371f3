import Papa from 'papaparse';
import { GraphValidationError, type ValidationIssue } from './errors';
import { compareLabels } from './order';
import type { SerializedKnowledgeGraph } from './schema';
import { commonField, type FieldDescription } from './fields';
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

/** rolegraph's own node columns, before and after the dataset's described fields. */
const NODE_HEAD = ['id', 'label', 'kind', 'code'] as const;
const NODE_TAIL = ['description', 'note', 'aliases', 'unrated'] as const;
/** rolegraph's own edge columns, before and after the dataset's described fields. */
const EDGE_HEAD = ['source', 'target', 'sources'] as const;
const EDGE_TAIL = ['note'] as const;
const LIST_COLUMNS = new Set(['aliases', 'sources', 'unrated']);

const TSV = { delimiter: '\t', newline: '\n' } as const;

/** How a column's cells are written and read: a list, a flag, a number, or text. */
type ColumnKind = 'list' | 'boolean' | 'number' | 'text';

/**
 * The columns a table may have and how each reads: rolegraph's own, and one per field the
 * dataset describes (its `fields`, or a common one: fields.ts) for that kind of element.
 */
function columnKinds(
	on: 'node' | 'link',
	declared: readonly FieldDescription[]
): (name: string) => ColumnKind | undefined {
	const own: readonly string[] =
		on === 'node' ? [...NODE_HEAD, ...NODE_TAIL] : [...EDGE_HEAD, ...EDGE_TAIL];
	return (name) => {
		if (own.includes(name)) return LIST_COLUMNS.has(name) ? 'list' : 'text';
		const field =
			declared.find((one) => one.name === name && one.on === on) ?? commonField(name, on);
		if (!field) return undefined;
		return field.type === 'boolean' ? 'boolean' : field.type === 'number' ? 'number' : 'text';
	};
}

function cell(kind: ColumnKind, value: unknown): string {
	if (value === undefined) return '';
	if (kind === 'list') return JSON.stringify(value);
	if (kind === 'boolean') return value ? '1' : '0';
	return String(value);
}

/** The columns of a table of these records: rolegraph's own that are used, and their fields between. */
function columnsOf(
	records: readonly Record<string, unknown>[],
	head: readonly string[],
	tail: readonly string[],
	always: readonly string[]
): string[] {
	const used = (name: string) =>
		always.includes(name) || records.some((record) => record[name] !== undefined);
	const fields = new Set<string>();
	for (const record of records) {
		for (const name of Object.keys(record)) {
			if (!head.includes(name) && !tail.includes(name) && record[name] !== undefined) {
				fields.add(name);
			}
		}
	}
	return [...head.filter(used), ...[...fields].sort(), ...tail.filter(used)];
}

/** Writes a serialised graph as the table files, keyed by file name. */
export function writeTables(graph: SerializedKnowledgeGraph): Record<string, string> {
	const files: Record<string, string> = {
		[DATASET_FILE]: `${JSON.stringify(graph.attributes, null, '\t')}\n`
	};
	const declared = graph.attributes.fields ?? [];
	const nodeKind = columnKinds('node', declared);
	const edgeKind = columnKinds('link', declared);
	for (const category of CATEGORIES) {
		// Rows in display order (by label): readers can then rank nodes without sorting them.
		const nodes = graph.nodes
			.filter((node) => node.attributes.category === category)
			.sort((x, y) => compareLabels(x.attributes.label, y.attributes.label));
		if (nodes.length === 0) continue;
		const records = nodes.map(({ attributes: { category: _category, ...rest } }) => rest);
		const columns = columnsOf(records, NODE_HEAD, NODE_TAIL, ['id']);
		const rows = nodes.map((node, n) =>
			columns.map((column) =>
				column === 'id' ? node.key : cell(nodeKind(column) ?? 'text', records[n]![column])
			)
		);
		files[`nodes-${category}.tsv`] = `${Papa.unparse({ fields: columns, data: rows }, TSV)}\n`;
	}
	const only = singleSource(graph);
	for (const relation of RELATIONS) {
		const edges = graph.edges.filter((edge) => edge.attributes.relation === relation);
		if (edges.length === 0) continue;
		// With one source, a file whose edges all cite it leaves the column out.
		const cited = !only || edges.some((edge) => edge.attributes.sources.join('\u0000') !== only);
		const records = edges.map(({ attributes: { relation: _relation, sources, ...rest } }) =>
			cited ? { sources, ...rest } : rest
		);
		const columns = columnsOf(records, EDGE_HEAD, EDGE_TAIL, ['source', 'target']);
		const rows = edges.map((edge, n) =>
			columns.map((column) =>
				column === 'source'
					? edge.source
					: column === 'target'
						? edge.target
						: cell(edgeKind(column) ?? 'text', records[n]![column])
			)
		);
		files[`edges-${relation}.tsv`] = `${Papa.unparse({ fields: columns, data: rows }, TSV)}\n`;
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
function parseCell(kind: ColumnKind, text: string): unknown {
	if (text === '') return undefined;
	if (kind === 'list') {
		try {
			return JSON.parse(text);
		} catch {
			return BAD_LIST;
		}
	}
	if (kind === 'boolean') return text === '1';
	if (kind === 'number') return Number(text);
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
	// Columns beyond rolegraph's own are the fields the dataset describes.
	const declared = Array.isArray((attributes as { fields?: unknown } | undefined)?.fields)
		? ((attributes as { fields: FieldDescription[] }).fields ?? [])
		: [];
	const kinds = { node: columnKinds('node', declared), link: columnKinds('link', declared) };
	for (const [name, text] of Object.entries(files).sort(([x], [y]) => x.localeCompare(y))) {
		const nodeMatch = /^nodes-([a-z]+)\.tsv$/.exec(name);
		const edgeMatch = /^edges-([a-zA-Z]+)\.tsv$/.exec(name);
		if (!nodeMatch && !edgeMatch) continue;
		const shown = prefix + name;
		const file = fileNames.push(shown) - 1;
		const { header, rows } = rowsOf(shown, text, issues);
		const kindOf = nodeMatch ? kinds.node : kinds.link;
		const unknown = header.filter((column) => kindOf(column) === undefined);
		if (unknown.length > 0) {
			issues.push({
				where: `${shown}:1`,
				message: `unknown column ${unknown.map((c) => `"${c}"`).join(', ')} (neither rolegraph's own nor a field ${DATASET_FILE} describes)`
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
			.map((column, index) => ({ column, index, kind: kindOf(column)! }))
			.filter(({ column }) => column !== first && column !== 'target');
		const keyColumn = header.indexOf(first);
		const targetColumn = header.indexOf('target');
		const fixedSources = edgeMatch && !header.includes('sources') && only ? [only] : undefined;
		for (let index = 0; index < rows.length; index++) {
			const row = rows[index]!;
			const record: Record<string, unknown> = nodeMatch ? { category: kind } : { relation: kind };
			for (const { column, index: at, kind: cellKind } of valueColumns) {
				const value = parseCell(cellKind, row[at] ?? '');
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
