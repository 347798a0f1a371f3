import type { Category } from './types';

/** How each category is named in words, singular and plural (views, messages and exports alike). */
export const CATEGORY_NAMES: Record<Category, { label: string; plural: string }> = {
	role: { label: 'Role', plural: 'Roles' },
	technology: { label: 'Technology', plural: 'Technologies' },
	skill: { label: 'Skill', plural: 'Skills' },
	responsibility: { label: 'Responsibility', plural: 'Responsibilities' },
	practice: { label: 'Practice', plural: 'Practices' },
	platform: { label: 'Platform', plural: 'Platforms' },
	experience: { label: 'Experience', plural: 'Experience' },
	hiring: { label: 'Hire for', plural: 'Hire for' }
};

/** "a, b and c" */
export function listInWords(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * What a dataset lacks for some roles, in words, e.g. "O*NET 29.3 has no skill data for
 * Software Developers, so skills are left out of this comparison." Undefined when nothing is.
 */
export function missingSentence(
	dataset: string,
	missing: Readonly<Record<string, readonly Category[]>>,
	roleLabel: (id: string) => string
): string | undefined {
	const byCategory = new Map<Category, string[]>();
	for (const [role, categories] of Object.entries(missing)) {
		for (const category of categories) {
			byCategory.set(category, [...(byCategory.get(category) ?? []), roleLabel(role)]);
		}
	}
	if (byCategory.size === 0) return undefined;
	const parts = [...byCategory].map(
		([category, roles]) =>
			`no ${CATEGORY_NAMES[category].label.toLowerCase()} data for ${listInWords(roles)}`
	);
	const left = listInWords(
		[...byCategory.keys()].map((category) => CATEGORY_NAMES[category].plural.toLowerCase())
	);
	return `${dataset} has ${listInWords(parts)}, so ${left} ${left.endsWith('s') ? 'are' : 'is'} left out of this comparison.`;
}
