import { XMLValidator } from 'fast-xml-parser';
import { Graph } from '../graphology';
import { fromValidated } from '../build';
import { GraphValidationError } from '../errors';
import {
	edgeAttributesSchema,
	graphAttributesSchema,
	nodeAttributesSchema,
	type SerializedKnowledgeGraph
} from '../schema';
import type { KnowledgeGraph } from '../types';
import { validateSerializedGraph } from '../validate';
import { defaultRelation, FILE_SOURCE, readCsv } from './csv';
import { LIST_ATTRIBUTES } from './encoding';
import { sizeProblem } from './limits';

export { MAX_IMPORT_BYTES } from './limits';

/** The graph formats rolegraph reads and writes (CSV, an edge list, is read by importFile). */
export type GraphFormat = 'json' | 'gexf' | 'graphml' | 'cyjs';
/** Every format a file can be imported from. */
export type ImportFormat = GraphFormat | 'csv';

/** A parser of graphology-gexf or graphology-graphml (their Node and browser builds differ). */
export type XmlGraphParser = (graphClass: typeof Graph, text: string) => Graph;

/** The graph-level attributes rolegraph knows, by the lower-case name GEXF's <meta> gives them. */
const GRAPH_ATTRIBUTES = ['id', 'title', 'description', 'sources', 'defaultPair', 'credit'];

/** A file could not be read as the format it claims to be. */
export class FormatError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'FormatError';
	}
}

