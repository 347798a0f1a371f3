import { CATEGORY_STYLES } from './category-styles';
import { displayOrder, shortLabel } from './collapse';
import { highlightField, type FieldDescription } from '../graph/fields';
import type { GroupedRole } from '../graph/node-answer';
import type { RelatedRole } from '../graph/nodes';
import type { RoleGroup } from '../graph/role-groups';
import type { CategoryNeeds, NeededItem } from '../graph/role-needs';
import type { GroupedZone, ZoneGroup, ZoneItem } from './grouped-layout';
import { zoneMoreId } from './grouped-elements';

/** A list folded to its first entries, in runs under headers (a technology's kind). */
export interface Folded<T> {
	groups: { key: string; header?: string; items: T[] }[];
	shown: number;
	hidden: number;
}

/**
 * The first `cap` of a list already in display order, in runs by `groupOf` (kinds, in the order
 * their first entry comes). With `perGroup`, a folded list takes the best `perGroup` entries of
 * as few kinds as fill the cap, so it reads as a few kinds with their best entries rather than one
 * entry of many kinds (entries without a kind are one run, not limited). Nothing is folded when
 * `open`, when `cap` is null, or when folding would hide a single entry (its "+1 more" would take
 * its place).
 */
export function foldList<T>(
	ordered: readonly T[],
	cap: number | null,
	open: boolean,
	groupOf: (item: T) => string | undefined = () => undefined,
	perGroup = Infinity
): Folded<T> {
	const fold = !open && cap !== null && ordered.length > cap + 1;
	const kinds = fold ? Math.max(1, Math.ceil(cap! / perGroup)) : Infinity;
	const byKey = new Map<string, { key: string; header?: string; items: T[] }>();
	let shown = 0;
	let kinded = 0;
	for (const item of ordered) {
		if (fold && shown === cap) break;
		const header = groupOf(item);
		const key = header ?? '';
		let group = byKey.get(key);
		if (fold && header !== undefined) {
			if (group ? group.items.length >= perGroup : kinded >= kinds) continue;
		}
		if (!group) {
			byKey.set(key, (group = { key, ...(header ? { header } : {}), items: [] }));
			if (header !== undefined) kinded++;
		}
		group.items.push(item);
		shown++;
	}
	return { groups: [...byKey.values()], shown, hidden: ordered.length - shown };
}

/** Items a folded zone shows of one kind, so it shows a few kinds rather than one item of many. */
export const PER_KIND = 3;

/** Role names longer than this are shortened in drawings (three lines); lists show them whole. */
const ROLE_LABEL_MAX = 48;

/** Roles per zone before folding, for a drawing of `zones` zones: fewer as there are more, 2–12. */
export function zoneCap(zones: number): number {
	return Math.max(2, Math.min(12, Math.floor(40 / Math.max(1, zones))));
}

/** Whether a link or item carries the flag that rings items (O*NET: hot technology). */
function flaggedBy(fields: readonly FieldDescription[]) {
	const ring = highlightField(fields);
	return (item: Readonly<Record<string, unknown>>) =>
		ring !== undefined && item[ring.name] === true;
}

function pill(
	zone: string,
	hidden: number,
	words: string,
	category: ZoneItem['category']
): ZoneItem {
	return {
		id: zoneMoreId(zone),
		label: `+${hidden} more${words ? ` ${words}` : ''}`,
		category,
		more: { key: zone, hidden }
	};
}

/**
 * A node's roles as zones, one per group (the dataset's families), each titled with its count,
 * its roles in the order their links say matters (hot, in demand, importance), folded to `cap`
 * with a "+N more" pill unless the zone is open.
 */
export function roleZones(
	roles: readonly GroupedRole[],
	groups: readonly RoleGroup[],
	fields: readonly FieldDescription[],
	{ cap, open }: { cap: number | null; open: ReadonlySet<string> }
): GroupedZone[] {
	const flagged = flaggedBy(fields);
	const byGroup = new Map<string, GroupedRole[]>();
	for (const role of roles) {
		const list = byGroup.get(role.group);
		if (list) list.push(role);
		else byGroup.set(role.group, [role]);
	}
	return groups.flatMap((group) => {
		const members = byGroup.get(group.key);
		if (!members) return [];
		const folded = foldList(displayOrder(members, fields), cap, open.has(group.key));
		const items: ZoneItem[] = folded.groups[0]!.items.map((role) => ({
			id: role.id,
			label: shortLabel(role.label, ROLE_LABEL_MAX),
			category: 'role',
			...(flagged(role) ? { flagged: true } : {})
		}));
		if (folded.hidden > 0) items.push(pill(group.key, folded.hidden, '', 'role'));
		return [
			{
				key: group.key,
				title: `${group.name} · ${members.length}`,
				groups: [{ key: 'roles', items }],
				open: open.has(group.key)
			}
		];
	});
}

/** The key of a role page's zone of related roles. */
export const RELATED_ZONE = 'related';

/**
 * A role's page as zones: one per category of what it needs, items in display order grouped by
 * kind (O*NET's commodity titles), folded to `cap`; a category the dataset has no data on for the
 * role says so; then its related roles, as the dataset ranks them.
 */
export function needZones(
	needs: readonly CategoryNeeds[],
	related: readonly RelatedRole[],
	fields: readonly FieldDescription[],
	{
		cap,
		open,
		relatedTitle
	}: { cap: number | null; open: ReadonlySet<string>; relatedTitle: string }
): GroupedZone[] {
	const flagged = flaggedBy(fields);
	const zones: GroupedZone[] = needs.map(({ category, items, unrated }) => {
		const style = CATEGORY_STYLES[category];
		if (unrated) {
			return {
				key: category,
				title: `${style.plural} · no data`,
				groups: [{ key: 'none', header: 'The data has none for this role', items: [] }]
			};
		}
		const folded = foldList(
			displayOrder<NeededItem>(items, fields),
			cap,
			open.has(category),
			(item) => item.kind,
			PER_KIND
		);
		const groups: ZoneGroup[] = folded.groups.map((group) => ({
			key: group.key,
			...(group.header ? { header: group.header } : {}),
			items: group.items.map((item) => ({
				id: item.id,
				label: shortLabel(item.label),
				category,
				...(flagged(item) ? { flagged: true } : {})
			}))
		}));
		if (folded.hidden > 0) {
			groups.push({
				key: 'more',
				items: [pill(category, folded.hidden, style.plural.toLowerCase(), category)]
			});
		}
		return {
			key: category,
			title: `${style.plural} · ${items.length}`,
			groups,
			open: open.has(category)
		};
	});
	// A role related two ways (O*NET relates, an article builds on) is drawn once.
	const distinct = related.filter(
		(role, index) => related.findIndex((other) => other.id === role.id) === index
	);
	if (distinct.length > 0) {
		const folded = foldList(distinct, cap, open.has(RELATED_ZONE));
		const items: ZoneItem[] = folded.groups[0]!.items.map((role) => ({
			id: role.id,
			label: shortLabel(role.label, ROLE_LABEL_MAX),
			category: 'role'
		}));
		if (folded.hidden > 0) items.push(pill(RELATED_ZONE, folded.hidden, '', 'role'));
		zones.push({
			key: RELATED_ZONE,
			title: `${relatedTitle} · ${distinct.length}`,
			groups: [{ key: 'roles', items }],
			open: open.has(RELATED_ZONE)
		});
	}
	return zones;
}
