import { derived } from './cache';
import { compareLabels } from './order';
import { forEachTerm, roleTexts, type RoleTexts } from './role-text';
import type { Category, KnowledgeGraph } from './types';
import { describeWeights, linkWeight, type Signal, type WeightScheme } from './weights';

/** A vector with few non-zero entries: term ids in ascending order, and their values. */
export interface SparseVector {
	terms: Int32Array;
	values: Float64Array;
}

/** Per term, the roles whose vector has it, with its value there. */
interface Postings {
	roles: Int32Array;
	values: Float64Array;
}

/** One signal of similarity: a unit vector per role, and the same values listed by term. */
export interface SignalIndex {
	signal: Signal;
	/** This signal's share of the score (the shares of a dataset's signals add up to 1). */
	share: number;
	vectors: SparseVector[];
	postings: Postings[];
	/** For text signals: each term (a stem) as a word people read. */
	words?: string[];
}

/** What one role needs: its items by id (ascending), their weights, and the items by weight. */
export interface RoleNeeds {
	items: Int32Array;
	weights: Float64Array;
	total: number;
	/** Positions in `items`, heaviest first (ties: more sources, then label). */
	byWeight: Int32Array;
}

/** Everything the measures read, built once per graph (see prepareSimilarity). */
export interface SimilarityIndex {
	scheme: WeightScheme;
	roles: string[];
	roleOf: Map<string, number>;
	items: string[];
	itemOf: Map<string, number>;
	itemCategory: Category[];
	needs: RoleNeeds[];
	/** Per item, the roles that need it (ascending) and its weight for each. */
	neededBy: Postings[];
	signals: SignalIndex[];
}

/** Roles handled between two pauses when building in the background (texts: a quarter). */
const SLICE = 64;

/**
 * Builds the index, pausing (yield) every few dozen roles so a caller can give the event loop
 * a turn. Steps: what each role needs and how much; one vector per signal and role.
 */
function* build(graph: KnowledgeGraph): Generator<void, SimilarityIndex> {
	const scheme = describeWeights(graph);
	const roles: string[] = [];
	graph.forEachNode((id, { category }) => {
		if (category === 'role') roles.push(id);
	});
	const roleOf = new Map(roles.map((id, i) => [id, i]));
	const items: string[] = [];
	const itemOf = new Map<string, number>();
	const itemCategory: Category[] = [];
	const itemLabel: string[] = [];
	const needs: RoleNeeds[] = [];
	const texts: RoleTexts[] = [];
	for (let r = 0; r < roles.length; r++) {
		texts.push(roleTexts(graph, roles[r]!));
		const links: { item: number; weight: number; sources: number }[] = [];
		graph.forEachOutEdge(
			roles[r]!,
			(_edge, attributes, _source, target, _sa, { category, label }) => {
				if (category === 'role') return;
				let item = itemOf.get(target);
				if (item === undefined) {
					item = items.length;
					items.push(target);
					itemOf.set(target, item);
					itemCategory.push(category);
					itemLabel.push(label);
				}
				links.push({
					item,
					weight: linkWeight(scheme, attributes),
					sources: attributes.sources.length
				});
			}
		);
		links.sort((x, y) => x.item - y.item);
		const order = links.map((_, i) => i);
		order.sort(
			(i, j) =>
				links[j]!.weight - links[i]!.weight ||
				links[j]!.sources - links[i]!.sources ||
				compareLabels(itemLabel[links[i]!.item]!, itemLabel[links[j]!.item]!)
		);
		needs.push({
			items: Int32Array.from(links, (link) => link.item),
			weights: Float64Array.from(links, (link) => link.weight),
			total: links.reduce((sum, link) => sum + link.weight, 0),
			byWeight: Int32Array.from(order)
		});
		if (r % SLICE === SLICE - 1) yield;
	}
	const neededBy = invert(
		needs.map(({ items: ids, weights }) => ({ terms: ids, values: weights })),
		items.length
	);
	yield;
	const signals: SignalIndex[] = [];
	const present = Object.entries(scheme.signals) as [Signal, number][];
	const sum = present.reduce((total, [, weight]) => total + weight, 0);
	for (const [signal, weight] of present) {
		const share = weight / sum;
		if (signal === 'needs') {
			const vectors: SparseVector[] = [];
			for (const { items: ids, weights } of needs) {
				const rarity = (item: number, i: number) =>
					weights[i]! * idf(roles.length, neededBy[item]!.roles.length);
				vectors.push(unit(ids, Float64Array.from(ids, rarity)));
				if (vectors.length % SLICE === 0) yield;
			}
			signals.push({ signal, share, vectors, postings: invert(vectors, items.length) });
			yield;
		} else {
			signals.push(yield* textSignal(texts, signal, share));
		}
	}
	return { scheme, roles, roleOf, items, itemOf, itemCategory, needs, neededBy, signals };
}

