import { defineFormat, type Reading } from './format';
import { FormatError } from './format-error';
import type { GmlPair, GmlValue } from './gml-parse';

/** GML starts with optional comments and pairs (Creator "…", Version 1), then `graph [`. */
const GML_START = /^(?:#[^\n]*\n\s*|[A-Za-z_]\w*\s+(?:"[^"]*"|[^\s[\]]+)\s+)*graph\s*\[/;

function scalars(pairs: GmlPair[], lists: Map<string, number>): Record<string, unknown> {
	const attributes: Record<string, unknown> = {};
	for (const [key, value] of pairs) {
		if (Array.isArray(value)) {
			lists.set(key, (lists.get(key) ?? 0) + 1);
			continue;
		}
		attributes[key] = value;
	}
	return attributes;
}

function id(value: GmlValue | undefined): string | undefined {
	return typeof value === 'number' || typeof value === 'string' ? String(value) : undefined;
}

/** A GML document as graphology's serialisation (not yet validated). */
function fromGml(pairs: GmlPair[]): Reading {
	const graph = pairs.find(([key]) => key === 'graph')?.[1];
	if (!Array.isArray(graph))
		throw new FormatError('Not a readable GML file: it has no graph [ … ].');
	const lists = new Map<string, number>();
	const nodes: unknown[] = [];
	const edges: unknown[] = [];
	const graphAttributes: Record<string, unknown> = {};
	let directed = false;
	for (const [key, value] of graph) {
		if (key === 'node' && Array.isArray(value)) {
			const { id: _id, ...attributes } = scalars(value, lists);
			const key = id(value.find(([k]) => k === 'id')?.[1]);
			if (key === undefined)
				throw new FormatError(`Not a readable GML file: node ${nodes.length + 1} has no id.`);
			nodes.push({ key, attributes });
		} else if (key === 'edge' && Array.isArray(value)) {
			const { source, target, ...attributes } = scalars(value, lists);
			if (id(source as GmlValue) === undefined || id(target as GmlValue) === undefined) {
				throw new FormatError(
					`Not a readable GML file: edge ${edges.length + 1} has no source or target.`
				);
			}
			edges.push({ source: String(source), target: String(target), attributes });
		} else if (key === 'directed') directed = value === 1;
		else if (!Array.isArray(value)) {
			if ((key === 'label' || key === 'name') && typeof value === 'string')
				graphAttributes.title ??= value;
			else graphAttributes[key] = value;
		}
	}
	const left = [...lists].map(([key, n]) => `"${key}" (${n.toLocaleString('en')})`);
	return {
		graph: { attributes: graphAttributes, nodes, edges },
		notices:
			left.length > 0
				? [`Left out GML lists rolegraph does not use (drawing and the like): ${left.join(', ')}.`]
				: [],
		...(directed ? {} : { undirected: true })
	};
}

/** GML (igraph, NetworkX, Gephi, Cytoscape): read only. */
export const gml = defineFormat({
	id: 'gml',
	label: 'GML (igraph, NetworkX)',
	name: 'GML',
	extensions: ['gml'],
	mime: 'text/plain',
	detect(file) {
		const head = file.head();
		if (GML_START.test(head)) return 2;
		return file.extension === 'gml' && /^[#A-Za-z]/.test(head) ? 1 : 0;
	},
	async read(file) {
		const { parseGml } = await import('./gml-parse');
		return fromGml(parseGml(file.text()));
	}
});
