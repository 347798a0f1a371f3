import { familyName, familyOf, type FamilyDescription } from './families';
import { compareLabels } from './order';
import type { KnowledgeGraph, NodeAttributes } from './types';

/** A group of roles as a node's page and its API show it: its key, its name, how many roles. */
export interface RoleGroup {
	key: string;
	name: string;
	count: number;
}

/** How a dataset groups its roles, in words: what a group is called and what its roles are. */
export interface Grouping {
	/** What one group is called: "occupation family" (a dataset without families: "group"). */
	label: string;
	/** What the roles are called, one and many: "occupation", "occupations". */
	role: { one: string; many: string };
	/** Whether the groups come from the dataset's families (false: all roles are one group). */
	families: boolean;
}

/** The key of the one group of a dataset that describes no families, and of roles outside them. */
export const UNGROUPED = '';

/**
 * How a graph groups its roles. The word for its roles comes from its families' label
 * ("occupation family" → occupations), so views speak the dataset's language without naming it.
 */
export function roleGrouping(graph: KnowledgeGraph): Grouping {
	const families = graph.getAttribute('families');
	if (!families) return { label: 'group', role: { one: 'role', many: 'roles' }, families: false };
	const word = /^(.+?)\s+(family|group)$/i.exec(families.label.trim())?.[1];
	return {
		label: families.label,
		role: word ? { one: word, many: `${word}s` } : { one: 'role', many: 'roles' },
		families: true
	};
}

/** The group a role belongs to under a families description ('' when it has none). */
export function groupKeyOf(
	families: FamilyDescription | undefined,
	id: string,
	attributes: Pick<NodeAttributes, 'code'>
): string {
	return (families && familyOf(families, id, attributes)) ?? UNGROUPED;
}

/** A group's name: the family's, or, for roles outside any family, "Other" ("All roles" with no families). */
export function groupName(families: FamilyDescription | undefined, key: string): string {
	if (key !== UNGROUPED) return families ? familyName(families, key) : key;
	return families ? 'Other' : 'All roles';
}

/** The groups of a list of roles, with their counts: biggest first, then in the dataset's order of keys. */
export function groupsOf(
	families: FamilyDescription | undefined,
	roles: readonly { group: string }[]
): RoleGroup[] {
	const counts = new Map<string, number>();
	for (const { group } of roles) counts.set(group, (counts.get(group) ?? 0) + 1);
	return [...counts]
		.map(([key, count]) => ({ key, name: groupName(families, key), count }))
		.sort((x, y) => y.count - x.count || compareLabels(x.key, y.key));
}
