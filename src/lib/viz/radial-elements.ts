import type { ElementDefinition } from 'cytoscape';
import type { Neighbour } from '../graph/nodes';
import type { NodeSummary } from '../graph/types';
import { nodeClasses, STRUCTURAL } from './ids';
import { hubBox, METRICS } from './metrics';

/** Distance between neighbouring nodes on a ring, and between rings. */
const SPACING = METRICS.cellWidth;

/**
 * Positions for `count` nodes on rings around the centre: each ring holds as many nodes as fit
 * at SPACING apart, so a node with three neighbours and one with three hundred both read well.
 */
export function ringPositions(count: number): { x: number; y: number }[] {
	const positions: { x: number; y: number }[] = [];
	let ring = 1;
	while (positions.length < count) {
		const radius = ring * SPACING * 1.3;
		const capacity = Math.max(6, Math.floor((2 * Math.PI * radius) / SPACING));
		const onRing = Math.min(capacity, count - positions.length);
		for (let i = 0; i < onRing; i++) {
			// Start at the top and go clockwise; offset odd rings so labels do not line up.
			const angle = -Math.PI / 2 + (2 * Math.PI * (i + (ring % 2 ? 0 : 0.5))) / onRing;
			positions.push({ x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
		}
		ring++;
	}
	return positions;
}

/** A node in the middle and everything linked to it around it, roles styled as hubs. */
export function radialElements(
	centre: NodeSummary,
	neighbours: readonly Neighbour[]
): ElementDefinition[] {
	const positions = ringPositions(neighbours.length);
	const classOf = (node: NodeSummary) =>
		nodeClasses(node.category, node.category === 'role' ? 'hub' : 'item');
	const elements: ElementDefinition[] = [
		{
			group: 'nodes',
			data: {
				id: centre.id,
				label: centre.label,
				category: centre.category,
				...hubBox(centre.label)
			},
			position: { x: 0, y: 0 },
			classes: `${classOf(centre)} centre`
		}
	];
	neighbours.forEach((neighbour, index) => {
		const { node } = neighbour;
		elements.push({
			group: 'nodes',
			data: {
				id: node.id,
				label: node.label,
				category: node.category,
				...(node.category === 'role' ? hubBox(node.label) : {})
			},
			position: positions[index]!,
			classes: classOf(node)
		});
		const [source, target] =
			neighbour.direction === 'out' ? [centre.id, node.id] : [node.id, centre.id];
		elements.push({
			group: 'edges',
			data: { id: `${STRUCTURAL}link:${source}->${target}`, source, target },
			classes: 'link',
			selectable: false
		});
	});
	return elements;
}
