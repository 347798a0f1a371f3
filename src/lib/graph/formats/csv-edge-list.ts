import Papa from 'papaparse';
import { compareRoles, ZONES, type CompareOptions } from '../compare';
import { roleRelations } from '../nodes';
import { missingSentence } from '../category-names';
import { plural, problemLines, RolegraphError } from '../errors';
import { summariseComparison } from '../summary';
import type { KnowledgeGraph } from '../types';
import type { Locator } from '../validate';
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
	optional: ['source', 'node_label', 'description', 'role_label', 'relation', 'unrated'],
	/** Written by rolegraph for people reading the table; ignored when read back. */
	derived: ['zone', 'credit', 'notice', 'summary']
} as const;

/** The separator between several sources in one `source` cell. */
export const SOURCE_SEPARATOR = '|';

/**
 * A comparison view as rolegraph's CSV edge list: a row describing each role, then one row per
 * link from either role (ordered by zone: only A, shared, only B), then the links between the
 * two roles. The `zone` column says where each node falls; when a source's licence asks for
 * credit (O*NET's CC BY), a `credit` column carries it on every row; when the data has nothing on
 * a category for one of the roles, the role's row says which (`unrated`) and a `notice` column
 * says so in words on every row. The `summary` column holds the comparison in a few sentences
 * (summariseComparison), on the first row only: it is a paragraph, and repeating it on every row
 * would multiply the file's size. Cells a spreadsheet would run as formulas (=, +, -, @ first)
 * are escaped with a leading quote.
 */
export function comparisonCsv(
	graph: KnowledgeGraph,
	a: string,
	b: string,
	options: CompareOptions = {},
	credit?: string
): string {
	const comparison = compareRoles(graph, a, b, options);
	const roleLabel = (role: string) => graph.getNodeAttribute(role, 'label');
	const zoneName = {
		onlyA: `only ${comparison.a.label}`,
		shared: 'shared',
		onlyB: `only ${comparison.b.label}`
	};
	const notice = missingSentence(graph.getAttribute('title'), comparison.missing, roleLabel);
	const rows: string[][] = [];
	for (const role of [comparison.a.id, comparison.b.id]) {
		const { label, description, unrated } = graph.getNodeAttributes(role);
		rows.push([
			role,
			role,
			'role',
			'',
			roleLabel(role),
			label,
			description ?? '',
			'',
			'',
			...(notice ? [(unrated ?? []).join(SOURCE_SEPARATOR)] : [])
		]);
	}
	for (const zone of ZONES) {
		for (const item of comparison[zone]) {
			const description = graph.getNodeAttribute(item.id, 'description') ?? '';
			for (const [role, sources] of Object.entries(item.sources)) {
				const relation = graph.getEdgeAttribute(graph.edge(role, item.id)!, 'relation');
				rows.push([
					role,
					item.id,
					item.category,
					sources.join(SOURCE_SEPARATOR),
					roleLabel(role),
					item.label,
					description,
					relation,
					zoneName[zone],
					...(notice ? [''] : [])
				]);
			}
		}
	}
	for (const link of roleRelations(graph, a, b)) {
		rows.push([
			link.source,
			link.target,
			'role',
			link.sources.join(SOURCE_SEPARATOR),
			roleLabel(link.source),
			roleLabel(link.target),
			graph.getNodeAttribute(link.target, 'description') ?? '',
			link.relation,
			'',
			...(notice ? [''] : [])
		]);
	}
	const fields = ['role', 'node', 'category', 'source', 'role_label', 'node_label'];
	const summary = summariseComparison(graph, a, b).text;
	return Papa.unparse(
		{
			fields: [
				...fields,
				'description',
				'relation',
				'zone',
				...(notice ? ['unrated', 'notice'] : []),
				'summary',
				...(credit ? ['credit'] : [])
			],
			data: rows.map((row, index) => [
				...row,
				...(notice ? [notice] : []),
				index === 0 ? summary : '',
				...(credit ? [credit] : [])
			])
		},
		{ escapeFormulae: true, newline: '\r\n' }
	);
}

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

