import { CATEGORY_STYLES } from './category-styles';
import type { CompareItem, Comparison } from '../graph/compare';
import type { FieldDescription } from '../graph/fields';
import type { Category } from '../graph/types';
import { STRUCTURAL } from './ids';
import { ZONES, type Zone } from '../graph/compare';
import type { LayoutItem } from './overlap-layout';

/** How many nodes of one category a zone draws before folding the rest into a "+N more" group. */
export const DEFAULT_CAP = 12;

/** The choices a person has for that cap (null: draw everything). */
export const CAP_CHOICES: readonly (number | null)[] = [12, 24, 48, null];

/** A zone's category group, as `onlyA.technology`: the key expansions are kept under. */
export function groupKey(zone: Zone, category: Category): string {
	return `${zone}.${category}`;
}

/** The id of a group's "+N more" node. */
export function moreId(key: string): string {
	return `${STRUCTURAL}more:${key}`;
}

/** A drawn item: a compared node, or the stand-in for a folded group's hidden nodes. */
export interface DrawnItem extends LayoutItem {
	/** For a "+N more" node: the group it stands for and how many it hides. */
	more?: { key: string; hidden: number };
	item?: CompareItem;
}

/**
 * Items in the order the dataset's fields say matters (O*NET: hot technologies first, then
 * in-demand ones, then the most important), then as they came (by label).
 */
export function displayOrder<T extends Readonly<Record<string, unknown>> = CompareItem>(
	items: readonly T[],
	fields: readonly FieldDescription[] = []
): T[] {
	const keys = fields.filter((field) => field.order !== undefined);
	if (keys.length === 0) return [...items];
	const score = (item: T, field: FieldDescription) => {
		const value = item[field.name];
		return typeof value === 'number' ? value : value === true ? 1 : 0;
	};
	return items
		.map((item, index) => ({ item, index }))
		.sort((x, y) => {
			for (const field of keys) {
				const difference = score(y.item, field) - score(x.item, field);
				if (difference !== 0) return difference;
			}
			return x.index - y.index;
		})
		.map(({ item }) => item);
}

/** Long labels (O*NET task statements) are shortened in the drawing; lists and panels show them whole. */
export function shortLabel(label: string, max = 64): string {
	if (label.length <= max) return label;
	const cut = label.slice(0, max);
	const space = cut.lastIndexOf(' ');
	return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** Items by a view's own ranking (1 first); those it does not rank after, in display order. */
function rankedOrder(items: readonly CompareItem[], rank: ReadonlyMap<string, number>) {
	const unranked = Number.MAX_SAFE_INTEGER;
	return displayOrder(items)
		.map((item, index) => ({ item, index, rank: rank.get(item.id) ?? unranked }))
		.sort((x, y) => x.rank - y.rank || x.index - y.index)
		.map(({ item }) => item);
}

/** How a group's items are ordered: the dataset's fields, or a view's own ranking (1 first). */
export interface GroupOrder {
	fields?: readonly FieldDescription[];
	rank?: ReadonlyMap<string, number>;
}

/**
 * What one category group (`items`, all of one category) draws, in display order (or by
 * `rank`, a view's own order, when given): folded to `cap`
 * nodes plus a "+N more" node standing for the rest when it is much larger than the cap (a group
 * at most a quarter over the cap is drawn whole, since folding a handful saves nothing), unless
 * it is `expanded`. `key` names the group (see groupKey).
 */
export function foldGroup(
	items: readonly CompareItem[],
	key: string,
	cap: number | null,
	expanded: boolean,
	{ fields = [], rank }: GroupOrder = {}
): DrawnItem[] {
	const group = rank ? rankedOrder(items, rank) : displayOrder(items, fields);
	const category = group[0]?.category;
	if (category === undefined) return [];
	const fold = cap !== null && !expanded && group.length > Math.floor(cap * 1.25);
	const shown = fold ? group.slice(0, cap!) : group;
	const drawn: DrawnItem[] = shown.map((item) => ({
		id: item.id,
		label: shortLabel(item.label),
		category,
		item
	}));
	if (fold) {
		const hidden = group.length - cap!;
		drawn.push({
			id: moreId(key),
			label: `+${hidden} more ${CATEGORY_STYLES[category].plural.toLowerCase()}`,
			category,
			more: { key, hidden }
		});
	}
	return drawn;
}

/**
 * What each zone draws: every category group in display order (or by `rank`), folded to `cap` nodes plus a
 * "+N more" node when it is much larger (a group at most a quarter over the cap is drawn whole,
 * since folding a handful saves nothing), unless the group has been expanded.
 */
export function foldZones(
	comparison: Comparison,
	cap: number | null,
	expanded: ReadonlySet<string>,
	fields: readonly FieldDescription[] = [],
	rank?: ReadonlyMap<string, number>
): Record<Zone, DrawnItem[]> {
	const zones = {} as Record<Zone, DrawnItem[]>;
	for (const zone of ZONES) {
		const drawn: DrawnItem[] = [];
		const items = comparison[zone];
		let start = 0;
		while (start < items.length) {
			const category = items[start]!.category;
			let end = start;
			while (end < items.length && items[end]!.category === category) end++;
			const key = groupKey(zone, category);
			drawn.push(
				...foldGroup(items.slice(start, end), key, cap, expanded.has(key), { fields, rank })
			);
			start = end;
		}
		zones[zone] = drawn;
	}
	return zones;
}

/** The size of the largest category group of any zone of a comparison (folding matters only when it is big). */
export function largestGroup(comparison: Comparison): number {
	let largest = 0;
	for (const zone of ZONES) {
		const counts = new Map<string, number>();
		for (const item of comparison[zone]) {
			counts.set(item.category, (counts.get(item.category) ?? 0) + 1);
		}
		largest = Math.max(largest, ...counts.values());
	}
	return largest;
}
