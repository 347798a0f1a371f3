import { defineFormat, type Reading } from './format';
import { FormatError } from './format-error';

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** The links list of a node-link document: d3's `links`, or NetworkX's newer `edges`. */
function linksOf(document: Json): unknown[] | undefined {
	if (Array.isArray(document.links)) return document.links;
	// graphology's own serialisation has `edges` too, but its nodes have `key`, not `id`.
	return Array.isArray(document.edges) ? document.edges : undefined;
}

/** Whether a JSON value is a node-link document (d3's, NetworkX's node_link_data) rather than graphology's. */
function isNodeLink(value: unknown): boolean {
	if (!isRecord(value) || !Array.isArray(value.nodes) || !linksOf(value)) return false;
	const first = value.nodes.find(isRecord);
	return first !== undefined && 'id' in first && !('key' in first);
}

/**
 * A node-link document as graphology's serialisation: nodes with `id` and their other fields as
 * attributes; links with `source` and `target` (ids, indexes into nodes, or node objects as d3's
 * simulation leaves them) and their other fields.
 */
function fromNodeLink(document: Json): Reading {
	const rawNodes = (document.nodes as unknown[]).filter(isRecord);
	const ids = rawNodes.map((node) => (node.id === undefined ? undefined : String(node.id)));
	const end = (value: unknown, which: string, index: number): string => {
		if (isRecord(value) && value.id !== undefined) return String(value.id);
		if (typeof value === 'number' && !ids.includes(String(value)) && ids[value] !== undefined) {
			return ids[value]!;
		}
		if (typeof value === 'string' || typeof value === 'number') return String(value);
		throw new FormatError(`Not a readable node-link file: link ${index + 1} has no ${which}.`);
	};
	const nodes = rawNodes.map((node, index) => {
		const { id, ...attributes } = node;
		if (id === undefined)
			throw new FormatError(`Not a readable node-link file: node ${index + 1} has no id.`);
		return { key: String(id), attributes };
	});
	const edges = linksOf(document)!
		.filter(isRecord)
		.map((link, index) => {
			const { source, target, key: _key, id: _id, ...attributes } = link;
			return {
				source: end(source, 'source', index),
				target: end(target, 'target', index),
				attributes
			};
		});
	const graphAttributes = isRecord(document.graph) ? { ...document.graph } : {};
	if (typeof graphAttributes.name === 'string') graphAttributes.title ??= graphAttributes.name;
	return {
		graph: { attributes: graphAttributes, nodes, edges },
		notices: [],
		...(document.directed === true ? {} : { undirected: true })
	};
}

/** d3's node-link JSON (`nodes` with `id`, `links` with `source`/`target`), and NetworkX's node_link_data. */
export const d3 = defineFormat({
	id: 'd3',
	label: 'd3 / NetworkX node-link JSON',
	name: 'node-link JSON',
	extensions: ['json'],
	mime: 'application/json',
	detect(file) {
		if (!/^[[{]/.test(file.head())) return 0;
		return isNodeLink(file.jsonIfAny()) ? 2 : 0;
	},
	async read(file) {
		return fromNodeLink(file.json() as Json);
	}
});
