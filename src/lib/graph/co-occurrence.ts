import { derived } from './cache';
import { familyOf } from './families';
import { compareLabels } from './order';
import type { Category, KnowledgeGraph } from './types';

/** An item needed together with another one: by how many roles, and how much more than chance. */
export interface CoNeeded {
	id: string;
	label: string;
	category: Category;
	/** How many roles (in scope) need both. */
	roles: number;
	/**
	 * How many times more often they go together than if they were independent: the share of
	 * the roles needing the one that also need the other, over the share of all roles (with data
	 * on the category) that need the other. 1 is chance; 2, twice as often.
	 */
	lift: number;
}

/** Below this many roles in common, two items are not said to come together (one role is anecdote). */
export const MIN_TOGETHER = 2;

/**
 * What every role needs and who needs every item, as integer arrays built once per graph: a
 * co-occurrence is then a count over arrays, well under a millisecond for O*NET's largest node.
 */
export interface CoOccurrenceIndex {
	roles: string[];
	/** Each role's family key under the dataset's description ('' when it has none). */
	roleFamily: string[];
	/** Per role, the categories the dataset has no data on for it. */
	roleUnrated: ReadonlySet<Category>[];
	items: string[];
	itemOf: Map<string, number>;
	itemCategory: Category[];
	itemLabel: string[];
	/** Per role, the items it links to. */
	needs: Int32Array[];
	/** Per item, the roles linking to it. */
	neededBy: Int32Array[];
	/** Scratch counts, one per item (all zero between calls). */
	scratch: Int32Array;
}

/** Builds the index (see coOccurrenceIndex). */
function build(graph: KnowledgeGraph): CoOccurrenceIndex {
	const families = graph.getAttribute('families');
	const roles: string[] = [];
	const roleFamily: string[] = [];
	const roleUnrated: ReadonlySet<Category>[] = [];
	const items: string[] = [];
	const itemOf = new Map<string, number>();
	const itemCategory: Category[] = [];
	const itemLabel: string[] = [];
	const needs: Int32Array[] = [];
	const neededByLists: number[][] = [];
	graph.forEachNode((id, attributes) => {
		if (attributes.category !== 'role') return;
		const role = roles.length;
		roles.push(id);
		roleFamily.push((families && familyOf(families, id, attributes)) ?? '');
		roleUnrated.push(new Set(attributes.unrated ?? []));
		const linked: number[] = [];
		graph.forEachOutNeighbor(id, (target, { category, label }) => {
			if (category === 'role') return;
			let item = itemOf.get(target);
			if (item === undefined) {
				item = items.length;
				items.push(target);
				itemOf.set(target, item);
				itemCategory.push(category);
				itemLabel.push(label);
				neededByLists.push([]);
			}
			linked.push(item);
			neededByLists[item]!.push(role);
		});
		needs.push(Int32Array.from(linked));
	});
	return {
		roles,
		roleFamily,
		roleUnrated,
		items,
		itemOf,
		itemCategory,
		itemLabel,
		needs,
		neededBy: neededByLists.map((list) => Int32Array.from(list)),
		scratch: new Int32Array(items.length)
	};
}

/** The co-occurrence index of a graph, built on first use and kept until the graph changes. */
export const coOccurrenceIndex = derived(build);

/** Which roles a question is about: all of them, or those of one family. */
export interface Scope {
	/** A family key (see families.ts); undefined: every role. */
	group?: string;
}

/**
 * How many of the roles in scope have data on a category: those the dataset does not mark as
 * unrated for it. "130 of the 923 occupations with technology data" counts these.
 */
export function ratedRoles(graph: KnowledgeGraph, category: Category, scope: Scope = {}): number {
	const index = coOccurrenceIndex(graph);
	let rated = 0;
	for (let role = 0; role < index.roles.length; role++) {
		if (scope.group !== undefined && index.roleFamily[role] !== scope.group) continue;
		if (!index.roleUnrated[role]!.has(category)) rated++;
	}
	return rated;
}

/**
 * The items of the same category most often needed together with one (`id`) by the roles in
 * scope, most roles first (then highest lift, then label), at most `limit`, each shared by at
 * least MIN_TOGETHER roles. Empty for a role, or a node no role links to.
 */
export function together(
	graph: KnowledgeGraph,
	id: string,
	{ limit = 10, group }: Scope & { limit?: number } = {}
): CoNeeded[] {
	const index = coOccurrenceIndex(graph);
	const item = index.itemOf.get(id);
	if (item === undefined) return [];
	const category = index.itemCategory[item]!;
	const inScope = (role: number) => group === undefined || index.roleFamily[role] === group;
	const counts = index.scratch;
	const touched: number[] = [];
	let needing = 0;
	for (const role of index.neededBy[item]!) {
		if (!inScope(role)) continue;
		needing++;
		for (const other of index.needs[role]!) {
			if (other === item || index.itemCategory[other] !== category) continue;
			if (counts[other] === 0) touched.push(other);
			counts[other]!++;
		}
	}
	const found: { item: number; roles: number }[] = [];
	for (const other of touched) {
		if (counts[other]! >= MIN_TOGETHER) found.push({ item: other, roles: counts[other]! });
		counts[other] = 0;
	}
	if (found.length === 0) return [];
	const rated = ratedRoles(graph, category, { group });
	const needingOther = (other: number) => {
		const roles = index.neededBy[other]!;
		if (group === undefined) return roles.length;
		let n = 0;
		for (const role of roles) if (index.roleFamily[role] === group) n++;
		return n;
	};
	const answers = found.map(({ item: other, roles }) => ({
		id: index.items[other]!,
		label: index.itemLabel[other]!,
		category,
		roles,
		lift: roundLift((roles * rated) / (needing * needingOther(other)))
	}));
	return answers
		.sort((x, y) => y.roles - x.roles || y.lift - x.lift || compareLabels(x.label, y.label))
		.slice(0, limit);
}

/** Lift to two decimals: more says nothing a reader can use. */
function roundLift(lift: number): number {
	return Math.round(lift * 100) / 100;
}
