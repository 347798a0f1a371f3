import type { Comparison } from '../graph/compare';
import type { Category } from '../graph/types';
import { groupKey } from './collapse';
import { ZONES, type Zone } from '../graph/compare';

/**
 * Where a selected node is in an overlap view, and so what the details panel says about it:
 * drawn; folded into a group's "+N more"; hidden by the filters; in a category the dataset has no
 * data on for one of the roles; or linked to neither role.
 */
export type Placement =
	| { kind: 'drawn'; zone: Zone }
	| { kind: 'folded'; zone: Zone; group: string; hidden: number }
	| { kind: 'filtered' }
	| { kind: 'unknown'; category: Category; roles: string[] }
	| { kind: 'unlinked' };

/**
 * Places a node in an overlap view. `drawn` holds the ids drawn, `folded` the hidden count of
 * each folded group (by group key), `linkedTo` the ids of the roles that link to the node.
 */
export function placementOf(
	node: { id: string; category: Category },
	comparison: Comparison,
	drawn: ReadonlySet<string>,
	folded: ReadonlyMap<string, number>,
	linkedTo: readonly string[]
): Placement {
	for (const zone of ZONES) {
		if (!comparison[zone].some((item) => item.id === node.id)) continue;
		if (drawn.has(node.id)) return { kind: 'drawn', zone };
		const group = groupKey(zone, node.category);
		return { kind: 'folded', zone, group, hidden: folded.get(group) ?? 0 };
	}
	const lacking = Object.entries(comparison.missing)
		.filter(([, categories]) => categories.includes(node.category))
		.map(([role]) => role);
	if (lacking.length > 0) return { kind: 'unknown', category: node.category, roles: lacking };
	const pair = [comparison.a.id, comparison.b.id];
	return linkedTo.some((role) => pair.includes(role)) ? { kind: 'filtered' } : { kind: 'unlinked' };
}
