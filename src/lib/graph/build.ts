import { Graph } from './graphology';
import type { SerializedKnowledgeGraph } from './schema';
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from './types';
import { validateSerializedGraph, type Locator } from './validate';

/** The key an edge gets when its data names none: stable across loads, so exports diff cleanly. */
export function edgeKey(source: string, target: string): string {
	return `${source}->${target}`;
}

/**
 * Validates serialised graph data and builds the typed graph from it. Nothing is added unless
 * all of it is valid, so a caller never holds a half-built graph.
 */
export function buildGraph(input: unknown, locate?: Locator): KnowledgeGraph {
	const data = validateSerializedGraph(input, locate);
	return fromValidated(data);
}

/** Builds the graph from data that has already passed validateSerializedGraph. */
export function fromValidated(data: SerializedKnowledgeGraph): KnowledgeGraph {
	const graph: KnowledgeGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({
		type: 'directed',
		multi: false,
		allowSelfLoops: false
	});
	graph.replaceAttributes(data.attributes);
	for (const node of data.nodes) graph.addNode(node.key, node.attributes);
	for (const edge of data.edges) {
		graph.addEdgeWithKey(
			edge.key ?? edgeKey(edge.source, edge.target),
			edge.source,
			edge.target,
			edge.attributes
		);
	}
	return graph;
}
