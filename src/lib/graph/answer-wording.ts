/**
 * How the answers (closest roles, what to learn, which roles fit) put their numbers in words,
 * shared by the components and views that show them.
 */
import type { AttributeWeight, Signal } from './weights';
import { listInWords } from './category-names';

/**
 * Whether a role's name reads as plural: O*NET names occupations in the plural ("Web
 * Developers", "Dentists, General"), the seed graph and most imports in the singular.
 */
export function readsPlural(label: string): boolean {
	// Any part: "Dentists, General" and "Bookkeeping, Accounting, and Auditing Clerks" alike.
	return label.split(/,| of /).some((part) => /[^isu]s$/i.test(part.trim()));
}

/** The verb that agrees with a role's name: `agree('Web Developers', 'has', 'have')` → "have". */
export function agree(label: string, singular: string, plural: string): string {
	return readsPlural(label) ? plural : singular;
}

/** A share (0–1) as a whole percentage: "62%". */
export function percent(share: number): string {
	return `${Math.round(share * 100)}%`;
}

/**
 * How a dataset weighs requirements, in words: "weighted by importance, with hot and in-demand
 * items counting more", or "counting each requirement alike" where it rates nothing.
 */
export function weightingWords(attributes: readonly AttributeWeight[]): string {
	const scales = attributes.flatMap((rule) => (rule.kind === 'scale' ? [rule.name] : []));
	const flags = attributes.flatMap((rule) =>
		// Before "items", a mark of several words is one adjective: "in-demand items".
		rule.kind === 'flag' ? [rule.mark.replaceAll(' ', '-')] : []
	);
	const parts: string[] = [];
	if (scales.length > 0) parts.push(`weighted by ${listInWords(scales)}`);
	if (flags.length > 0) parts.push(`with ${listInWords(flags)} items counting more`);
	return parts.length === 0 ? 'counting each requirement alike' : parts.join(', ');
}

/**
 * Coverage in a sentence: "Web Developers already have 54% of what Software Developers need,
 * weighted by importance."
 */
export function coverageSentence(
	from: string,
	to: string,
	share: number,
	weighting?: string
): string {
	return `${from} already ${agree(from, 'has', 'have')} ${percent(share)} of what ${to} ${agree(to, 'needs', 'need')}${weighting ? `, ${weighting}` : ''}.`;
}

/** What each signal of a similarity compares, in words. */
export const SIGNAL_WORDS: Readonly<Record<Signal, string>> = {
	needs: 'what they need',
	titles: 'their job titles',
	tasks: 'their tasks',
	description: 'their descriptions'
};

/** What a similarity score is, for its tooltip: "0.73 on a scale of 0 (nothing in common) to 1…". */
export function similarityExplained(score: number, signals: readonly Signal[]): string {
	const from = signals.length > 0 ? signals.map((s) => SIGNAL_WORDS[s]) : [SIGNAL_WORDS.needs];
	return `Similarity ${score.toFixed(2)} on a scale of 0 (nothing in common) to 1 (the same), from ${listInWords(from)}.`;
}