/** Rarity: a term or item few roles have says more (smoothed, so one in every role still counts). */
function idf(roles: number, having: number): number {
	return Math.log(1 + roles / having);
}

/** TF-IDF vectors of one text field of every role: (1 + ln count) × rarity, to unit length. */
function* textSignal(
	texts: RoleTexts[],
	signal: Exclude<Signal, 'needs'>,
	share: number
): Generator<void, SignalIndex> {
	const termOf = new Map<string, number>();
	const words: string[] = [];
	const counts: Map<number, number>[] = [];
	const stems = new Map<string, string>();
	for (let r = 0; r < texts.length; r++) {
		const count = new Map<number, number>();
		const add = (stem: string, word: string) => {
			let term = termOf.get(stem);
			if (term === undefined) {
				term = words.length;
				termOf.set(stem, term);
				words.push(word);
			}
			count.set(term, (count.get(term) ?? 0) + 1);
		};
		for (const text of texts[r]![signal]) forEachTerm(text, stems, add);
		counts.push(count);
		if (r % (SLICE / 4) === SLICE / 4 - 1) yield;
	}
	const having = new Int32Array(words.length);
	for (const count of counts) for (const term of count.keys()) having[term]!++;
	const vectors: SparseVector[] = [];
	for (const count of counts) {
		const ids = Int32Array.from(count.keys()).sort();
		const weight = (term: number) =>
			(1 + Math.log(count.get(term)!)) * idf(texts.length, having[term]!);
		vectors.push(unit(ids, Float64Array.from(ids, weight)));
		if (vectors.length % SLICE === 0) yield;
	}
	const postings = invert(vectors, words.length);
	yield;
	return { signal, share, vectors, postings, words };
}

/** The vector scaled to length 1 (left as it is when empty). */
function unit(terms: Int32Array, values: Float64Array): SparseVector {
	let norm = 0;
	for (const value of values) norm += value * value;
	norm = Math.sqrt(norm);
	if (norm > 0) for (let i = 0; i < values.length; i++) values[i]! /= norm;
	return { terms, values };
}

/** Per-role vectors turned into per-term lists of roles (ascending) and values. */
function invert(vectors: SparseVector[], size: number): Postings[] {
	const lengths = new Int32Array(size);
	for (const { terms: ids } of vectors) for (const term of ids) lengths[term]!++;
	const postings = Array.from(lengths, (length) => ({
		roles: new Int32Array(length),
		values: new Float64Array(length)
	}));
	const filled = new Int32Array(size);
	vectors.forEach(({ terms: ids, values }, role) => {
		for (let i = 0; i < ids.length; i++) {
			const term = ids[i]!;
			const at = filled[term]!++;
			postings[term]!.roles[at] = role;
			postings[term]!.values[at] = values[i]!;
		}
	});
	return postings;
}

interface IndexState {
	index?: SimilarityIndex;
	building?: Promise<SimilarityIndex>;
}

const state = derived((): IndexState => ({}));

/** The similarity index of a graph, built now (in one go) if it is not built yet. */
export function similarityIndex(graph: KnowledgeGraph): SimilarityIndex {
	const current = state(graph);
	if (current.index) return current.index;
	const steps = build(graph);
	let step = steps.next();
	while (!step.done) step = steps.next();
	return (current.index = step.value);
}

/**
 * Builds the similarity index in slices that yield to the event loop (O*NET takes about a
 * second in all), so a server keeps answering meanwhile. Resolves when the measures are ready.
 */
export function prepareSimilarityAsync(graph: KnowledgeGraph): Promise<SimilarityIndex> {
	const current = state(graph);
	if (current.index) return Promise.resolve(current.index);
	current.building ??= (async () => {
		const steps = build(graph);
		let step = steps.next();
		while (!step.done) {
			await new Promise((resolve) => setTimeout(resolve, 0));
			// Someone needed it at once meanwhile and built it in one go: use theirs.
			if (current.index) return current.index;
			step = steps.next();
		}
		return (current.index = step.value);
	})();
	// A failed build is not kept: the next caller tries again (and sees the error).
	current.building.catch(() => {
		current.building = undefined;
	});
	return current.building;
}

/**
 * Starts building the index in the background (prepareSimilarityAsync) and returns at once; a
 * failure is logged, not thrown, so it cannot stop a server (requests that need the index
 * build it again and answer the error).
 */
export function prepareSimilarityInBackground(graph: KnowledgeGraph): void {
	prepareSimilarityAsync(graph).catch((error: unknown) => {
		console.error('The similarity index could not be built:', error);
	});
}
