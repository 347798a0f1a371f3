import {
	categoryFilter,
	itemFields,
	linksOf,
	makeItem,
	mergeValues,
	sourceFilter,
	type CompareItem,
	type CompareOptions,
	type Link,
	type RoleLinks
} from './compare';
import { InvalidQueryError } from './errors';
import type { FieldDescription, FieldValue } from './fields';
import { roleAttributes } from './nodes';
import type { Category, KnowledgeGraph } from './types';

/** The fewest roles a comparison takes. */
export const MIN_COMPARED = 2;
/** The most roles a comparison takes: beyond six, the exact intersections stop being readable. */
export const MAX_COMPARED = 6;

/** A compared role: its id and label. */
export interface ComparedRole {
	id: string;
	label: string;
}

/** One exact intersection: the items linked to by exactly these roles (in the order chosen). */
export interface RoleZone {
	roles: string[];
	items: CompareItem[];
}

/**
 * What several roles need, split into exact intersections ("zones"): every item of the union is
 * in exactly one zone, the one of the roles that link to it. Zones come largest first (ties: more
 * roles first, then in the order the roles were chosen), items in display order (category, then
 * label). `missing` names, per role, the categories its dataset has no data on: an item of such a
 * category is kept only where every role lacking the data links to it, since for the others "not
 * linked" would mean "not known", not "not needed".
 */
export interface ManyComparison {
	roles: ComparedRole[];
	zones: RoleZone[];
	missing: Readonly<Record<string, readonly Category[]>>;
}

/**
 * Compares two to six roles: the exact intersections of what they link to, each item with the
 * sources behind every role's link. Throws InvalidQueryError for too few or too many roles, a role
 * chosen twice, an unknown category or source; UnknownNodeError / NotARoleError for a bad id.
 * Never changes the graph.
 */
export function compareMany(
	graph: KnowledgeGraph,
	roles: readonly string[],
	options: CompareOptions = {}
): ManyComparison {
	checkCount(roles.length);
	const repeated = roles.find((role, i) => roles.indexOf(role) !== i);
	if (repeated !== undefined) {
		throw new InvalidQueryError('roles', `"${repeated}" is chosen twice; pick each role once.`);
	}
	const attributes = roles.map((role) => roleAttributes(graph, role));
	const categories = categoryFilter(options.categories);
	const sources = sourceFilter(graph, options.sources);

	const missing: Record<string, readonly Category[]> = Object.create(null);
	/** Per category, the roles (as a bit mask) without data on it. */
	const lacking = new Map<Category, number>();
	attributes.forEach(({ unrated }, r) => {
		const relevant = (unrated ?? []).filter((c) => !categories || categories.has(c));
		if (relevant.length === 0) return;
		missing[roles[r]!] = relevant;
		for (const category of relevant) lacking.set(category, (lacking.get(category) ?? 0) | (1 << r));
	});

	const lists = roles.map((role) => linksOf(graph, role));
	const byMask = splitByMask(itemFields(graph), roles, lists, lacking, (link) => {
		if (categories && !categories.has(link.category)) return undefined;
		if (!sources) return link.sources;
		const kept = link.sources.filter((source) => sources.has(source));
		return kept.length > 0 ? kept : undefined;
	});
	const zones: { mask: number; items: CompareItem[] }[] = [];
	byMask.forEach((items, mask) => {
		if (items.length > 0) zones.push({ mask, items });
	});
	zones.sort((x, y) => y.items.length - x.items.length || byRoles(x.mask, y.mask));
	return {
		roles: roles.map((id, r) => ({ id, label: attributes[r]!.label })),
		zones: zones.map(({ mask, items }) => ({ roles: rolesOf(mask, roles), items })),
		missing
	};
}

/** Throws InvalidQueryError unless a comparison of `count` roles can be made. */
export function checkCount(count: number): void {
	if (count >= MIN_COMPARED && count <= MAX_COMPARED) return;
	throw new InvalidQueryError(
		'roles',
		`Compare two to six roles; ${count === 0 ? 'none was' : count === 1 ? 'one was' : `${count} were`} given.`
	);
}

