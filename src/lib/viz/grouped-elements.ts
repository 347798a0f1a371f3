import type { ElementDefinition } from 'cytoscape';
import type { Bounds } from './layout-spec';
import { groupedLayout, type GroupedLayout, type GroupedZone } from './grouped-layout';
import { nodeClasses, STRUCTURAL } from './ids';
import { pillBox } from './metrics';

/** The id of a zone's "+N more" pill. */
export function zoneMoreId(zone: string): string {
	return `${STRUCTURAL}more:${zone}`;
}

/**
 * Cytoscape elements for a grouped drawing: each zone a titled box (a plain background node, as
 * in the overlap view), its group headers, its items at their laid-out places and its "+N more"
 * pill. No edges: every item in a zone has the same link to the page's node, which the titles
 * say. Pure: the same zones and aspect give the same elements.
 */
export function groupedElements(
	zones: readonly GroupedZone[],
	aspect = 16 / 9
): { elements: ElementDefinition[]; layout: GroupedLayout; bounds: Bounds } {
	const layout = groupedLayout(zones, aspect);
	const elements: ElementDefinition[] = [];
	for (const box of layout.zones) {
		elements.push({
			group: 'nodes',
			data: {
				id: `${STRUCTURAL}zone:${box.key}`,
				label: box.title,
				width: box.width,
				height: box.height
			},
			position: { x: box.x + box.width / 2, y: box.y + box.height / 2 },
			classes: 'zone zone-shared',
			selectable: false,
			grabbable: false
		});
	}
	for (const header of layout.headers) {
		elements.push({
			group: 'nodes',
			data: { id: `${STRUCTURAL}header:${header.key}`, label: header.text },
			position: header.at,
			classes: 'group-header',
			selectable: false,
			grabbable: false
		});
	}
	for (const zone of zones) {
		for (const group of zone.groups) {
			for (const item of group.items) {
				const at = layout.items.get(item.id)!;
				elements.push({
					group: 'nodes',
					data: {
						id: item.id,
						label: item.label,
						category: item.category,
						...(item.more
							? { group: item.more.key, hidden: item.more.hidden, ...pillBox(item.label) }
							: {}),
						...(item.flagged ? { flagged: true } : {})
					},
					position: { x: at.x, y: at.y },
					classes: item.more
						? `more ${item.category}`
						: `${nodeClasses(item.category, 'item')}${item.flagged ? ' flagged' : ''}`,
					grabbable: false
				});
			}
		}
	}
	// The first row's titles sit in the room above its boxes, from 0 down.
	const bounds = { x1: -8, y1: -2, x2: layout.width + 8, y2: layout.height + 4 };
	return { elements, layout, bounds };
}
