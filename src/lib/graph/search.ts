import MiniSearch, { type SearchResult } from 'minisearch';
import { derived } from './cache';
import { InvalidQueryError } from './errors';
import { compareLabels } from './order';
import type { Category, KnowledgeGraph, NodeSummary } from './types';

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

function newEngine(): MiniSearch<SearchDocument> {
	return new MiniSearch<SearchDocument>({
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
}

function documents(graph: KnowledgeGraph): SearchDocument[] {
	const list: SearchDocument[] = [];
	graph.forEachNode((id, attributes) => {
		list.push({ id, label: attributes.label, aliases: (attributes.aliases ?? []).join(' · ') });
	});
	return list;
}

interface SearchIndex {
	engine: MiniSearch<SearchDocument>;
	ready: boolean;
	building?: Promise<void>;
}

const index = derived((): SearchIndex => ({ engine: newEngine(), ready: false }));

/** Builds the search index of a graph now, in one go, rather than on the first search. */
export function prepareSearch(graph: KnowledgeGraph): void {
	const state = index(graph);
	if (state.ready) return;
	if (state.building)
		throw new Error('The search index is being built; await prepareSearchAsync().');
	state.engine.addAll(documents(graph));
	state.ready = true;
}

/**
 * Builds the search index in slices that yield to the event loop (a big graph takes most of a
 * second), so a server keeps answering meanwhile. Resolves when searches can run.
 */
export function prepareSearchAsync(graph: KnowledgeGraph): Promise<void> {
	const state = index(graph);
	if (state.ready) return Promise.resolve();
	state.building ??= state.engine
		.addAllAsync(documents(graph), { chunkSize: 2000 })
		.then(() => warmNames(graph))
		.then(() => {
			state.ready = true;
		});
	return state.building;
}

/** Normalises every node's names ahead of the first search, in slices, yielding between them. */
async function warmNames(graph: KnowledgeGraph): Promise<void> {
	const ids = graph.nodes();
	for (let start = 0; start < ids.length; start += 2000) {
		for (const id of ids.slice(start, start + 2000)) namesOf(graph, id);
		await new Promise((resolve) => setTimeout(resolve, 0));
	}
}

function engine(graph: KnowledgeGraph): MiniSearch<SearchDocument> {
	prepareSearch(graph);
	return index(graph).engine;
}

/** A node's names, normalised once (lower-case words joined by spaces), for ranking results. */
interface Names {
	label: string;
	all: Set<string>;
	words: Set<string>;
}

const namesCache = derived(() => new Map<string, Names>());

function namesOf(graph: KnowledgeGraph, id: string): Names {
	const cache = namesCache(graph);
	let names = cache.get(id);
	if (!names) {
		const attributes = graph.getNodeAttributes(id);
		const label = tokenize(attributes.label).join(' ');
		const all = new Set([
			label,
			...(attributes.aliases ?? []).map((alias) => tokenize(alias).join(' '))
		]);
		names = { label, all, words: new Set([...all].flatMap((name) => name.split(' '))) };
		cache.set(id, names);
	}
	return names;
}

/**
 * How well a node's names fit the query, best first: 0 a name is exactly it; 1 a name starts
 * with it as whole words ("back" → "back end developer"); 2 all its words appear whole
 * ("excel" → "microsoft excel"); 3 a name starts with it inside a word ("excel" → "exceltrans");
 * 4 anything else that matched.
 */
function tier(names: Names, wanted: string, terms: string[]): number {
	if (names.all.has(wanted)) return 0;
	let startsInWord = false;
	for (const name of names.all) {
		if (!name.startsWith(wanted)) continue;
		if (name[wanted.length] === ' ') return 1;
		startsInWord = true;
	}
	if (terms.every((term) => names.words.has(term))) return 2;
	return startsInWord ? 3 : 4;
}

/** Fuzzy matches rank after every typo-free one. */
const FUZZY_TIER = 5;

/** Results ranked by score before the (costlier) name checks: ample for a page of suggestions. */
const CANDIDATES = 200;

interface Candidate {
	id: string;
	score: number;
	fuzzy: boolean;
}

/**
 * Finds nodes by label or alias: case-insensitive, by prefix, tolerating one typo per word.
 * Best first: exact names, then whole-word matches, then names that start with the text, then
 * other matches by relevance. Typo matches are looked for when the text as typed finds nothing. Throws InvalidQueryError for empty or over-long text.
 */
export function searchNodes(
	graph: KnowledgeGraph,
	query: string,
	limit = 20,
	{ category }: { category?: Category } = {}
): NodeSummary[] {
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
	const inCategory = category
		? (id: string) => graph.getNodeAttribute(id, 'category') === category
		: () => true;
	if (wanted.length <= 2) return startingWith(graph, wanted, limit, inCategory);
	const search = engine(graph);
	const filter = (result: SearchResult) => inCategory(result.id as string);
	const candidates: Candidate[] = search
		.search(text, { prefix: true, fuzzy: false, filter })
		.map((result) => ({ id: result.id as string, score: result.score, fuzzy: false }));
	// Typo matches only when the text as typed finds nothing (a word was misspelt): looking for
	// them costs most of a search on a big graph, and they would rank last anyway.
	if (candidates.length === 0) {
		const found = new Set(candidates.map((candidate) => candidate.id));
		for (const result of search.search(text, { filter })) {
			if (found.has(result.id as string) || !withinOneTypoPerTerm(terms, result)) continue;
			candidates.push({ id: result.id as string, score: result.score, fuzzy: true });
		}
	}
	const ranked = candidates
		.sort((x, y) => Number(x.fuzzy) - Number(y.fuzzy) || y.score - x.score)
		.slice(0, Math.max(CANDIDATES, limit))
		.map((candidate) => {
			const names = namesOf(graph, candidate.id);
			const rank = candidate.fuzzy ? FUZZY_TIER : tier(names, wanted, terms);
			return { ...candidate, rank, label: graph.getNodeAttribute(candidate.id, 'label') };
		});
	ranked.sort(
		(x, y) =>
			x.rank - y.rank ||
			y.score - x.score ||
			x.label.length - y.label.length ||
			compareLabels(x.label, y.label)
	);
	return ranked.slice(0, limit).map(({ id }) => summary(graph, id));
}

function summary(graph: KnowledgeGraph, id: string): NodeSummary {
	const { label, category } = graph.getNodeAttributes(id);
	return { id, label, category };
}

/**
 * One or two letters match too many words for the index to rank usefully (and slowly): suggest
 * the nodes whose label starts with them, then those with a word that does, shortest first.
 */
function startingWith(
	graph: KnowledgeGraph,
	wanted: string,
	limit: number,
	include: (id: string) => boolean
): NodeSummary[] {
	const hits: { id: string; rank: number; label: string }[] = [];
	graph.forEachNode((id, attributes) => {
		if (!include(id)) return;
		const names = namesOf(graph, id);
		const rank = names.label.startsWith(wanted) ? 0 : names.label.includes(` ${wanted}`) ? 1 : -1;
		if (rank >= 0) hits.push({ id, rank, label: attributes.label });
	});
	hits.sort(
		(x, y) => x.rank - y.rank || x.label.length - y.label.length || compareLabels(x.label, y.label)
	);
	return hits.slice(0, limit).map(({ id }) => summary(graph, id));
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
