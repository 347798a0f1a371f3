import { InvalidQueryError } from './errors';
import { roleAttributes } from './nodes';
import { compareLabels } from './order';
import { similarityIndex, type SimilarityIndex, type SparseVector } from './similarity-index';
import type { KnowledgeGraph, NodeSummary } from './types';
import type { Signal } from './weights';

/** An item a role needs, with how much it needs it (see linkWeight). */
export interface WeightedItem extends NodeSummary {
	weight: number;
}

/** How close two roles are, and why. */
export interface Closeness {
	/** 0 (nothing in common) to 1 (the same): the signals' cosines, each by its share. */
	score: number;
	/** Each signal's cosine (0–1), for the signals the dataset has. */
	parts: Partial<Record<Signal, number>>;
	coverage: {
		/** The weighted share of the role's needs the other role already has. */
		toRole: number;
		/** The weighted share of the other role's needs the role already has. */
		fromRole: number;
	};
	/** The shared items that add most to the score, most first. */
	drivers: WeightedItem[];
	/** The other role's heaviest needs the role lacks. */
	missing: WeightedItem[];
	/** The shared words (titles, tasks, description) that add most to the score. */
	words: string[];
}

/** One of a role's closest roles. */
export interface SimilarRole extends Closeness {
	id: string;
	label: string;
}

/** The most drivers, missing items and words an explanation lists. */
const EXPLAIN = 5;

/** The most closest roles one call returns. */
export const MAX_SIMILAR = 50;

/**
 * Coverage from → to: the weighted share of what `to` needs that `from` links to too
 * (1 when `to` needs nothing). Directional: it weighs `to`'s needs, by `to`'s weights.
 */
export function coverageOf(index: SimilarityIndex, from: number, to: number): number {
	const target = index.needs[to]!;
	if (target.total === 0) return 1;
	const have = index.needs[from]!.items;
	let covered = 0;
	let i = 0;
	for (let j = 0; j < target.items.length; j++) {
		const item = target.items[j]!;
		while (i < have.length && have[i]! < item) i++;
		if (i < have.length && have[i] === item) covered += target.weights[j]!;
	}
	return covered / target.total;
}

/** The dot product of two sparse vectors (terms ascending), by term. */
function products(
	a: SparseVector,
	b: SparseVector,
	each?: (term: number, product: number) => void
): number {
	let sum = 0;
	let i = 0;
	let j = 0;
	while (i < a.terms.length && j < b.terms.length) {
		const x = a.terms[i]!;
		const y = b.terms[j]!;
		if (x < y) i++;
		else if (y < x) j++;
		else {
			const product = a.values[i++]! * b.values[j++]!;
			sum += product;
			each?.(x, product);
		}
	}
	return sum;
}

/** The score of every role against one (the role itself included), from the postings. */
export function scoresFrom(index: SimilarityIndex, role: number): Float64Array {
	const scores = new Float64Array(index.roles.length);
	for (const { share, vectors, postings } of index.signals) {
		const { terms, values } = vectors[role]!;
		for (let i = 0; i < terms.length; i++) {
			const weight = share * values[i]!;
			const { roles, values: theirs } = postings[terms[i]!]!;
			for (let k = 0; k < roles.length; k++) scores[roles[k]!]! += weight * theirs[k]!;
		}
	}
	return scores;
}

/**
 * Roles by score, best first (ties by label), at most `limit`: the role itself and roles with
 * nothing in common (score 0) left out.
 */
export function rankRoles(
	index: SimilarityIndex,
	graph: KnowledgeGraph,
	role: number,
	scores: Float64Array,
	limit: number
): number[] {
	const label = (r: number) => graph.getNodeAttribute(index.roles[r]!, 'label');
	// Keep the best `limit` with one pass and a small sorted buffer: sorting a thousand is waste.
	const best: number[] = [];
	const better = (x: number, y: number) =>
		scores[x]! > scores[y]! || (scores[x] === scores[y] && compareLabels(label(x), label(y)) < 0);
	for (let r = 0; r < scores.length; r++) {
		if (r === role || !(scores[r]! > 0)) continue;
		if (best.length === limit && !better(r, best[limit - 1]!)) continue;
		let at = best.length === limit ? limit - 1 : best.length;
		while (at > 0 && better(r, best[at - 1]!)) {
			best[at] = best[at - 1]!;
			at--;
		}
		best[at] = r;
	}
	return best.slice(0, limit);
}

