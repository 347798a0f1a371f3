import MiniSearch, { type SearchResult } from 'minisearch';
import { derived } from './cache';
import { InvalidQueryError } from './errors';
import { compareLabels } from './order';
import type { KnowledgeGraph, NodeSummary } from './types';

/** The longest search text accepted. */
export const MAX_QUERY_LENGTH = 200;

interface SearchDocument {
	id: string;
	label: string;
	aliases: string;
}

/** Splits text into lower-case words, keeping the `#` and `+` of names like C# and C++. */
export function tokenize(text: string): string[] {
	return text
		.toLowerCase()
		.split(/[^\p{L}\p{N}#+]+/u)
		.filter((term) => term.length > 0);
}

const engine = derived((graph) => {
	const search = new MiniSearch<SearchDocument>({
		fields: ['label', 'aliases'],
		tokenize,
		searchOptions: {
			boost: { label: 2 },
			prefix: true,
			// Levenshtein 2 lets a swapped pair of letters (one typo to a person) through;
			// results are then narrowed to one typo, transpositions counted as one.
			fuzzy: (term) => (term.length >= 4 ? 2 : term.length === 3 ? 1 : false),
			combineWith: 'AND'
		}
	});
	const documents: SearchDocument[] = [];
	graph.forEachNode((id, attributes) => {
		documents.push({
			id,
			label: attributes.label,
			aliases: (attributes.aliases ?? []).join(' · ')
		});
	});
	search.addAll(documents);
	return search;
});

/** Builds the search index of a graph now rather than on the first search. */
export function prepareSearch(graph: KnowledgeGraph): void {
	engine(graph);
}

/**
 * Finds nodes by label or alias: case-insensitive, by prefix, tolerating one typo per word.
 * Best first: exact names, then names that start with the text, then by relevance.
 * Throws InvalidQueryError for empty or over-long text.
 */
export function searchNodes(graph: KnowledgeGraph, query: string, limit = 20): NodeSummary[] {
	const text = query.trim();
	if (text.length === 0) throw new InvalidQueryError('q', 'The search text is empty.');
	if (text.length > MAX_QUERY_LENGTH) {
		throw new InvalidQueryError(
			'q',
			`The search text is ${text.length} characters long; the limit is ${MAX_QUERY_LENGTH}.`
		);
	}
	const terms = tokenize(text);
	if (terms.length === 0) return [];
	const wanted = terms.join(' ');
	const ranked = engine(graph)
		.search(text)
		.filter((result) => withinOneTypoPerTerm(terms, result))
		.map((result) => {
			const attributes = graph.getNodeAttributes(result.id as string);
			const names = [attributes.label, ...(attributes.aliases ?? [])].map((name) =>
				tokenize(name).join(' ')
			);
			const tier = names.includes(wanted) ? 0 : names.some((n) => n.startsWith(wanted)) ? 1 : 2;
			return { id: result.id as string, attributes, tier, score: result.score };
		});
	ranked.sort(
		(x, y) =>
			x.tier - y.tier ||
			y.score - x.score ||
			x.attributes.label.length - y.attributes.label.length ||
			compareLabels(x.attributes.label, y.attributes.label)
	);
	return ranked
		.slice(0, limit)
		.map(({ id, attributes }) => ({ id, label: attributes.label, category: attributes.category }));
}

/** Each query word matched some word of the result exactly, as a prefix, or with one typo. */
function withinOneTypoPerTerm(terms: string[], result: SearchResult): boolean {
	const matched = result.terms;
	return terms.every((term) => matched.some((candidate) => oneTypoAway(term, candidate)));
}

/** Whether `word` starts with `term`, allowing one insertion, deletion, substitution or swap. */
export function oneTypoAway(term: string, word: string): boolean {
	if (word.startsWith(term)) return true;
	for (const length of [term.length - 1, term.length, term.length + 1]) {
		if (length <= 0 || length > word.length) continue;
		if (length < word.length && term.length < 4) continue; // short words: whole-word typos only
		if (editDistance(term, word.slice(0, length)) <= 1) return true;
	}
	return false;
}

/** Optimal string alignment distance (Levenshtein plus swaps of neighbours), capped at 2. */
function editDistance(a: string, b: string): number {
	if (Math.abs(a.length - b.length) > 1) return 2;
	const rows: number[][] = [];
	for (let i = 0; i <= a.length; i++) {
		rows.push(new Array<number>(b.length + 1).fill(0));
		rows[i]![0] = i;
	}
	for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				best = Math.min(best, rows[i - 2]![j - 2]! + 1);
			}
			rows[i]![j] = best;
		}
	}
	return Math.min(rows[a.length]![b.length]!, 2);
}