interface Row {
	line: number;
	cells: Record<string, string>;
}

/** Splits CSV text into rows with the line each starts on; throws CsvError on broken quoting. */
function csvRows(text: string): { header: string[]; rows: Row[] } {
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

/** Undoes the quote rolegraph (and Papa Parse) put before cells a spreadsheet would run. */
function unescapeFormula(cell: string): string {
	return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

interface NodeDraft {
	line: number;
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
}

/**
 * Reads rolegraph's CSV edge list (see CSV_COLUMNS) into the serialised form. A file that cannot
 * be read as rows throws CsvError; rows that contradict each other (a node given two categories,
 * labels or descriptions) come back as problems naming both lines; anything else is left to the
 * schema, with each element located by its line.
 */
export function readCsv(text: string, fileName: string): CsvReading {
	const { header, rows } = csvRows(text);
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
	let fileCited = false;

	/** Sets a node attribute, or reports a contradiction with an earlier line. */
	function describe(id: string, line: number, name: string, value: string | undefined) {
		if (value === undefined || value === '') return;
		let node = nodes.get(id);
		if (!node) {
			node = { line, attributes: {}, givenAt: {} };
			nodes.set(id, node);
		}
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

	for (const { line, cells } of rows) {
		const role = cells.role?.trim() ?? '';
		const node = cells.node?.trim() ?? '';
		const category = cells.category?.trim() ?? '';
		if (role === '' || node === '' || category === '') {
			const empty = ['role', 'node', 'category'].filter((name) => !cells[name]?.trim());
			problems.push({ line, message: `the ${empty.join(', ')} cell is empty` });
			continue;
		}
		describe(role, line, 'category', 'role');
		describe(role, line, 'label', cells.role_label?.trim());
		if (role === node) describe(role, line, 'unrated', cells.unrated?.trim());
		describe(node, line, 'category', category);
		describe(node, line, 'label', cells.node_label?.trim());
		describe(node, line, 'description', cells.description?.trim());
		if (role === node) {
			if (category !== 'role') {
				problems.push({
					line,
					message: `"${node}" is the row's role, so its category must be role`
				});
			}
			continue;
		}
		const sources = (cells.source ?? '')
			.split(SOURCE_SEPARATOR)
			.map((s) => s.trim())
			.filter(Boolean);
		if (sources.length === 0) {
			sources.push(FILE_SOURCE);
			fileCited = true;
		}
		const relation = cells.relation?.trim() || undefined;
		const key = `${role}\u0000${node}`;
		const edge = edges.get(key);
		if (!edge) {
			edges.set(key, { line, source: role, target: node, relation, sources });
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
	}

	const nodeList = [...nodes];
	const edgeList = [...edges.values()];
	const sourceIds = [...new Set(edgeList.flatMap((edge) => edge.sources))];
	const base = fileName.replace(/\.[^.]*$/, '') || 'Imported graph';
	const data = {
		attributes: {
			id: 'imported',
			title: base,
			description: `Imported from ${fileName}.`,
			sources: sourceIds.map((id) =>
				id === FILE_SOURCE && fileCited
					? { id, title: fileName, summary: `The imported file ${fileName} itself.` }
					: { id, title: id, summary: `Named in the source column of ${fileName}.` }
			)
		},
		nodes: nodeList.map(([key, { attributes }]) => ({
			key,
			attributes: {
				label: key,
				...attributes,
				...(attributes.unrated
					? { unrated: attributes.unrated.split(SOURCE_SEPARATOR).map((c) => c.trim()) }
					: {})
			}
		})),
		edges: edgeList.map((edge) => ({
			source: edge.source,
			target: edge.target,
			attributes: {
				relation: edge.relation ?? defaultRelation(nodes.get(edge.target)?.attributes.category),
				sources: edge.sources
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