/** JSON text back to its value; anything else unchanged. */
function fromJsonText(value: unknown): unknown {
	if (typeof value !== 'string' || !/^\s*[[{]/.test(value)) return value;
	try {
		return JSON.parse(value);
	} catch {
		return value;
	}
}

function decodeGraphAttributes(attributes: Record<string, unknown>): Record<string, unknown> {
	const decoded: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(attributes)) {
		const name = GRAPH_ATTRIBUTES.find((known) => known.toLowerCase() === key.toLowerCase()) ?? key;
		decoded[name] = name === 'sources' || name === 'defaultPair' ? fromJsonText(value) : value;
	}
	return decoded;
}

function decodeLists(attributes: Record<string, unknown>): Record<string, unknown> {
	const decoded = { ...attributes };
	for (const name of LIST_ATTRIBUTES) {
		if (name in decoded) decoded[name] = fromJsonText(decoded[name]);
	}
	return decoded;
}

/** A parsed graphology graph (from GEXF or GraphML) as rolegraph's serialised form. */
function serialised(graph: Graph): unknown {
	const nodes: unknown[] = [];
	graph.forEachNode((key, attributes) => nodes.push({ key, attributes: decodeLists(attributes) }));
	const edges: unknown[] = [];
	graph.forEachEdge((key, attributes, source, target) =>
		edges.push({ key, source, target, attributes: decodeLists(attributes) })
	);
	return { attributes: decodeGraphAttributes(graph.getAttributes()), nodes, edges };
}

function cyjsToSerialised(document: unknown): unknown {
	const { data = {}, elements } = (document ?? {}) as {
		data?: Record<string, unknown>;
		elements?: {
			nodes?: { data?: Record<string, unknown> }[];
			edges?: { data?: Record<string, unknown> }[];
		};
	};
	if (!elements || !Array.isArray(elements.nodes) || !Array.isArray(elements.edges)) {
		throw new FormatError('A .cyjs file needs "elements" with "nodes" and "edges" lists.');
	}
	const { name: _name, ...graphAttributes } = data;
	return {
		attributes: graphAttributes,
		nodes: elements.nodes.map((node) => {
			const { id, name: _label, ...attributes } = node.data ?? {};
			return { key: id, attributes };
		}),
		edges: elements.edges.map((edge) => {
			const { id, source, target, interaction: _type, ...attributes } = edge.data ?? {};
			return { key: id, source, target, attributes };
		})
	};
}

/** Line and column (from 1) of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	return { line, column: offset - before.lastIndexOf('\n') };
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch (error) {
		const message = (error as Error).message;
		const position = /position (\d+)/.exec(message);
		const where =
			position && !/line \d+/.test(message)
				? (({ line, column }) => ` (line ${line}, column ${column})`)(
						lineAndColumn(text, Number(position[1]))
					)
				: '';
		throw new FormatError(`Not valid JSON: ${message}${where}.`);
	}
}

/** Refuses XML that is not well-formed, naming the line and column (before any graph parser sees it). */
function checkXml(text: string, format: 'gexf' | 'graphml'): void {
	const result = XMLValidator.validate(text);
	if (result === true) return;
	const { line, col, msg } = result.err;
	throw new FormatError(
		`Not a readable ${format.toUpperCase()} file: the XML is broken at line ${line}, column ${col}: ${msg}`
	);
}

/**
 * The first edge of well-formed GEXF or GraphML text whose end is no node of the file, described
 * with its position and line (the graph parsers only say that one exists).
 */
function danglingEdge(text: string): string | undefined {
	const attribute = (tag: string, name: string) =>
		new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)
			.exec(tag)
			?.slice(1)
			.find((v) => v !== undefined);
	const nodes = new Set<string>();
	for (const match of text.matchAll(/<node\b(?:[^>"']|"[^"]*"|'[^']*')*>/g)) {
		const id = attribute(match[0], 'id');
		if (id !== undefined) nodes.add(id);
	}
	let index = 0;
	for (const match of text.matchAll(/<edge\b(?:[^>"']|"[^"]*"|'[^']*')*>/g)) {
		for (const end of ['source', 'target']) {
			const id = attribute(match[0], end);
			if (id !== undefined && !nodes.has(id)) {
				const { line } = lineAndColumn(text, match.index);
				return `edge ${index + 1} (line ${line}) has the ${end} "${id}", which is no node of the file (a dangling edge).`;
			}
		}
		index++;
	}
	return undefined;
}

/** What importing a file gave: the graph (validated), the format it was read as, and notes. */
export interface ImportedGraph {
	graph: SerializedKnowledgeGraph;
	format: ImportFormat;
	/** What was left out or filled in, said plainly; empty when the file was read as it is. */
	notices: string[];
}

/** The format a file is in, from its content first and its name second. */
export function detectFormat(name: string, text: string): ImportFormat {
	const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
	const head = text.slice(0, 4000).trimStart();
	if (head.startsWith('<')) {
		if (/<graphml[\s>]/.test(head)) return 'graphml';
		if (/<gexf[\s>]/.test(head)) return 'gexf';
		return extension === 'graphml' ? 'graphml' : 'gexf';
	}
	if (head.startsWith('{') || head.startsWith('[')) return extension === 'cyjs' ? 'cyjs' : 'json';
	return 'csv';
}

/** The size of text in bytes as UTF-8. */
function byteSize(text: string): number {
	return new Blob([text]).size;
}

/**
 * Readers of rolegraph's formats, built on the given GEXF and GraphML parsers (graphology-gexf
 * and graphology-graphml ship one build for Node and one for the browser).
 */
export function createReaders(parsers: { gexf: XmlGraphParser; graphml: XmlGraphParser }) {
	function parseRaw(text: string, format: GraphFormat): unknown {
		try {
			if (format === 'json') return parseJson(text);
			if (format === 'cyjs') return cyjsToSerialised(parseJson(text));
			checkXml(text, format);
			return serialised(parsers[format](Graph, text));
		} catch (error) {
			if (error instanceof FormatError) throw error;
			const dangling = format === 'gexf' || format === 'graphml' ? danglingEdge(text) : undefined;
			if (dangling) {
				throw new FormatError(`Not a readable ${format.toUpperCase()} file: ${dangling}`);
			}
			throw new FormatError(
				`Not a readable ${format.toUpperCase()} file: ${(error as Error).message}`
			);
		}
	}

	/** Reads text in one of rolegraph's graph formats into the serialised form, validated as it is. */
	function readSerialised(text: string, format: GraphFormat): SerializedKnowledgeGraph {
		return validateSerializedGraph(parseRaw(text, format));
	}

	/** Reads text in one of rolegraph's graph formats into a graph; throws FormatError or GraphValidationError. */
	function readGraph(text: string, format: GraphFormat): KnowledgeGraph {
		return fromValidated(readSerialised(text, format));
	}

	/**
	 * Reads a file a person brings: any of the formats (told apart by content, then name), with
	 * what other tools leave out filled in (title, sources, relations) and what rolegraph does not
	 * use left out, each said in a notice; then the same validation as graph/. Throws FormatError,
	 * CsvError or GraphValidationError, each naming the line or element.
	 */
	function importFile(name: string, text: string): ImportedGraph {
		const tooBig = sizeProblem(name, byteSize(text));
		if (tooBig) throw new FormatError(tooBig);
		const body = text.replace(/^\uFEFF/, '');
		if (body.trim() === '') throw new FormatError(`${name} is empty.`);
		// eslint-disable-next-line no-control-regex -- a NUL byte is how binary files give themselves away
		if (/\u0000/.test(body.slice(0, 4096))) {
			throw new FormatError(
				`${name} looks like a binary file; rolegraph imports JSON, GEXF, GraphML, .cyjs and CSV.`
			);
		}
		let format = detectFormat(name, body);
		if (format === 'csv') {
			const { data, locator, notices, problems } = readCsv(body, name);
			if (problems.length === 0) {
				return { graph: validateSerializedGraph(data, locator), format, notices };
			}
			// Every problem at once, in the order of the file: the rows' own and the schema's.
			const issues = problems.map(({ line, message }) => ({ where: `line ${line}`, message }));
			try {
				validateSerializedGraph(data, locator);
			} catch (error) {
				if (!(error instanceof GraphValidationError)) throw error;
				issues.push(...error.issues);
			}
			const lineOf = (where: string) => Number(/^line (\d+)/.exec(where)?.[1] ?? 0);
			throw new GraphValidationError(issues.sort((a, b) => lineOf(a.where) - lineOf(b.where)));
		}
		let raw = parseRaw(body, format);
		if (format === 'json' && isCyjs(raw)) {
			format = 'cyjs';
			raw = parseRaw(body, format);
		}
		const notices: string[] = [];
		if (format === 'gexf' || format === 'graphml') notices.push(...merged(body, raw));
		return { graph: validateSerializedGraph(withDefaults(raw, name, notices)), format, notices };
	}

	return { readSerialised, readGraph, importFile };
}

/**
 * The graph parsers merge a node or edge declared twice into one: say so, rather than let the
 * second declaration vanish without a word.
 */
function merged(text: string, raw: unknown): string[] {
	const { nodes = [], edges = [] } = raw as { nodes?: unknown[]; edges?: unknown[] };
	const count = (tag: string) => text.match(new RegExp(`<${tag}\\b`, 'g'))?.length ?? 0;
	const notices: string[] = [];
	const extraNodes = count('node') - nodes.length;
	const extraEdges = count('edge') - edges.length;
	if (extraNodes > 0) {
		notices.push(
			`${extraNodes} node declaration${extraNodes === 1 ? '' : 's'} repeated an id already declared; each was merged into the first (attributes combined).`
		);
	}
	if (extraEdges > 0) {
		notices.push(
			`${extraEdges} edge${extraEdges === 1 ? '' : 's'} repeated a link between the same two nodes; each was merged into the first (attributes combined).`
		);
	}
	return notices;
}

function isCyjs(raw: unknown): boolean {
	return typeof raw === 'object' && raw !== null && 'elements' in raw && !('nodes' in raw);
}

const KNOWN = {
	graph: Object.keys(graphAttributesSchema.shape),
	node: Object.keys(nodeAttributesSchema.shape),
	edge: Object.keys(edgeAttributesSchema.shape)
};

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Drops the attributes rolegraph does not know, counting them by name. */
function dropUnknown(
	attributes: Record<string, unknown>,
	known: string[],
	dropped: Map<string, number>
): void {
	for (const name of Object.keys(attributes)) {
		if (known.includes(name)) continue;
		delete attributes[name];
		dropped.set(name, (dropped.get(name) ?? 0) + 1);
	}
}

function describeDropped(what: string, dropped: Map<string, number>): string | undefined {
	if (dropped.size === 0) return undefined;
	const list = [...dropped].map(([name, n]) => `"${name}" (${n})`).join(', ');
	return `Left out ${what} attributes rolegraph does not use: ${list}.`;
}

/**
 * A graph from another tool, made ready for rolegraph's schema: graph attributes it lacks (id,
 * title, description, sources) and link attributes it lacks (relation, sources) are filled in,
 * attributes rolegraph does not use are left out — each said in `notices`. What rolegraph needs
 * and cannot guess (a node's category) is left for validation to report.
 */
function withDefaults(raw: unknown, fileName: string, notices: string[]): unknown {
	if (!isRecord(raw) || !Array.isArray(raw.nodes) || !Array.isArray(raw.edges)) return raw;
	const attributes = isRecord(raw.attributes) ? { ...raw.attributes } : {};
	const droppedGraph = new Map<string, number>();
	dropUnknown(attributes, KNOWN.graph, droppedGraph);
	const base = fileName.replace(/\.[^.]*$/, '') || 'Imported graph';
	attributes.id ??= 'imported';
	attributes.title ??= base;
	attributes.description ??= `Imported from ${fileName}.`;
	const sources = Array.isArray(attributes.sources) ? [...attributes.sources] : [];

	const categories = new Map<unknown, unknown>();
	const droppedNodes = new Map<string, number>();
	for (const node of raw.nodes) {
		if (!isRecord(node) || !isRecord(node.attributes)) continue;
		dropUnknown(node.attributes, KNOWN.node, droppedNodes);
		if (node.attributes.label === undefined && typeof node.key === 'string') {
			node.attributes.label = node.key;
		}
		categories.set(node.key, node.attributes.category);
	}

	const droppedEdges = new Map<string, number>();
	let uncited = 0;
	let unrelated = 0;
	for (const edge of raw.edges) {
		if (!isRecord(edge)) continue;
		if (!isRecord(edge.attributes)) edge.attributes = {};
		const edgeAttributes = edge.attributes as Record<string, unknown>;
		dropUnknown(edgeAttributes, KNOWN.edge, droppedEdges);
		if (edgeAttributes.sources === undefined) {
			edgeAttributes.sources = [FILE_SOURCE];
			uncited++;
		}
		if (edgeAttributes.relation === undefined) {
			edgeAttributes.relation = defaultRelation(categories.get(edge.target));
			unrelated++;
		}
		delete edge.undirected;
	}
	if (uncited > 0 && !sources.some((s) => isRecord(s) && s.id === FILE_SOURCE)) {
		sources.push({
			id: FILE_SOURCE,
			title: fileName,
			summary: `The imported file ${fileName} itself.`
		});
	}
	attributes.sources = sources;

	const said = [
		describeDropped('graph', droppedGraph),
		describeDropped('node', droppedNodes),
		describeDropped('link', droppedEdges),
		uncited > 0
			? `${uncited} link${uncited === 1 ? '' : 's'} named no source; they cite the file itself.`
			: undefined,
		unrelated > 0
			? `${unrelated} link${unrelated === 1 ? '' : 's'} named no relation; each got the one that fits its target's category.`
			: undefined
	];
	notices.push(...said.filter((line): line is string => line !== undefined));
	return { attributes, nodes: raw.nodes, edges: raw.edges };
}

export { GraphValidationError };
