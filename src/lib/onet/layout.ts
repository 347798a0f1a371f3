import { Graph } from '../graph/graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { SerializedKnowledgeGraph } from '../graph/schema';
import { random } from '../graph/random';

/** A layout: node id and position. */
export interface Placed {
	id: string;
	x: number;
	y: number;
}

/**
 * Positions for the technology graph (occupations and the technologies they list), computed
 * with ForceAtlas2 once, at import: a force layout of ~10k nodes takes far too long in a browser.
 * `family` limits it to the occupations whose code starts with it (and their technologies).
 * Deterministic: seeded start positions and a fixed number of iterations.
 */
export function technologyLayout(
	data: SerializedKnowledgeGraph,
	{ family, iterations = 300 }: { family?: string; iterations?: number } = {}
): Placed[] {
	const graph = new Graph({ type: 'undirected' });
	const categories = new Map(data.nodes.map((node) => [node.key, node.attributes.category]));
	for (const edge of data.edges) {
		if (categories.get(edge.target) !== 'technology') continue;
		if (family && !edge.source.startsWith(`${family}-`)) continue;
		graph.mergeNode(edge.source);
		graph.mergeNode(edge.target);
		graph.mergeEdge(edge.source, edge.target);
	}
	if (graph.order === 0) return [];
	const next = random(29);
	const spread = Math.sqrt(graph.order) * 10;
	graph.forEachNode((node) => {
		graph.setNodeAttribute(node, 'x', (next() - 0.5) * spread);
		graph.setNodeAttribute(node, 'y', (next() - 0.5) * spread);
	});
	const settings = forceAtlas2.inferSettings(graph);
	forceAtlas2.assign(graph, {
		iterations,
		settings: { ...settings, barnesHutOptimize: graph.order > 2000, gravity: 1, scalingRatio: 20 }
	});
	return graph.mapNodes((id, attributes) => ({
		id,
		x: Math.round(attributes.x * 10) / 10,
		y: Math.round(attributes.y * 10) / 10
	}));
}
