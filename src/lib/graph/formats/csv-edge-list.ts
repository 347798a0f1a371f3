import Papa from 'papaparse';
import { plural, problemLines, RolegraphError } from '../errors';
import type { Locator } from '../validate';
import {
	FLAG_CELLS,
	LINK_CELLS,
	LIST_CELLS,
	NODE_CELLS,
	NUMBER_CELLS,
	splitList,
	unescapeFormula
} from './csv-cells';
import { defaultRelation, FILE_SOURCE } from './defaults';

/**
 * rolegraph's CSV is an edge list: one row per link from a role to what it needs, with a header.
 *
 * - Required: `role` (the role's id), `node` (the linked node's id), `category` (the node's).
 * - Optional: `source` (the ids of the sources stating the link, `|`-separated), `node_label`,
 *   `description` (the node's), `role_label`, `relation` (defaults to the one that fits the
 *   category), `unrated` (on a role's own row: the categories the data has nothing on for it,
 *   `|`-separated), and, as rolegraph writes them, `zone`, `credit`, `notice` and `summary`
 *   (read as notes, not data).
 * - A row whose `node` is its `role`, with category `role`, describes the role itself (label,
 *   description) without a link. A row whose category is `role` links two roles (`relatedTo`
 *   unless `relation` says otherwise).
 */
export const CSV_COLUMNS = {
	required: ['role', 'node', 'category'],
	optional: [
		'source',
		'node_label',
		'description',
		'role_label',
		'relation',
		...Object.values(NODE_CELLS),
		...Object.values(LINK_CELLS),
		'credit'
	],
	/** Written by rolegraph for people reading the table; ignored when read back. */
	derived: ['zone', 'notice', 'summary']
} as const;

/** A CSV file read into the serialised form (not yet validated), with where each element came from. */
export interface CsvReading {
	data: unknown;
	/** Names nodes and edges by the line of the file they come from. */
	locator: Locator;
	/** What the reader left out or filled in, for the person importing. */
	notices: string[];
	/** Rows that contradict each other or lack a cell (the schema's findings come on top). */
	problems: { line: number; message: string }[];
}

/** One problem of a CSV file, tied to its line. */
export class CsvError extends RolegraphError {
	/** The problems by line. */
	readonly lines: { line: number; message: string }[];
	constructor(problems: { line: number; message: string }[]) {
		const located = problems.map((p) => ({ where: `line ${p.line}`, message: p.message }));
		super(
			[`The CSV file has ${plural(problems.length, 'problem')}:`, ...problemLines(located)].join(
				'\n'
			),
			{ status: 400, problems: located }
		);
		this.lines = problems;
	}
}

export interface Row {
	line: number;
	cells: Record<string, string>;
}

/** Splits CSV text into rows with the line each starts on; throws CsvError on broken quoting. */
export function csvRows(text: string): { header: string[]; rows: Row[] } {
	const rows: { line: number; cells: string[] }[] = [];
	const problems: { line: number; message: string }[] = [];
	let line = 1;
	let consumed = 0;
	Papa.parse<string[]>(text, {
		header: false,
		skipEmptyLines: false,
		step: (result) => {
			const end = result.meta.cursor;
			const start = line;
			for (let i = consumed; i < end; i++) if (text.charCodeAt(i) === 10) line++;
			consumed = end;
			for (const error of result.errors) {
				// Papa Parse guesses the delimiter; when it cannot (a one-column file), the header check says what is wrong.
				if (error.code !== 'UndetectableDelimiter')
					problems.push({ line: start, message: error.message });
			}
			if (result.data.some((cell) => cell.trim() !== ''))
				rows.push({ line: start, cells: result.data });
		}
	});
	if (problems.length > 0) throw new CsvError(problems);
	const [head, ...body] = rows;
	if (!head) throw new CsvError([{ line: 1, message: 'the file is empty; it needs a header row' }]);
	const header = head.cells.map((name) => name.trim().toLowerCase());
	const missing = CSV_COLUMNS.required.filter((name) => !header.includes(name));
	if (missing.length > 0) {
		throw new CsvError([
			{
				line: head.line,
				message: `the header has no ${missing.map((m) => `"${m}"`).join(', ')} column; rolegraph's CSV needs ${CSV_COLUMNS.required.join(', ')} (and may have ${CSV_COLUMNS.optional.join(', ')})`
			}
		]);
	}
	const repeated = header.filter((name, i) => name !== '' && header.indexOf(name) !== i);
	if (repeated.length > 0) {
		throw new CsvError([
			{ line: head.line, message: `the header names ${[...new Set(repeated)].join(', ')} twice` }
		]);
	}
	if (body.length === 0) {
		throw new CsvError([{ line: head.line, message: 'the file has a header but no rows' }]);
	}
	const wrongWidth = body
		.filter((row) => row.cells.length !== header.length)
		.map((row) => ({
			line: row.line,
			message: `has ${row.cells.length} cells; the header has ${header.length}`
		}));
	if (wrongWidth.length > 0) throw new CsvError(wrongWidth);
	return {
		header,
		rows: body.map((row) => ({
			line: row.line,
			cells: Object.fromEntries(header.map((name, i) => [name, unescapeFormula(row.cells[i]!)]))
		}))
	};
}

