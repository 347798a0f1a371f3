import { InvalidQueryError } from './errors';
import { compareLabels } from './order';
import { similarityIndex } from './similarity-index';
import { round, weighted, type WeightedItem } from './similarity';
import type { KnowledgeGraph, NodeSummary } from './types';

/** A role and how much of what it needs someone already has. */
export interface RoleMatch {
	id: string;
	label: string;
	/**
	 * How well the role fits (0–1): the similarity's "needs" signal with the person as a role,
	 * i.e. the cosine of what they have and what the role needs, both weighted by rarity.
	 */
	score: number;
	/** The weighted share of the role's needs they have (0–1), as coverage is everywhere. */
	coverage: number;
	/** What the person has that the role needs, heaviest first. */
	has: WeightedItem[];
	/** The role's heaviest needs the person lacks. */
	missing: WeightedItem[];
}

/** Roles ranked by how much of each one someone covers. */
export interface MatchResult {
	/** The known ids given, as nodes (a role stands for everything it needs). */
	have: NodeSummary[];
	/** Ids the graph does not have, in the order given: shown, not dropped. */
	unknown: string[];
	results: RoleMatch[];
}

/** The most roles one match returns, and the most ids it takes. */
export const MAX_MATCHES = 50;
export const MAX_HAVE = 200;

/** Missing items listed per role. */
const MISSING = 5;

/**
 * The roles that fit what someone has, best first (ties by label), roles sharing nothing left
 * out. Each is scored as the similarity scores what two roles need — the cosine of rarity-weighted
 * vectors, the person's items each weighing 1 — so a short list of common items (Microsoft
 * Excel, Critical Thinking) does not make every small role a perfect fit; its coverage (the
 * weighted share of its needs they have) comes with it. A role id in `have` stands for
 * everything that role needs (and is itself left out of the results). Throws InvalidQueryError
 * for a bad limit or too many ids.
 */
export function matchRoles(
	graph: KnowledgeGraph,
	have: readonly string[],
	limit = 20
): MatchResult {
	if (!Number.isInteger(limit) || limit < 1 || limit > MAX_MATCHES) {
		throw new InvalidQueryError(
			'limit',
			`limit must be a whole number from 1 to ${MAX_MATCHES}, not ${limit}.`
		);
	}
	if (have.length > MAX_HAVE) {
		throw new InvalidQueryError('have', `have lists ${have.length} ids; the limit is ${MAX_HAVE}.`);
	}
	const index = similarityIndex(graph);
	const known: NodeSummary[] = [];
	const unknown: string[] = [];
	const items = new Set<number>();
	const startingRoles = new Set<number>();
	for (const id of new Set(have)) {
		if (!graph.hasNode(id)) {
			unknown.push(id);
			continue;
		}
		const { label, category } = graph.getNodeAttributes(id);
		known.push({ id, label, category });
		const role = category === 'role' ? index.roleOf.get(id) : undefined;
		if (role !== undefined) {
			startingRoles.add(role);
			for (const item of index.needs[role]!.items) items.add(item);
		} else {
			const item = index.itemOf.get(id);
			if (item !== undefined) items.add(item);
		}
	}
	const rarity = (item: number) =>
		Math.log(1 + index.roles.length / index.neededBy[item]!.roles.length);
	let norm = 0;
	for (const item of items) norm += rarity(item) ** 2;
	norm = Math.sqrt(norm);
	const needsSignal = index.signals.find((signal) => signal.signal === 'needs');
	const fit = new Float64Array(index.roles.length);
	const covered = new Float64Array(index.roles.length);
	for (const item of items) {
		const { roles, values } = index.neededBy[item]!;
		for (let k = 0; k < roles.length; k++) covered[roles[k]!]! += values[k]!;
		if (!needsSignal) continue;
		const postings = needsSignal.postings[item]!;
		const share = rarity(item) / norm;
		for (let k = 0; k < postings.roles.length; k++) {
			fit[postings.roles[k]!]! += share * postings.values[k]!;
		}
	}
	const ranked: { role: number; score: number; label: string }[] = [];
	for (let role = 0; role < fit.length; role++) {
		if (!(fit[role]! > 0) || startingRoles.has(role)) continue;
		ranked.push({
			role,
			score: fit[role]!,
			label: graph.getNodeAttribute(index.roles[role]!, 'label')
		});
	}
	ranked.sort((x, y) => y.score - x.score || compareLabels(x.label, y.label));
	const results = ranked.slice(0, limit).map(({ role, score, label }): RoleMatch => {
		const needs = index.needs[role]!;
		const has: WeightedItem[] = [];
		const missing: WeightedItem[] = [];
		for (const position of needs.byWeight) {
			const item = needs.items[position]!;
			if (items.has(item)) has.push(weighted(index, graph, role, item));
			else if (missing.length < MISSING) missing.push(weighted(index, graph, role, item));
		}
		const coverage = covered[role]! / needs.total;
		return {
			id: index.roles[role]!,
			label,
			score: round(Math.min(1, score)),
			coverage: round(coverage),
			has,
			missing
		};
	});
	return { have: known, unknown, results };
}
