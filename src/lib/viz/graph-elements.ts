import type { ElementDefinition } from 'cytoscape';
import type { GraphAnswer } from '../api/answers';
import { nodeClasses, STRUCTURAL } from './ids';
import { hubBox } from './metrics';

/** The compact graph GET /api/graph sends. */
export type CompactGraph = GraphAnswer;

/** Elements for a compact graph: nodes first (edges need them), at their positions when it has them. */
export function compactGraphElements(graph: CompactGraph): ElementDefinition[] {
	const radius = Math.max(200, graph.nodes.length * 12);
	const elements: ElementDefinition[] = graph.nodes.map(([id, label, category, x, y], index) => {
		const angle = (2 * Math.PI * index) / Math.max(1, graph.nodes.length);
		return {
			group: 'nodes',
			data: { id, label, category, ...(category === 'role' ? hubBox(label) : {}) },
			position:
				x !== undefined && y !== undefined
					? { x, y }
					: { x: radius * Math.cos(angle), y: radius * Math.sin(angle) },
			// Roles of a drawing placed ahead (hundreds of them) are drawn small: see style.ts.
			classes:
				category !== 'role'
					? nodeClasses(category, 'item')
					: `${nodeClasses(category, 'hub')}${graph.positioned ? ' dense' : ''}`
		};
	});
	graph.edges.forEach(([source, target, hot], index) => {
		const from = graph.nodes[source]!;
		const to = graph.nodes[target]!;
		elements.push({
			group: 'edges',
			data: { id: `${STRUCTURAL}link:${index}`, source: from[0], target: to[0] },
			classes: to[2] === 'role' ? 'link role-link' : hot ? 'link hot' : 'link',
			selectable: false
		});
	});
	return elements;
}

/** Up to this many roles are held apart when a force layout places a compact graph. */
const ROLES_HELD_APART = 12;

/**
 * Where a force layout should pin the roles of a small graph: evenly on a circle around the
 * middle, so hubs that share most of what they link to are not drawn on top of each other (the
 * seed graph's two roles share most of their nodes). None for graphs with more roles.
 */
export function rolePins(
	graph: CompactGraph
): { nodeId: string; position: { x: number; y: number } }[] {
	const roles = graph.nodes.filter(([, , category]) => category === 'role');
	if (roles.length < 2 || roles.length > ROLES_HELD_APART) return [];
	const radius = Math.max(250, 40 * Math.sqrt(graph.nodes.length));
	return roles.map(([nodeId], index) => {
		// Two roles sit left and right; more go round the circle from the left.
		const angle = Math.PI + (2 * Math.PI * index) / roles.length;
		return {
			nodeId,
			position: { x: Math.round(radius * Math.cos(angle)), y: Math.round(radius * Math.sin(angle)) }
		};
	});
}