/** Explains the closeness of `role` and `other` (both role numbers in the index). */
export function explain(
	index: SimilarityIndex,
	graph: KnowledgeGraph,
	role: number,
	other: number
): Closeness {
	const parts: Partial<Record<Signal, number>> = {};
	let score = 0;
	const contributions = new Map<number, number>();
	const wordWeights = new Map<string, number>();
	for (const { signal, share, vectors, words } of index.signals) {
		const cosine = products(vectors[role]!, vectors[other]!, (term, product) => {
			if (signal === 'needs') contributions.set(term, product);
			else {
				const word = words![term]!;
				wordWeights.set(word, (wordWeights.get(word) ?? 0) + share * product);
			}
		});
		parts[signal] = round(cosine);
		score += share * cosine;
	}
	const drivers = [...contributions]
		.sort((x, y) => y[1] - x[1])
		.slice(0, EXPLAIN)
		.map(([item]) => weighted(index, graph, other, item));
	const mine = new Set(index.needs[role]!.items);
	const theirs = index.needs[other]!;
	const missing: WeightedItem[] = [];
	for (const position of theirs.byWeight) {
		if (missing.length === EXPLAIN) break;
		const item = theirs.items[position]!;
		if (!mine.has(item)) missing.push(weighted(index, graph, other, item));
	}
	return {
		score: round(Math.min(1, Math.max(0, score))),
		parts,
		coverage: {
			toRole: round(coverageOf(index, other, role)),
			fromRole: round(coverageOf(index, role, other))
		},
		drivers,
		missing,
		words: [...wordWeights]
			.sort((x, y) => y[1] - x[1])
			.slice(0, EXPLAIN)
			.map(([word]) => word)
	};
}

/** An item with its weight for a role (which needs it). */
export function weighted(
	index: SimilarityIndex,
	graph: KnowledgeGraph,
	role: number,
	item: number
): WeightedItem {
	const id = index.items[item]!;
	const { items, weights } = index.needs[role]!;
	const at = binarySearch(items, item);
	return {
		id,
		label: graph.getNodeAttribute(id, 'label'),
		category: index.itemCategory[item]!,
		weight: round(at >= 0 ? weights[at]! : 0)
	};
}

function binarySearch(sorted: Int32Array, value: number): number {
	let low = 0;
	let high = sorted.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		const found = sorted[middle]!;
		if (found === value) return middle;
		if (found < value) low = middle + 1;
		else high = middle - 1;
	}
	return -1;
}

/** A number to 4 decimals, as answers show it. */
export function round(value: number): number {
	return Math.round(value * 10_000) / 10_000;
}

/** The role's number in the index; throws UnknownNodeError / NotARoleError for a bad id. */
export function roleNumber(graph: KnowledgeGraph, index: SimilarityIndex, id: string): number {
	roleAttributes(graph, id);
	return index.roleOf.get(id)!;
}

/**
 * How close two roles are: one score from what they need and what they are called, do and
 * are described as (never from links between roles), with coverage both ways and its reasons.
 */
export function closeness(graph: KnowledgeGraph, a: string, b: string): Closeness {
	const index = similarityIndex(graph);
	return explain(index, graph, roleNumber(graph, index, a), roleNumber(graph, index, b));
}

/**
 * The roles closest to one, best first, itself left out: at most `limit` (1–50). Throws
 * UnknownNodeError / NotARoleError for a bad id, InvalidQueryError for a bad limit.
 */
export function closestRoles(graph: KnowledgeGraph, id: string, limit = 10): SimilarRole[] {
	if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SIMILAR) {
		throw new InvalidQueryError(
			'limit',
			`limit must be a whole number from 1 to ${MAX_SIMILAR}, not ${limit}.`
		);
	}
	const index = similarityIndex(graph);
	const role = roleNumber(graph, index, id);
	const ranked = rankRoles(index, graph, role, scoresFrom(index, role), limit);
	return ranked.map((other) => ({
		id: index.roles[other]!,
		label: graph.getNodeAttribute(index.roles[other]!, 'label'),
		...explain(index, graph, role, other)
	}));
}
