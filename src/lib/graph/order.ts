import { CATEGORIES, type Category } from './types';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const categoryRank = new Map<Category, number>(CATEGORIES.map((category, i) => [category, i]));

/** Compares labels the way people read lists: case-insensitive, numbers in numeric order. */
export function compareLabels(a: string, b: string): number {
	return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Orders nodes by category (in CATEGORIES order), then by label. */
export function compareNodes(
	a: { category: Category; label: string },
	b: { category: Category; label: string }
): number {
	return (
		(categoryRank.get(a.category) ?? 0) - (categoryRank.get(b.category) ?? 0) ||
		compareLabels(a.label, b.label)
	);
}
