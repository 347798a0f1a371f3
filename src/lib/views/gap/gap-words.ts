import { CATEGORY_NAMES, listInWords } from '../../graph/category-names';
import type { Comparison } from '../../graph/compare';
import type { Category } from '../../graph/types';
import { agree } from '../../graph/answer-wording';

/**
 * What the data lacks for the way from one role to another, in words, one sentence per kind of
 * gap: a category the starting role has no data on is not listed as something to learn (the data
 * cannot say whether it carries over), one the target has no data on cannot be listed at all.
 */
export function gapMissingSentences(
	dataset: string,
	missing: Comparison['missing'],
	from: { id: string; label: string },
	to: { id: string; label: string }
): string[] {
	const lacks = (role: string, category: Category) => missing[role]?.includes(category) ?? false;
	const categories = [...new Set(Object.values(missing).flat())];
	const plural = (list: Category[]) =>
		list.map((category) => CATEGORY_NAMES[category].plural.toLowerCase());
	const words = (list: Category[]) => listInWords(plural(list));
	const data = (list: Category[]) =>
		listInWords(list.map((category) => CATEGORY_NAMES[category].label.toLowerCase()));
	const sentences: string[] = [];
	const both = categories.filter((c) => lacks(from.id, c) && lacks(to.id, c));
	const fromOnly = categories.filter((c) => lacks(from.id, c) && !lacks(to.id, c));
	const toOnly = categories.filter((c) => !lacks(from.id, c) && lacks(to.id, c));
	if (fromOnly.length > 0) {
		sentences.push(
			`${dataset} has no ${data(fromOnly)} data for ${from.label}, so the ${words(fromOnly)} ${to.label} ${agree(to.label, 'needs', 'need')} are not listed as something to learn: the data cannot say which of them ${from.label} already ${agree(from.label, 'has', 'have')}.`
		);
	}
	if (toOnly.length > 0) {
		sentences.push(
			`${dataset} has no ${data(toOnly)} data for ${to.label}, so ${words(toOnly)} are left out: the data cannot say which ${words(toOnly)} ${to.label} ${agree(to.label, 'needs', 'need')}.`
		);
	}
	if (both.length > 0) {
		sentences.push(
			`${dataset} has no ${data(both)} data for either role, so ${words(both)} are left out.`
		);
	}
	return sentences;
}
