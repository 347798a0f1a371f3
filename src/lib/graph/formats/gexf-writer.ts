import type { GraphAttributes, KnowledgeGraph } from '../types';
import { xmlBuilder } from './xml-text';

/**
 * GEXF 1.3, valid against its schema (gexf.net/1.3), written for Gephi to keep what matters:
 *
 * - `<meta>` holds only what the schema allows (creator, description). Gephi shows the
 *   description, so it carries the title, the description, the credit the data's licence asks for
 *   (O*NET's CC BY) and, on its last line, rolegraph's graph data as JSON (sources, default
 *   pair…), which survives a trip through Gephi and reads back exactly.
 * - Node and edge attributes are typed (integer, long, double, boolean, string); lists are
 *   `liststring`, written as Gephi writes them: `[a, b]`, an item quoted (`"a, b"`, with `\\` and
 *   `\"` escaped) when it holds a space, comma, bracket, quote or backslash, or is empty.
 */

/** The line of a GEXF description that holds rolegraph's graph data. */
export const GRAPH_DATA_MARK = 'rolegraph graph data (JSON): ';

type GexfType = 'string' | 'integer' | 'long' | 'double' | 'boolean' | 'liststring';

const INT_MAX = 2 ** 31 - 1;

function typeOf(value: unknown): GexfType {
	if (Array.isArray(value)) return 'liststring';
	if (typeof value === 'boolean') return 'boolean';
	if (typeof value === 'number') {
		if (!Number.isInteger(value)) return 'double';
		return Math.abs(value) > INT_MAX ? 'long' : 'integer';
	}
	return 'string';
}

function widen(a: GexfType, b: GexfType): GexfType {
	if (a === b) return a;
	const numeric = new Set<GexfType>(['integer', 'long', 'double']);
	if (numeric.has(a) && numeric.has(b)) {
		return a === 'double' || b === 'double' ? 'double' : 'long';
	}
	return 'string';
}

/** An item of a GEXF list, quoted when Gephi or graphology-gexf would otherwise split or trim it. */
function listItem(value: unknown): string {
	const text = String(value);
	if (text !== '' && text !== 'null' && !/[\s,[\]()"'\\]/.test(text)) return text;
	return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function attvalue(value: unknown): string {
	return Array.isArray(value) ? `[${value.map(listItem).join(', ')}]` : String(value);
}

function model(records: Iterable<Record<string, unknown>>, skip: string[]): Map<string, GexfType> {
	const types = new Map<string, GexfType>();
	for (const record of records) {
		for (const [name, value] of Object.entries(record)) {
			if (value === undefined || skip.includes(name)) continue;
			const known = types.get(name);
			types.set(name, known ? widen(known, typeOf(value)) : typeOf(value));
		}
	}
	return types;
}

function attributesElement(className: 'node' | 'edge', types: Map<string, GexfType>) {
	return {
		'@_class': className,
		'@_mode': 'static',
		attribute: [...types].map(([name, type]) => ({
			'@_id': name,
			'@_title': name,
			'@_type': type
		}))
	};
}

function attvalues(types: Map<string, GexfType>, record: Record<string, unknown>) {
	const values = [...types.keys()]
		.filter((name) => record[name] !== undefined)
		.map((name) => ({ '@_for': name, '@_value': attvalue(record[name]) }));
	return values.length > 0 ? { attvalues: { attvalue: values } } : {};
}

/** The credit lines the graph's data asks for: the graph's own, then its sources'. */
function credits(attributes: GraphAttributes): string[] {
	const lines = [attributes.credit, ...attributes.sources.map((source) => source.credit)];
	return [...new Set(lines.filter((line): line is string => Boolean(line)))];
}

/** What Gephi shows as the graph's description: title, description, credit, and the data line. */
export function gexfDescription(attributes: GraphAttributes): string {
	return [
		attributes.title,
		attributes.description,
		...credits(attributes),
		`${GRAPH_DATA_MARK}${JSON.stringify(attributes)}`
	].join('\n\n');
}

/** The graph as GEXF 1.3. */
export async function toGexf(graph: KnowledgeGraph): Promise<string> {
	const nodeRecords: Record<string, unknown>[] = [];
	graph.forEachNode((_id, attributes) => nodeRecords.push(attributes as never));
	const edgeRecords: Record<string, unknown>[] = [];
	graph.forEachEdge((_edge, attributes) => edgeRecords.push(attributes as never));
	const nodeTypes = model(nodeRecords, ['label']);
	const edgeTypes = model(edgeRecords, []);
	const nodes: unknown[] = [];
	graph.forEachNode((id, attributes) =>
		nodes.push({
			'@_id': id,
			'@_label': attributes.label,
			...attvalues(nodeTypes, attributes as never)
		})
	);
	const edges: unknown[] = [];
	graph.forEachEdge((edge, attributes, source, target) =>
		edges.push({
			'@_id': edge,
			'@_source': source,
			'@_target': target,
			...attvalues(edgeTypes, attributes as never)
		})
	);
	const body = (await xmlBuilder()).build({
		gexf: {
			'@_xmlns': 'http://gexf.net/1.3',
			'@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
			'@_xsi:schemaLocation': 'http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd',
			'@_version': '1.3',
			meta: {
				creator: 'rolegraph',
				description: gexfDescription(graph.getAttributes())
			},
			graph: {
				'@_defaultedgetype': 'directed',
				'@_mode': 'static',
				attributes: [attributesElement('node', nodeTypes), attributesElement('edge', edgeTypes)],
				nodes: { '@_count': graph.order, node: nodes },
				edges: { '@_count': graph.size, edge: edges }
			}
		}
	});
	return `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
}