interface NodeDraft {
	line: number;
	/** Cell text by attribute, as first given. */
	attributes: Record<string, string>;
	/** The line each attribute was first given on. */
	givenAt: Record<string, number>;
}

interface EdgeDraft {
	line: number;
	source: string;
	target: string;
	relation?: string;
	sources: string[];
	/** Link attribute cells (note, importance, hot…) by attribute, as first given. */
	cells: Record<string, string>;
}

/** A text cell: undefined when blank, otherwise as written (labels keep any outer space). */
function textCell(value: string | undefined): string | undefined {
	return value === undefined || value.trim() === '' ? undefined : value;
}

/** A cell's value as its attribute's type; a string saying what is wrong when it is not one. */
function typedCell(column: string, text: string): unknown {
	if (LIST_CELLS.has(column)) return splitList(text);
	if (NUMBER_CELLS.has(column)) {
		const value = Number(text.trim());
		return Number.isFinite(value)
			? value
			: { wrong: `${column} must be a number, not ${JSON.stringify(text)}` };
	}
	if (FLAG_CELLS.has(column)) {
		const flag = text.trim().toLowerCase();
		if (['true', 'yes', '1'].includes(flag)) return true;
		if (['false', 'no', '0'].includes(flag)) return false;
		return { wrong: `${column} must be true or false, not ${JSON.stringify(text)}` };
	}
	return text;
}

/**
 * Reads rolegraph's CSV edge list (see CSV_COLUMNS) into the serialised form. A file that cannot
 * be read as rows throws CsvError; rows that contradict each other (a node given two categories,
 * labels or descriptions) come back as problems naming both lines; anything else is left to the
 * schema, with each element located by its line.
 */
export function readCsv(text: string, fileName: string): CsvReading {
	return readEdgeList(csvRows(text), fileName);
}

