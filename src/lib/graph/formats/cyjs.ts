import type { KnowledgeGraph } from '../types';
import { defineFormat, type Positions } from './format';
import { FormatError } from './format-error';

/**
 * The graph as Cytoscape desktop writes a network (.cyjs): `directed` and `multigraph` at the top
 * (NetworkX's `cytoscape_graph` reads them), the network's `name` and `shared_name`, and in each
 * element's `data` Cytoscape's own columns — a node's `name` and `shared_name` (its label), an
 * edge's `interaction` and `shared_interaction` (its relation) and `name`/`shared_name`
 * ("source (relation) target") — then rolegraph's attributes as columns (lists as list columns).
 * Each node's `value` is its id, as NetworkX needs. Positions are written when there are any.
 */
export function toCyjs(graph: KnowledgeGraph, positions?: Positions) {
	const nodes: unknown[] = [];
	graph.forEachNode((id, attributes) => {
		const position = positions?.get(id);
		nodes.push({
			data: { id, value: id, shared_name: attributes.label, name: attributes.label, ...attributes },
			...(position ? { position } : {})
		});
	});
	const edges: unknown[] = [];
	graph.forEachEdge((edge, attributes, source, target, sourceAttributes, targetAttributes) => {
		const name = `${sourceAttributes.label} (${attributes.relation}) ${targetAttributes.label}`;
		edges.push({
			data: {
				id: edge,
				source,
				target,
				shared_name: name,
				shared_interaction: attributes.relation,
				name,
				interaction: attributes.relation,
				...attributes
			}
		});
	});
	const title = graph.getAttribute('title');
	return {
		format_version: '1.0',
		generated_by: 'rolegraph',
		target_cytoscapejs_version: '~2.1',
		directed: true,
		multigraph: false,
		data: { shared_name: title, name: title, ...graph.getAttributes() },
		elements: { nodes, edges }
	};
}

type Data = Record<string, unknown>;
interface Element {
	data?: Data;
	group?: string;
	position?: unknown;
}

/** Cytoscape's own columns, left out when read: derived from rolegraph's, or bookkeeping. */
const NODE_COLUMNS = ['shared_name', 'SUID', 'selected'];
const EDGE_COLUMNS = ['shared_name', 'shared_interaction', 'SUID', 'selected'];

function omit(data: Data, names: string[]): Data {
	const kept = { ...data };
	for (const name of names) delete kept[name];
	return kept;
}

/** The elements of any Cytoscape JSON: desktop's `{elements: {nodes, edges}}`, or Cytoscape.js's arrays. */
function elementsOf(document: unknown): { nodes: Element[]; edges: Element[]; data: Data } {
	const isRecord = (value: unknown): value is Record<string, unknown> =>
		typeof value === 'object' && value !== null && !Array.isArray(value);
	const root = isRecord(document) ? document : {};
	const data = isRecord(root.data) ? root.data : {};
	const elements = Array.isArray(document) ? document : root.elements;
	if (Array.isArray(elements)) {
		const list = elements.filter(isRecord) as Element[];
		const isEdge = (element: Element) =>
			element.group === 'edges' ||
			(element.group !== 'nodes' &&
				element.data?.source !== undefined &&
				element.data?.target !== undefined);
		return { nodes: list.filter((e) => !isEdge(e)), edges: list.filter(isEdge), data };
	}
	if (isRecord(elements) && Array.isArray(elements.nodes)) {
		const edges = Array.isArray(elements.edges) ? elements.edges : [];
		return {
			nodes: elements.nodes.filter(isRecord) as Element[],
			edges: edges.filter(isRecord) as Element[],
			data
		};
	}
	throw new FormatError(
		'A Cytoscape file needs "elements": an object with "nodes" and "edges" lists (Cytoscape desktop), or a list of elements (Cytoscape.js).'
	);
}

/**
 * Cytoscape JSON as graphology's serialisation: a node's `name` is its label unless it has one;
 * an edge's `interaction` is kept for the mapping step unless it is rolegraph's own relation;
 * Cytoscape's bookkeeping columns (SUID, selected, shared_name) are left out.
 */
function fromCyjs(document: unknown): { graph: unknown; notices: string[] } {
	const { nodes, edges, data } = elementsOf(document);
	const { name: networkName, ...graphAttributes } = omit(data, [
		'shared_name',
		'SUID',
		'selected',
		'__Annotations'
	]);
	if (
		graphAttributes.title === undefined &&
		typeof networkName === 'string' &&
		networkName.trim()
	) {
		graphAttributes.title = networkName;
	}
	return {
		graph: {
			attributes: graphAttributes,
			nodes: nodes.map((node) => {
				const { id, name, value, ...attributes } = omit(node.data ?? {}, NODE_COLUMNS);
				if (attributes.label === undefined && name !== undefined) attributes.label = name;
				if (value !== undefined && value !== id) attributes.value = value;
				return { key: typeof id === 'number' ? String(id) : id, attributes };
			}),
			edges: edges.map((edge, index) => {
				const {
					id,
					source,
					target,
					name: _name,
					interaction,
					...attributes
				} = omit(edge.data ?? {}, EDGE_COLUMNS);
				if (source === undefined || target === undefined) {
					const missing = source === undefined ? 'source' : 'target';
					throw new FormatError(`Edge ${index + 1} of the Cytoscape file has no ${missing}.`);
				}
				if (interaction !== undefined && interaction !== attributes.relation) {
					attributes.interaction = interaction;
				}
				const key = id === undefined ? {} : { key: String(id) };
				return { ...key, source: String(source), target: String(target), attributes };
			})
		},
		notices: []
	};
}

/** Whether a JSON value is Cytoscape's: desktop's document, or Cytoscape.js elements. */
function isCytoscape(value: unknown): boolean {
	if (Array.isArray(value)) {
		return (
			value.length > 0 && value.every((e) => typeof e === 'object' && e !== null && 'data' in e)
		);
	}
	return typeof value === 'object' && value !== null && 'elements' in value && !('nodes' in value);
}

/** Cytoscape desktop's JSON (.cyjs), and Cytoscape.js's elements (an array, or `{elements}`). */
export const cyjs = defineFormat({
	id: 'cyjs',
	label: 'Cytoscape desktop (.cyjs)',
	name: '.cyjs',
	extensions: ['cyjs'],
	mime: 'application/json',
	detect(file) {
		if (!/^[[{]/.test(file.head())) return 0;
		return isCytoscape(file.jsonIfAny()) ? 2 : 1;
	},
	async read(file) {
		return fromCyjs(file.json());
	},
	async writeGraph(graph, options) {
		return JSON.stringify(toCyjs(graph, options?.positions), null, 2);
	}
});
