import { prefixRange, wordRank, type SearchIndex } from './search-index';
import { oneTypoAway } from './typos';

/** Distinct words of a search that count; the rest are ignored (each word adds work). */
export const MAX_TERMS = 8;

/** Readings of a search tried at most: as typed, plus words joined or split. */
export const MAX_READINGS = 4;

/**
 * Longer words of a search are matched only as typed, neither split in two nor looked up for
 * typos: the checks grow with the length, and names' words are shorter (O*NET's longest: 23).
 */
export const MAX_WORD_LENGTH = 32;

/** Words one typo away kept per search word, closest first. */
export const MAX_TYPO_WORDS = 200;

/**
 * Words typed beyond this many are not compared with names word by word (for an exact name or
 * one it starts): no one types a name that long.
 */
export const MAX_RUN = 12;

/**
 * The words of a search that decide what it finds, in the order typed: repeats merged, and a
 * word dropped when another starts with it (whatever "java" finds, "javascript" narrows, so
 * "java javascript" finds what "javascript" does), then at most MAX_TERMS of them.
 */
export function searchTerms(tokens: string[]): string[] {
	const unique = [...new Set(tokens)];
	return unique
		.filter((term) => !unique.some((other) => other !== term && other.startsWith(term)))
		.slice(0, MAX_TERMS);
}

/** One search word resolved against the vocabulary. */
export interface TermMatch {
	/** Ranks of the words that start with it: [first, end). */
	first: number;
	end: number;
	/** Ranks of the words that are it, whole (the word and, from three letters, its plural). */
	exact: number[];
	/** Ranks of other words it matches: words one typo away, when typos are looked for. */
	others?: Set<number>;
	/** Whether it matched words one typo away. */
	typos: boolean;
	/** How many postings finding it scans. */
	cost: number;
}

/** Where `term` is in the vocabulary: the words it starts, the word itself (and plural). */
export function matchTerm(index: SearchIndex, term: string): TermMatch {
	const [first, end] = prefixRange(index, term);
	// Plurals of words of three letters or more ("a" and "as" are different words).
	const forms = term.length >= 3 ? [term, `${term}s`, `${term}es`] : [term];
	const exact = forms.map((word) => wordRank(index, word)).filter((rank) => rank >= 0);
	return { first, end, exact, typos: false, cost: postingsOf(index, first, end) };
}

/** The same term matching its whole word only (the words it starts are not looked for). */
export function wholeWord(index: SearchIndex, match: TermMatch): TermMatch {
	const cost = match.exact.reduce((sum, rank) => sum + postingsOf(index, rank, rank + 1), 0);
	return { ...match, first: 0, end: 0, others: new Set(match.exact), cost };
}

/** The same term, also matching words one typo away (as `oneTypoAway` allows). */
export function withTypos(index: SearchIndex, term: string, match: TermMatch): TermMatch {
	if (term.length < 3 || term.length > MAX_WORD_LENGTH) return match;
	// Levenshtein 2 lets a swapped pair of letters (one typo to a person) through; the
	// candidates are then narrowed to one typo, transpositions counted as one.
	const near = [...index.typoTree.fuzzyGet(term, term.length >= 4 ? 2 : 1)]
		.filter(([word]) => oneTypoAway(term, word))
		.sort((x, y) => x[1][1] - y[1][1])
		.slice(0, MAX_TYPO_WORDS)
		.map(([, [rank]]) => rank)
		.filter((rank) => rank < match.first || rank >= match.end);
	const cost = near.reduce((sum, rank) => sum + postingsOf(index, rank, rank + 1), match.cost);
	return { ...match, others: new Set(near), typos: near.length > 0, cost };
}

/** Whether a word (by rank) matches the term: starts with it, or is one of its other words. */
export function matchesWord(match: TermMatch, rank: number): boolean {
	return (rank >= match.first && rank < match.end) || (match.others?.has(rank) ?? false);
}

/** Ranks of the other words a term matches, outside its range. */
export function otherWords(match: TermMatch): Iterable<number> {
	return match.others ?? [];
}

function postingsOf(index: SearchIndex, first: number, end: number): number {
	return index.postingStart[end]! - index.postingStart[first]!;
}

/**
 * Other ways to read the words typed, where spacing and hyphens differ from the names': two
 * neighbours joined ("front end" → "frontend") or one word split in two known words
 * ("frontend" → "front end", "ecommerce" → "e commerce"). At most MAX_READINGS - 1.
 */
export function otherReadings(index: SearchIndex, terms: string[]): string[][] {
	const list = [terms];
	const seen = new Set([terms.join(' ')]);
	const add = (reading: string[]) => {
		const key = reading.join(' ');
		if (list.length < MAX_READINGS && !seen.has(key)) {
			seen.add(key);
			list.push(reading);
		}
	};
	const last = terms.length - 1;
	for (let i = 0; i < last; i++) {
		const joined = terms[i]! + terms[i + 1]!;
		// The last word may be half typed: it only has to start a known word.
		if (i + 1 === last ? startsAWord(index, joined) : wordRank(index, joined) >= 0) {
			add([...terms.slice(0, i), joined, ...terms.slice(i + 2)]);
		}
	}
	terms.forEach((term, i) => {
		if (term.length > MAX_WORD_LENGTH) return;
		for (let cut = 1; cut < term.length; cut++) {
			const [left, right] = [term.slice(0, cut), term.slice(cut)];
			const rightKnown =
				wordRank(index, right) >= 0 ||
				(i === last && right.length >= 3 && startsAWord(index, right));
			if (wordRank(index, left) >= 0 && rightKnown) {
				add([...terms.slice(0, i), left, right, ...terms.slice(i + 1)]);
			}
		}
	});
	return list.slice(1);
}

function startsAWord(index: SearchIndex, prefix: string): boolean {
	const [first, end] = prefixRange(index, prefix);
	return end > first;
}
