import { listInWords } from '../../graph/category-names';
import type { FieldDescription } from '../../graph/fields';
import type { GroupedRole } from '../../graph/node-answer';
import { compareLabels } from '../../graph/order';
import type { Grouping } from '../../graph/role-groups';
import { displayOrder } from '../../viz/collapse';

/** A way to order the role list, as the sort menu offers it. */
export interface SortOption {
	key: string;
	label: string;
}

/** The most values a number field may take to be offered as a filter (job zone's 1–5 are). */
const MAX_FILTER_VALUES = 10;

/** A role field the list can be filtered by, with the values the roles have and how many have each. */
export interface FilterField {
	field: FieldDescription;
	values: { value: number; count: number }[];
}

const capitalise = (text: string) => `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;

/** The value of a role's field for sorting: its own (node) fields or its link's; flags count 1. */
function valueOf(role: GroupedRole, on: 'node' | 'link', name: string): number | undefined {
	const value = on === 'node' ? role.fields?.[name] : role[name];
	if (typeof value === 'number') return value;
	if (typeof value === 'boolean') return value ? 1 : 0;
	return undefined;
}

/**
 * The roles' own fields the list offers as filters: every described number field whose range
 * holds at most ten whole values (O*NET's job zone, 1 to 5) and which some role has.
 */
export function filterFields(
	fields: readonly FieldDescription[],
	roles: readonly GroupedRole[]
): FilterField[] {
	return fields.flatMap((field) => {
		const range = field.range ?? field.span;
		if (field.on !== 'node' || field.type !== 'number' || !range) return [];
		if (range[1] - range[0] + 1 > MAX_FILTER_VALUES) return [];
		const counts = new Map<number, number>();
		for (const role of roles) {
			const value = role.fields?.[field.name];
			if (typeof value === 'number') counts.set(value, (counts.get(value) ?? 0) + 1);
		}
		if (counts.size === 0) return [];
		const values = [...counts]
			.map(([value, count]) => ({ value, count }))
			.sort((x, y) => x.value - y.value);
		return [{ field, values }];
	});
}

/**
 * The orders the role list offers, from the dataset's descriptions: what the links say first
 * (hot, in demand, importance), by name, by group name, and by each field the roles or their
 * links carry (job zone, hot technology, importance…).
 */
export function sortOptions(
	fields: readonly FieldDescription[],
	roles: readonly GroupedRole[],
	grouping: Grouping
): SortOption[] {
	const has = (field: FieldDescription) =>
		roles.some((role) => valueOf(role, field.on, field.name) !== undefined);
	const linkKeys = fields.filter(
		(field) => field.on === 'link' && field.order !== undefined && has(field)
	);
	const nodeKeys = fields.filter(
		(field) => field.on === 'node' && field.type === 'number' && has(field)
	);
	const options: SortOption[] = [];
	if (linkKeys.length > 0) {
		options.push({
			key: 'link',
			label: `${capitalise(listInWords(linkKeys.map((field) => field.label)))} first`
		});
	}
	options.push({ key: 'name', label: 'Name (A–Z)' });
	if (grouping.families)
		options.push({ key: 'group', label: `${capitalise(grouping.label)} (A–Z)` });
	for (const field of nodeKeys) {
		options.push({
			key: `node:${field.name}`,
			label: `${capitalise(field.label)} (highest first)`
		});
	}
	if (linkKeys.length > 1) {
		for (const field of linkKeys) {
			options.push({
				key: `link:${field.name}`,
				label:
					field.type === 'boolean'
						? `${capitalise(field.label)} first`
						: `${capitalise(field.label)} (highest first)`
			});
		}
	}
	return options;
}

/** Roles in the order a sort option names (ties by name); unknown keys keep the links' order. */
export function sortRoles(
	roles: readonly GroupedRole[],
	key: string,
	fields: readonly FieldDescription[]
): GroupedRole[] {
	const byName = [...roles].sort((x, y) => compareLabels(x.label, y.label));
	const match = /^(node|link):(.+)$/.exec(key);
	if (key === 'name' || key === 'group') return byName;
	if (!match) return displayOrder(byName, fields);
	const on = match[1] as 'node' | 'link';
	const name = match[2]!;
	const score = (role: GroupedRole) => valueOf(role, on, name) ?? -Infinity;
	return byName.sort((x, y) => {
		const [a, b] = [score(x), score(y)];
		return a === b ? 0 : b > a ? 1 : -1;
	});
}

/** Roles by the key of their group, each group's in the order given. */
export function rolesByGroup(roles: readonly GroupedRole[]): ReadonlyMap<string, GroupedRole[]> {
	const byGroup = new Map<string, GroupedRole[]>();
	for (const role of roles) {
		const list = byGroup.get(role.group);
		if (list) list.push(role);
		else byGroup.set(role.group, [role]);
	}
	return byGroup;
}

/** A set to look keys up in (state keeps the list; a set made here is never changed). */
export function readonlySet(keys: readonly string[]): ReadonlySet<string> {
	return new Set(keys);
}
