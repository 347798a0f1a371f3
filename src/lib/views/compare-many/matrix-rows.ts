import type { CompareItem } from '../../graph/compare';
import type { ManyComparison } from '../../graph/compare-many';
import { compareLabels, compareNodes } from '../../graph/order';
import type { Category } from '../../graph/types';

/** One row of the matrix: an item, which compared roles need it, and its place in the view's order. */
export interface MatrixRow {
	item: CompareItem;
	/** Per compared role (in the order chosen), whether it needs the item. */
	needs: boolean[];
	/** How many of the compared roles need it. */
	count: number;
	/** The index of its zone (zones come largest first). */
	zone: number;
	/** Its place in the view's order: zone by zone, each in display order. */
	order: number;
}

/** What the matrix can be sorted by: the view's order, the item's label, its category, how many roles need it, or one role. */
export type SortKey = 'zone' | 'item' | 'category' | 'count' | `role:${number}`;
export type SortDirection = 'ascending' | 'descending';

/** Every item of a comparison of several roles as a row, in the view's order. */
export function matrixRows(comparison: ManyComparison): MatrixRow[] {
	const rows: MatrixRow[] = [];
	comparison.zones.forEach((zone, z) => {
		const needs = comparison.roles.map((role) => zone.roles.includes(role.id));
		for (const item of zone.items) {
			rows.push({ item, needs, count: zone.roles.length, zone: z, order: rows.length });
		}
	});
	return rows;
}

/** How two rows compare by a key, ascending (ties keep the view's order). */
function compareBy(key: SortKey): (x: MatrixRow, y: MatrixRow) => number {
	if (key === 'item') return (x, y) => compareLabels(x.item.label, y.item.label);
	if (key === 'category') return (x, y) => compareNodes(x.item, y.item);
	if (key === 'count') return (x, y) => x.count - y.count;
	if (key === 'zone') return () => 0;
	const role = Number(key.slice('role:'.length));
	// Ascending: the rows the role needs first, as a reader sorting by a role expects.
	return (x, y) => Number(y.needs[role] ?? false) - Number(x.needs[role] ?? false);
}

/** The rows sorted by a key, ascending or descending; equal rows stay in the view's order. */
export function sortRows(
	rows: readonly MatrixRow[],
	key: SortKey,
	direction: SortDirection
): MatrixRow[] {
	const by = compareBy(key);
	const sign = direction === 'ascending' ? 1 : -1;
	return [...rows].sort((x, y) => sign * by(x, y) || x.order - y.order);
}

/** What the matrix is narrowed to: words in the item's label, a category, a zone (by index). */
export interface MatrixFilter {
	text?: string;
	category?: Category | '';
	zone?: number | null;
}

/** The rows that pass a filter (every word found in the label, whatever the case). */
export function filterRows(rows: readonly MatrixRow[], filter: MatrixFilter): MatrixRow[] {
	const words = (filter.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
	return rows.filter(
		({ item, zone }) =>
			(!filter.category || item.category === filter.category) &&
			(filter.zone === undefined || filter.zone === null || zone === filter.zone) &&
			words.every((word) => item.label.toLowerCase().includes(word))
	);
}
