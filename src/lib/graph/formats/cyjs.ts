import type { KnowledgeGraph } from '../types';
import { defineFormat } from './format';
import { FormatError } from './format-error';

/**
 * The graph as Cytoscape desktop JSON (.cyjs): `elements.nodes` / `elements.edges`, each with
 * its attributes in `data`. Cytoscape shows `name` as a node's label and `interaction` as an
 * edge's type, so those are filled in too. Lists stay JSON arrays (Cytoscape's list columns).
 */
export function toCyjs(graph: KnowledgeGraph, positions?: Map<string, { x: number; y: number }>) {
	const nodes: unknown[] = [];
	graph.forEachNode((id, attributes) => {
		const position = positions?.get(id);
		nodes.push({
			data: { id, name: attributes.label, ...attributes },
			...(position ? { position } : {})
		});
	});
	const edges: unknown[] = [];
	graph.forEachEdge((edge, attributes, source, target) => {
		edges.push({
			data: { id: edge, source, target, interaction: attributes.relation, ...attributes }
		});
	});
	return {
		format_version: '1.0',
		generated_by: 'rolegraph',
		target_cytoscapejs_version: '~2.1',
		data: { name: graph.getAttribute('title'), ...graph.getAttributes() },
		elements: { nodes, edges }
	};
}

/** A Cytoscape desktop document as graphology's serialisation (Cytoscape's own names dropped). */
function fromCyjs(document: unknown): unknown {
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

/** Whether a JSON value is a Cytoscape document rather than graphology's serialisation. */
function isCyjs(value: unknown): boolean {
	return typeof value === 'object' && value !== null && 'elements' in value && !('nodes' in value);
}

/** Cytoscape desktop's JSON (.cyjs). */
export const cyjs = defineFormat({
	id: 'cyjs',
	label: 'Cytoscape desktop (.cyjs)',
	name: '.cyjs',
	extensions: ['cyjs'],
	mime: 'application/json',
	detect(file) {
		if (!/^[[{]/.test(file.head())) return 0;
		return isCyjs(file.jsonIfAny()) ? 2 : 1;
	},
	async read(file) {
		return { graph: fromCyjs(file.json()), notices: [] };
	},
	async writeGraph(graph) {
		return JSON.stringify(toCyjs(graph), null, 2);
	}
});
