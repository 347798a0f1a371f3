import type { ManyComparison } from '../../graph/compare-many';
import type { Category } from '../../graph/types';
import { manyGroupKey, ZONES_GROUP, type DrawnZone } from '../../viz/many-elements';

/**
 * Where a selected node is in the drawing of several roles, and so what the view says about it:
 * drawn in a zone; folded into a group's "+N more"; hidden by the filters; in a category the
 * dataset has no data on for some of the roles; or linked to none of them.
 */
export type ManyPlacement =
	| { kind: 'drawn'; zone: DrawnZone }
	| { kind: 'folded'; zone: DrawnZone; group: string; hidden: number }
	| { kind: 'filtered' }
	| { kind: 'unknown'; category: Category; roles: string[] }
	| { kind: 'unlinked' };

/**
 * Places a node in the drawing. `drawn` holds the ids drawn, `folded` the hidden count of each
 * folded group (by group key), `linkedTo` the ids of every role that links to the node.
 */
export function manyPlacementOf(
	node: { id: string; category: Category },
	comparison: ManyComparison,
	zones: readonly DrawnZone[],
	drawn: ReadonlySet<string>,
	folded: ReadonlyMap<string, number>,
	linkedTo: readonly string[]
): ManyPlacement {
	const z = comparison.zones.findIndex((zone) => zone.items.some((item) => item.id === node.id));
	const zone = zones[z];
	if (zone) {
		if (drawn.has(node.id)) return { kind: 'drawn', zone };
		if (zone.hidden) {
			return { kind: 'folded', zone, group: ZONES_GROUP, hidden: folded.get(ZONES_GROUP) ?? 0 };
		}
		const group = manyGroupKey(zone.key, node.category);
		return { kind: 'folded', zone, group, hidden: folded.get(group) ?? 0 };
	}
	const lacking = Object.entries(comparison.missing)
		.filter(([, categories]) => categories.includes(node.category))
		.map(([role]) => role);
	if (lacking.length > 0) return { kind: 'unknown', category: node.category, roles: lacking };
	const compared = new Set(comparison.roles.map((role) => role.id));
	return linkedTo.some((role) => compared.has(role)) ? { kind: 'filtered' } : { kind: 'unlinked' };
}
