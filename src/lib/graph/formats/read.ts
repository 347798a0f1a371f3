import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { fromValidated } from '../build';
import { GraphValidationError } from '../errors';
import type { SerializedKnowledgeGraph } from '../schema';
import type { KnowledgeGraph } from '../types';
import { validateSerializedGraph } from '../validate';
import { LIST_ATTRIBUTES } from './encoding';

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

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch (error) {
		throw new FormatError(`Not valid JSON: ${(error as Error).message}`);
	}
}

/** Reads text in one of rolegraph's graph formats into the serialised form, validated. */
export function readSerialised(
	text: string,
	format: 'json' | 'gexf' | 'graphml' | 'cyjs'
): SerializedKnowledgeGraph {
	let raw: unknown;
	try {
		if (format === 'json') raw = parseJson(text);
		else if (format === 'cyjs') raw = cyjsToSerialised(parseJson(text));
		else if (format === 'gexf') raw = serialised(parseGexf(Graph, text));
		else raw = serialised(parseGraphml(Graph, text));
	} catch (error) {
		if (error instanceof FormatError) throw error;
		throw new FormatError(
			`Not a readable ${format.toUpperCase()} file: ${(error as Error).message}`
		);
	}
	return validateSerializedGraph(raw);
}

/** Reads text in one of rolegraph's graph formats into a graph; throws FormatError or GraphValidationError. */
export function readGraph(
	text: string,
	format: 'json' | 'gexf' | 'graphml' | 'cyjs'
): KnowledgeGraph {
	return fromValidated(readSerialised(text, format));
}

export { GraphValidationError };
