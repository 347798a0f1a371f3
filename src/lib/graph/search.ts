import { derived } from './cache';
import { InvalidQueryError } from './errors';
import { best, find, type Search } from './search-find';
import { freshMark, NAME_KIND, SearchIndexBuilder, type SearchIndex } from './search-index';
import {
	MAX_RUN,
	MAX_TERMS,
	matchTerm,
	otherReadings,
	searchTerms,
	wholeWord,
	withTypos
} from './search-query';
import { tokenize } from './search-text';
import { CATEGORIES, type Category, type KnowledgeGraph, type NodeSummary } from './types';

export { tokenize };
export { oneTypoAway } from './typos';
export { MAX_TERMS };

/** The longest search text accepted. */
export const MAX_QUERY_LENGTH = 200;

/**
 * Work one search may do, in postings scanned and words compared (each a few integer
 * operations, about 10 ns here). On O*NET a search of whole or half-typed words needs under
 * 70,000 and a single letter up to 82,000; searches of several one-letter words ("s a c …",
 * 540,000 unbounded) reach it. A search that would need more stops, and returns what it has
 * fully checked.
 */
export const WORK_BUDGET = 300_000;

/** Words of one search looked up for typos at most: more misspelt words than that find nothing. */
export const MAX_TYPO_TERMS = 4;

/** A search result: the node, and the other name it was found by when not its label. */
export interface SearchHit extends NodeSummary {
	/** The alias (or code) that fits the search best, when it fits better than the label. */
	matched?: string;
}

interface IndexState {
	index?: SearchIndex;
	building?: Promise<void>;
}

const state = derived((): IndexState => ({}));

/** Builds the search index of a graph now, in one go, rather than on the first search. */
export function prepareSearch(graph: KnowledgeGraph): void {
	const current = state(graph);
	if (current.index) return;
	if (current.building)
		throw new Error('The search index is being built; await prepareSearchAsync().');
	const builder = new SearchIndexBuilder(graph);
	while (!builder.step(Infinity));
	current.index = builder.index;
}

/** Names read, or words put in the typo tree, between two yields of an index being built. */
const BUILD_SLICE = 4000;

/**
 * Builds the search index in slices that yield to the event loop (each a few milliseconds on
 * O*NET), so a server keeps answering meanwhile. Resolves when searches can run.
 */
export function prepareSearchAsync(graph: KnowledgeGraph): Promise<void> {
	const current = state(graph);
	if (current.index) return Promise.resolve();
	current.building ??= (async () => {
		const builder = new SearchIndexBuilder(graph);
		while (!builder.step(BUILD_SLICE)) await new Promise((resolve) => setTimeout(resolve, 0));
		current.index = builder.index;
	})();
	return current.building;
}

function indexOf(graph: KnowledgeGraph): SearchIndex {
	prepareSearch(graph);
	return state(graph).index!;
}

/**
 * Finds nodes by label, alias, code or id: case-insensitive, by prefix, with spacing and hyphens
 * free ("frontend" finds "Front End Developer"), tolerating one typo per word. Best first: a
 * name that is exactly the text (labels before aliases), names that start with it as whole
 * words, names with all its words whole, names that start with it, other matches; among equals,
 * the more connected node, then the shorter label. Typo matches are looked for when the text as
 * typed finds nothing. The work is bounded whatever the text (see WORK_BUDGET). Throws
 * InvalidQueryError for empty or over-long text.
 */
export function searchNodes(
	graph: KnowledgeGraph,
	query: string,
	limit = 20,
	{ category }: { category?: Category } = {}
): SearchHit[] {
	const text = query.trim();
	if (text.length === 0) throw new InvalidQueryError('q', 'The search text is empty.');
	if (text.length > MAX_QUERY_LENGTH) {
		throw new InvalidQueryError(
			'q',
			`The search text is ${text.length} characters long; the limit is ${MAX_QUERY_LENGTH}.`
		);
	}
	lastWork = 0;
	const tokens = tokenize(text);
	const terms = searchTerms(tokens);
	if (terms.length === 0) return [];
	const index = indexOf(graph);
	const search: Search = {
		index,
		category: category === undefined ? -1 : CATEGORIES.indexOf(category),
		budget: WORK_BUDGET,
		fitMark: freshMark(index.scratch),
		foundCount: 0
	};
	const match = (term: string) => matchTerm(index, term);
	// As typed: every word anywhere in a name; the words in their order make the best names.
	const run = tokens.length <= MAX_RUN ? tokens.map(match) : undefined;
	find(search, terms.map(match), run, 'anywhere');
	// Read with other spacing, the words count only side by side, as in "front end", so every
	// word there but the last (maybe half typed) is a whole word.
	if (tokens.length <= MAX_TERMS) {
		for (const reading of otherReadings(index, tokens)) {
			const last = reading.length - 1;
			const matches = reading.map((term, j) =>
				j === last ? match(term) : wholeWord(index, match(term))
			);
			find(search, matches, matches, 'together');
		}
	}
	if (search.foundCount === 0) findWithTypos(search, terms);
	lastWork = WORK_BUDGET - search.budget;
	return best(search, limit).map(({ node, name }) => hit(graph, index, node, name));
}

/**
 * Looks again, matching the words that match nothing as typed with words one typo away. Every
 * word must match, so it gives up as soon as one cannot, and when more than MAX_TYPO_TERMS
 * words would need looking up.
 */
function findWithTypos(search: Search, terms: string[]): void {
	const { index } = search;
	const matches = terms.map((term) => matchTerm(index, term));
	if (matches.filter((match) => match.cost === 0).length > MAX_TYPO_TERMS) return;
	for (let i = 0; i < terms.length; i++) {
		if (matches[i]!.cost > 0) continue;
		matches[i] = withTypos(index, terms[i]!, matches[i]!);
		if (!matches[i]!.typos) return;
	}
	find(search, matches, undefined, 'typos');
}

let lastWork = 0;

/** How much work (see WORK_BUDGET) the last search did: for tests and the bench. */
export function workOfLastSearch(): number {
	return lastWork;
}

function hit(graph: KnowledgeGraph, index: SearchIndex, node: number, name: number): SearchHit {
	const id = index.ids[node]!;
	const { label, category } = graph.getNodeAttributes(id);
	const result: SearchHit = { id, label, category };
	if (name >= 0 && index.nameKind[name] !== NAME_KIND.label) result.matched = index.nameText[name];
	return result;
}
