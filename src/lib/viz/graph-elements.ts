import type { ElementDefinition } from 'cytoscape';
import type { NodeSummary, Relation } from '../graph/types';
import { nodeClasses, STRUCTURAL } from './ids';

/**
 * Elements for a whole graph, roles drawn as hubs. Nodes start on a circle in a fixed order so
 * a force layout run without randomising gives the same picture every time.
 */
export function wholeGraphElements(
	nodes: readonly NodeSummary[],
	edges: readonly { source: string; target: string; relation: Relation }[]
): ElementDefinition[] {
	const radius = Math.max(200, nodes.length * 12);
	const elements: ElementDefinition[] = nodes.map((node, index) => {
		const angle = (2 * Math.PI * index) / Math.max(1, nodes.length);
		return {
			group: 'nodes',
			data: { id: node.id, label: node.label, category: node.category },
			position: { x: radius * Math.cos(angle), y: radius * Math.sin(angle) },
			classes: nodeClasses(node.category, node.category === 'role' ? 'hub' : 'item')
		};
	});
	for (const edge of edges) {
		elements.push({
			group: 'edges',
			data: {
				id: `${STRUCTURAL}link:${edge.source}->${edge.target}`,
				source: edge.source,
				target: edge.target
			},
			classes:
				edge.relation === 'buildsFoundationFor' || edge.relation === 'relatedTo'
					? 'link role-link'
					: 'link',
			selectable: false
		});
	}
	return elements;
}