/** The roles of a mask, in the order chosen. */
function rolesOf(mask: number, roles: readonly string[]): string[] {
	return roles.filter((_role, r) => (mask & (1 << r)) !== 0);
}

function popcount(mask: number): number {
	let count = 0;
	for (let m = mask; m !== 0; m &= m - 1) count++;
	return count;
}

/** Zones of equal size: more roles first, then by the first role that differs (earlier chosen first). */
function byRoles(x: number, y: number): number {
	const more = popcount(y) - popcount(x);
	if (more !== 0) return more;
	const differ = x ^ y;
	const lowest = differ & -differ;
	return (x & lowest) !== 0 ? -1 : 1;
}

/**
 * Every role's links, merged by display rank (each list is sorted by it): one pass that puts each
 * item in the list of the exact set of roles linking to it, in display order. `keep` filters a
 * link, returning the sources that stay (undefined: the link does not count).
 */
function splitByMask(
	fields: readonly FieldDescription[],
	roles: readonly string[],
	lists: readonly RoleLinks[],
	lacking: ReadonlyMap<Category, number>,
	keep: (link: Link) => readonly string[] | undefined
): CompareItem[][] {
	const count = roles.length;
	const byMask: CompareItem[][] = Array.from({ length: 1 << count }, () => []);
	const at = new Int32Array(count);
	const kept: (readonly string[] | undefined)[] = new Array(count);
	for (;;) {
		let rank = Infinity;
		for (let r = 0; r < count; r++) {
			const ranks = lists[r]!.ranks;
			if (at[r]! < ranks.length && ranks[at[r]!]! < rank) rank = ranks[at[r]!]!;
		}
		if (rank === Infinity) break;
		let mask = 0;
		let first = -1;
		for (let r = 0; r < count; r++) {
			const { ranks, links } = lists[r]!;
			if (at[r]! >= ranks.length || ranks[at[r]!] !== rank) {
				kept[r] = undefined;
				continue;
			}
			const link = links[at[r]!]!;
			kept[r] = keep(link);
			if (kept[r]) {
				mask |= 1 << r;
				if (first < 0) first = r;
			}
		}
		if (mask !== 0) {
			const link = lists[first]!.links[at[first]!]!;
			const unknown = lacking.get(link.category) ?? 0;
			// Kept only if every role without data on the category links to it (see ManyComparison).
			if ((unknown & ~mask) === 0)
				byMask[mask]!.push(itemOf(fields, roles, lists, at, kept, mask, first));
		}
		for (let r = 0; r < count; r++) {
			const ranks = lists[r]!.ranks;
			if (at[r]! < ranks.length && ranks[at[r]!] === rank) at[r]!++;
		}
	}
	return byMask;
}

/** The item for the links at the heads of the lists in `mask`: sources per role, marks merged. */
function itemOf(
	fields: readonly FieldDescription[],
	roles: readonly string[],
	lists: readonly RoleLinks[],
	at: Int32Array,
	kept: readonly (readonly string[] | undefined)[],
	mask: number,
	first: number
): CompareItem {
	const head = lists[first]!.links[at[first]!]!;
	// One role, all its sources: the item its list built ahead (read-only, shared).
	if ((mask & (mask - 1)) === 0 && kept[first] === head.sources)
		return lists[first]!.alone[at[first]!]!;
	const sources: Record<string, readonly string[]> = Object.create(null);
	let values: FieldValue[] | undefined;
	for (let r = 0; r < roles.length; r++) {
		if ((mask & (1 << r)) === 0) continue;
		const link = lists[r]!.links[at[r]!]!;
		sources[roles[r]!] = kept[r]!;
		values = values === undefined ? link.values : mergeValues(values, link.values);
	}
	// The same fields in the same order as compareRoles's items (one hidden class for all).
	return makeItem(fields, head.id, head.label, head.category, sources, values ?? head.values);
}
