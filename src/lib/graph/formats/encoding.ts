import type { GraphAttributes } from '../types';

/**
 * How lists and objects travel in formats that only hold text and numbers.
 *
 * - Node and edge lists (aliases, sources): GEXF 1.3 list syntax in GEXF, JSON arrays in
 *   GraphML (attr.type "string", the key's <desc> says so), native arrays in JSON and .cyjs.
 * - Graph-level values that are not scalars (sources, defaultPair): JSON text, in GEXF <meta>
 *   and in GraphML <data> on the <graph> element.
 */
export const LIST_ATTRIBUTES = ['aliases', 'sources', 'unrated'] as const;

/** Graph attributes with every non-scalar value as JSON text. */
export function encodeGraphAttributes(
	attributes: GraphAttributes
): Record<string, string | number | boolean> {
	const encoded: Record<string, string | number | boolean> = {};
	for (const [key, value] of Object.entries(attributes)) {
		if (value === undefined) continue;
		encoded[key] = typeof value === 'object' ? JSON.stringify(value) : (value as string);
	}
	return encoded;
}

/** The graph-level attributes rolegraph knows, by the lower-case name GEXF's <meta> gives them. */
const GRAPH_ATTRIBUTES = [
	'id',
	'title',
	'description',
	'sources',
	'defaultPair',
	'credit',
	'fields',
	'families'
];

/** Graph attributes whose values are lists or objects, carried as JSON text. */
const JSON_GRAPH_ATTRIBUTES = new Set(['sources', 'defaultPair', 'fields', 'families']);

/** JSON text back to its value; anything else unchanged. */
function fromJsonText(value: unknown): unknown {
	if (typeof value !== 'string' || !/^\s*[[{]/.test(value)) return value;
	try {
		return JSON.parse(value);
	} catch {
		return value;
	}
}

/** Graph attributes read from GEXF or GraphML, with their names and JSON values restored. */
export function decodeGraphAttributes(
	attributes: Record<string, unknown>
): Record<string, unknown> {
	const decoded: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(attributes)) {
		const name = GRAPH_ATTRIBUTES.find((known) => known.toLowerCase() === key.toLowerCase()) ?? key;
		decoded[name] = JSON_GRAPH_ATTRIBUTES.has(name) ? fromJsonText(value) : value;
	}
	return decoded;
}

/** Node or edge attributes read from GraphML, with their lists restored from JSON text. */
export function decodeLists(attributes: Record<string, unknown>): Record<string, unknown> {
	const decoded = { ...attributes };
	for (const name of LIST_ATTRIBUTES) {
		if (name in decoded) decoded[name] = fromJsonText(decoded[name]);
	}
	return decoded;
}

/** A file-safe name from a title: "Backend Engineer vs Backend Developer" → "backend-engineer-vs-backend-developer". */
export function fileSlug(title: string): string {
	const slug = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 80)
		.replace(/-+$/g, '');
	return slug || 'rolegraph';
}