/** Reads rows already split (from a CSV file or a spreadsheet) as rolegraph's edge list. */
export function readEdgeList(
	{ header, rows }: { header: string[]; rows: Row[] },
	fileName: string
): CsvReading {
	const problems: { line: number; message: string }[] = [];
	const notices: string[] = [];
	const unknown = header.filter(
		(name) =>
			name !== '' &&
			![...CSV_COLUMNS.required, ...CSV_COLUMNS.optional, ...CSV_COLUMNS.derived].includes(
				name as never
			)
	);
	if (unknown.length > 0) {
		notices.push(
			`Left out the column${unknown.length === 1 ? '' : 's'} ${unknown.map((u) => `"${u}"`).join(', ')}: rolegraph's CSV has no such field.`
		);
	}

	const nodes = new Map<string, NodeDraft>();
	const edges = new Map<string, EdgeDraft>();
	const credits = new Set<string>();
	let fileCited = false;

	/** Sets a node attribute, or reports a contradiction with an earlier line. */
	function describe(id: string, line: number, name: string, value: string | undefined) {
		let node = nodes.get(id);
		if (!node) {
			node = { line, attributes: {}, givenAt: {} };
			nodes.set(id, node);
		}
		if (value === undefined || value === '') return;
		const earlier = node.attributes[name];
		if (earlier === undefined) {
			node.attributes[name] = value;
			node.givenAt[name] = line;
		} else if (earlier !== value) {
			problems.push({
				line,
				message: `"${id}" has the ${name} ${JSON.stringify(value)} here but ${JSON.stringify(earlier)} at line ${node.givenAt[name]}`
			});
		}
	}

	/** A node's own cells (kind, aliases, code…), on a row that describes or names it. */
	function describeCells(id: string, line: number, cells: Record<string, string>) {
		describe(id, line, 'description', textCell(cells.description));
		for (const [attribute, column] of Object.entries(NODE_CELLS)) {
			describe(id, line, attribute, textCell(cells[column]));
		}
	}

	for (const { line, cells } of rows) {
		const role = cells.role?.trim() ?? '';
		const node = cells.node?.trim() ?? '';
		const category = cells.category?.trim() ?? '';
		const credit = textCell(cells.credit);
		if (credit) credits.add(credit);
		if (node === '' || category === '') {
			const empty = ['node', 'category'].filter((name) => !cells[name]?.trim());
			problems.push({ line, message: `the ${empty.join(', ')} cell is empty` });
			continue;
		}
		if (role === '') {
			// A row with no role describes a node nothing links to.
			describe(node, line, 'category', category);
			describe(node, line, 'label', textCell(cells.node_label));
			describeCells(node, line, cells);
			continue;
		}
		describe(role, line, 'category', 'role');
		describe(role, line, 'label', textCell(cells.role_label));
		describe(node, line, 'category', category);
		describe(node, line, 'label', textCell(cells.node_label));
		describeCells(node, line, cells);
		if (role === node) {
			if (category !== 'role') {
				problems.push({
					line,
					message: `"${node}" is the row's role, so its category must be role`
				});
			}
			continue;
		}
		const sources = splitList(cells.source ?? '');
		if (sources.length === 0) {
			sources.push(FILE_SOURCE);
			fileCited = true;
		}
		const relation = cells.relation?.trim() || undefined;
		const linkCells: Record<string, string> = {};
		for (const [attribute, column] of Object.entries(LINK_CELLS)) {
			const value = textCell(cells[column]);
			if (value !== undefined) linkCells[attribute] = value;
		}
		const key = `${role}\u0000${node}`;
		const edge = edges.get(key);
		if (!edge) {
			edges.set(key, { line, source: role, target: node, relation, sources, cells: linkCells });
			continue;
		}
		if (relation && edge.relation && relation !== edge.relation) {
			problems.push({
				line,
				message: `the link ${role} → ${node} has the relation "${relation}" here but "${edge.relation}" at line ${edge.line}`
			});
		}
		edge.relation ??= relation;
		for (const source of sources) if (!edge.sources.includes(source)) edge.sources.push(source);
		for (const [attribute, value] of Object.entries(linkCells)) edge.cells[attribute] ??= value;
	}

	/** Cells as typed attributes; a cell of the wrong type becomes a problem at its line. */
	function typed(
		cells: Record<string, string>,
		columns: Record<string, string>,
		line: number
	): Record<string, unknown> {
		const attributes: Record<string, unknown> = {};
		for (const [attribute, value] of Object.entries(cells)) {
			const column = columns[attribute];
			if (!column) {
				attributes[attribute] = value;
				continue;
			}
			const cell = typedCell(column, value);
			if (typeof cell === 'object' && cell !== null && 'wrong' in cell) {
				problems.push({ line, message: String(cell.wrong) });
			} else attributes[attribute] = cell;
		}
		return attributes;
	}

	const nodeList = [...nodes];
	const edgeList = [...edges.values()];
	const sourceIds = [...new Set(edgeList.flatMap((edge) => edge.sources))];
	const base = fileName.replace(/\.[^.]*$/, '') || 'Imported graph';
	const credit = [...credits].join(' ');
	const data = {
		attributes: {
			id: 'imported',
			title: base,
			description: `Imported from ${fileName}.`,
			sources: sourceIds.map((id) =>
				id === FILE_SOURCE && fileCited
					? { id, title: fileName, summary: `The imported file ${fileName} itself.` }
					: { id, title: id, summary: `Named in the source column of ${fileName}.` }
			),
			...(credit ? { credit } : {})
		},
		nodes: nodeList.map(([key, { attributes, line }]) => ({
			key,
			attributes: { label: key, ...typed(attributes, NODE_CELLS, line) }
		})),
		edges: edgeList.map((edge) => ({
			source: edge.source,
			target: edge.target,
			attributes: {
				relation: edge.relation ?? defaultRelation(nodes.get(edge.target)?.attributes.category),
				sources: edge.sources,
				...typed(edge.cells, LINK_CELLS, edge.line)
			}
		}))
	};
	if (fileCited) {
		notices.push(`Links with no source cite the file itself ("${fileName}").`);
	}
	return {
		data,
		notices,
		problems,
		locator: {
			graph: () => fileName,
			node: (index) => `line ${nodeList[index]?.[1].line ?? '?'}`,
			edge: (index) => `line ${edgeList[index]?.line ?? '?'}`
		}
	};
}
