import type { ElementDefinition } from 'cytoscape';
import { CATEGORY_STYLES } from '../categories';
import type { Comparison } from '../graph/compare';
import { RELATION_LABELS } from '../graph/relations';
import type { Relation } from '../graph/types';
import type { Bounds } from './cytoscape';
import { nodeClasses, STRUCTURAL } from './ids';
import { overlapLayout, ZONES, type OverlapLayout, type Zone } from './overlap-layout';

/** Space between a zone's box and the nodes in it. */
const ZONE_PADDING = 14;

/** Half the widest a hub gets (its label wraps at 130px, plus padding). */
const HUB_HALF_WIDTH = 78;

/** How far above the top of the zones the n-th relation line runs. */
function relationGap(index: number): number {
	return 46 + index * 34;
}

/** A link between the two compared roles, as the drawing shows it. */
export interface RoleRelation {
	source: string;
	target: string;
	relation: Relation;
}

/** The zone headers: "Only Backend Engineer · 39", "Shared · 15"… */
export function zoneTitles(comparison: Comparison): Record<Zone, string> {
	return {
		onlyA: `Only ${comparison.a.label} · ${comparison.onlyA.length}`,
		shared: `Shared · ${comparison.shared.length}`,
		onlyB: `Only ${comparison.b.label} · ${comparison.onlyB.length}`
	};
}

const EMPTY_NOTES: Record<Zone, (c: Comparison) => string> = {
	onlyA: (c) => `Nothing only ${c.a.label} needs`,
	shared: () => 'These roles share nothing',
	onlyB: (c) => `Nothing only ${c.b.label} needs`
};

/**
 * Cytoscape elements for an overlap view: the zones (as compound nodes titled with counts),
 * category headers, the nodes at their laid-out positions, each role's hub and edges, and the
 * relations between the two roles. Pure: the same comparison and aspect give the same elements.
 */
export function overlapElements(
	comparison: Comparison,
	relations: readonly RoleRelation[] = [],
	aspect = 16 / 9
): { elements: ElementDefinition[]; layout: OverlapLayout; bounds: Bounds } {
	const layout = overlapLayout(comparison, { aspect });
	const titles = zoneTitles(comparison);
	const { a, b } = comparison;
	const sameRole = a.id === b.id;
	const elements: ElementDefinition[] = [];

	// Zones are plain background boxes sized from the layout (not compound parents, whose
	// bounds Cytoscape would keep recomputing): measured, that nearly halved the first draw.
	for (const placed of layout.zones) {
		const zone = placed.zone;
		elements.push({
			group: 'nodes',
			data: {
				id: `${STRUCTURAL}zone:${zone}`,
				label: titles[zone],
				width: placed.width + 2 * ZONE_PADDING,
				height: layout.height + 2 * ZONE_PADDING
			},
			position: { x: placed.x + placed.width / 2, y: layout.height / 2 },
			classes: `zone zone-${zone}`,
			selectable: false,
			grabbable: false
		});
		const note = layout.emptyNotes.get(zone);
		if (note) {
			elements.push({
				group: 'nodes',
				data: {
					id: `${STRUCTURAL}empty:${zone}`,
					label: EMPTY_NOTES[zone](comparison)
				},
				position: note,
				classes: 'empty-note',
				selectable: false,
				grabbable: false
			});
		}
	}
	for (const group of layout.groups) {
		elements.push({
			group: 'nodes',
			data: {
				id: `${STRUCTURAL}header:${group.zone}:${group.category}`,
				label: `${CATEGORY_STYLES[group.category].plural} · ${group.count}`
			},
			position: group.header,
			classes: 'group-header',
			selectable: false,
			grabbable: false
		});
	}

	elements.push({
		group: 'nodes',
		data: { id: a.id, label: a.label, category: 'role' },
		position: layout.hubs.a,
		classes: `${nodeClasses('role', 'hub')} hub-a`,
		grabbable: false
	});
	if (!sameRole) {
		elements.push({
			group: 'nodes',
			data: { id: b.id, label: b.label, category: 'role' },
			position: layout.hubs.b,
			classes: `${nodeClasses('role', 'hub')} hub-b`,
			grabbable: false
		});
	}

	for (const zone of ZONES) {
		for (const item of comparison[zone]) {
			const position = layout.items.get(item.id)!;
			elements.push({
				group: 'nodes',
				data: {
					id: item.id,
					label: item.label,
					category: item.category,
					zone
				},
				position: { x: position.x, y: position.y },
				classes: nodeClasses(item.category, 'item'),
				grabbable: false
			});
			const roles = zone === 'onlyA' ? [a.id] : zone === 'onlyB' ? [b.id] : [a.id, b.id];
			for (const role of new Set(roles)) {
				elements.push({
					group: 'edges',
					data: { id: `${STRUCTURAL}link:${role}->${item.id}`, source: role, target: item.id },
					classes: role === a.id ? 'link link-a' : 'link link-b',
					selectable: false
				});
			}
		}
	}

	if (!sameRole) {
		relations.forEach((relation, index) => {
			// Up from the source hub, across above the zones, down to the other hub: the
			// segment points sit right above each hub, so the line never crosses a zone.
			const rise = layout.height / 2 + relationGap(index); // the hubs sit at mid-height
			const side = relation.source === a.id ? -1 : 1;
			elements.push({
				group: 'edges',
				data: {
					id: `${STRUCTURAL}relation:${relation.source}->${relation.target}`,
					source: relation.source,
					target: relation.target,
					label: RELATION_LABELS[relation.relation],
					distances: [side * rise, side * rise]
				},
				classes: 'relation',
				selectable: false
			});
		});
	}
	// The drawing's extent, known from the layout: hub labels, zone titles, the relation line.
	const top = relations.length > 0 && !sameRole ? relationGap(relations.length - 1) + 16 : 0;
	const bounds = {
		x1: layout.hubs.a.x - HUB_HALF_WIDTH,
		y1: -Math.max(top, ZONE_PADDING + 26),
		x2: layout.hubs.b.x + HUB_HALF_WIDTH,
		y2: layout.height + ZONE_PADDING + 2
	};
	return { elements, layout, bounds };
}
