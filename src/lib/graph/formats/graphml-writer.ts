import type { KnowledgeGraph } from '../types';
import { encodeGraphAttributes } from './encoding';
import { encodeNameToken, xmlBuilder } from './xml-text';

type Scope = 'graph' | 'node' | 'edge';
type KeyType = 'string' | 'int' | 'long' | 'double' | 'boolean';

interface Key {
	id: string;
	name: string;
	type: KeyType;
	list: boolean;
}

/** What a <desc> of rolegraph's GraphML says; the reader knows rolegraph's files by it. */
export const ROLEGRAPH_GRAPHML_DESC =
	'Written by rolegraph. Ids hold letters, digits, "." and "-" as they are and any other character as "_" + its code point in hex + "_" (a space is _20_), as GraphML ids must be XML name tokens.';

const INT_MAX = 2 ** 31 - 1;

function typeOf(value: unknown): KeyType {
	if (typeof value === 'boolean') return 'boolean';
	if (typeof value === 'number') {
		if (!Number.isInteger(value)) return 'double';
		return Math.abs(value) > INT_MAX ? 'long' : 'int';
	}
	return 'string';
}

/** The narrowest type that holds values of both types: numbers widen to double, anything else mixed to string. */
function widen(a: KeyType, b: KeyType): KeyType {
	if (a === b) return a;
	const numeric = new Set<KeyType>(['int', 'long', 'double']);
	if (numeric.has(a) && numeric.has(b)) {
		return a === 'double' || b === 'double' ? 'double' : 'long';
	}
	return 'string';
}

/** One <key> per attribute name in use, typed by its values. */
function model(scope: Scope, records: Iterable<object>): Map<string, Key> {
	const keys = new Map<string, Key>();
	for (const record of records) {
		for (const [name, value] of Object.entries(record)) {
			if (value === undefined) continue;
			const list = Array.isArray(value);
			const type = list ? 'string' : typeOf(value);
			const known = keys.get(name);
			if (!known) keys.set(name, { id: `${scope[0]}-${encodeNameToken(name)}`, name, type, list });
			else known.type = widen(known.type, type);
		}
	}
	return keys;
}

function text(value: unknown): string {
	return Array.isArray(value) ? JSON.stringify(value) : String(value);
}

function data(keys: Map<string, Key>, attributes: object) {
	const record = attributes as Record<string, unknown>;
	return [...keys.values()]
		.filter((key) => record[key.name] !== undefined)
		.map((key) => ({ '@_key': key.id, '#text': text(record[key.name]) }));
}

function isJsonText(value: unknown): boolean {
	return typeof value === 'string' && /^[[{]/.test(value);
}

/**
 * The graph as GraphML 1.0, valid against its schema: one typed <key> per attribute (numbers stay
 * numbers: int, long or double), ids as XML name tokens (see ROLEGRAPH_GRAPHML_DESC), lists as
 * JSON arrays in string keys whose <desc> says so, and every character written so that it reads
 * back as it was (xml-text.ts).
 */
export async function toGraphml(graph: KnowledgeGraph): Promise<string> {
	const graphData = encodeGraphAttributes(graph.getAttributes());
	const { id: graphId = 'G', ...graphFields } = graphData;
	const nodeRecords: object[] = [];
	graph.forEachNode((_id, attributes) => nodeRecords.push(attributes));
	const edgeRecords: object[] = [];
	graph.forEachEdge((_edge, attributes) => edgeRecords.push(attributes));
	const keys: [Scope, Map<string, Key>][] = [
		['graph', model('graph', [graphFields])],
		['node', model('node', nodeRecords)],
		['edge', model('edge', edgeRecords)]
	];
	const keyElements = keys.flatMap(([scope, map]) =>
		[...map.values()].map((key) => ({
			...(key.list || (scope === 'graph' && isJsonText(graphFields[key.name]))
				? { desc: key.list ? 'JSON array' : 'JSON value' }
				: {}),
			'@_id': key.id,
			'@_for': scope,
			'@_attr.name': key.name,
			'@_attr.type': key.type
		}))
	);
	const nodes: unknown[] = [];
	graph.forEachNode((id, attributes) =>
		nodes.push({ '@_id': encodeNameToken(id), data: data(keys[1]![1], attributes) })
	);
	const edges: unknown[] = [];
	graph.forEachEdge((edge, attributes, source, target) =>
		edges.push({
			'@_id': encodeNameToken(edge),
			'@_source': encodeNameToken(source),
			'@_target': encodeNameToken(target),
			data: data(keys[2]![1], attributes)
		})
	);
	const body = (await xmlBuilder()).build({
		graphml: {
			'@_xmlns': 'http://graphml.graphdrawing.org/xmlns',
			'@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
			'@_xsi:schemaLocation':
				'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
			desc: ROLEGRAPH_GRAPHML_DESC,
			key: keyElements,
			graph: {
				'@_id': encodeNameToken(String(graphId)),
				'@_edgedefault': 'directed',
				data: data(keys[0]![1], graphFields),
				node: nodes,
				edge: edges
			}
		}
	});
	return `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
}
