import type { KnowledgeGraph } from '../types';

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
