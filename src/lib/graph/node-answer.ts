import { coOccurrenceIndex, ratedRoles, together, type CoNeeded } from './co-occurrence';
import { InvalidQueryError } from './errors';
import { graphFields, type FieldValue } from './fields';
import { nodeResponse, type NodeResponse, type RoleLink } from './nodes';
import { groupKeyOf, groupsOf, roleGrouping, type Grouping, type RoleGroup } from './role-groups';
import type { KnowledgeGraph } from './types';

/** A role linked to a node, with its group and its own described fields (O*NET: job zone). */
export interface GroupedRole extends RoleLink {
	/** The key of its group (its family; '' when the dataset has none). */
	group: string;
	/** The role's own fields the dataset describes, when it has any. */
	fields?: Record<string, FieldValue>;
}

/** Who links to a node, how many, grouped as the dataset groups roles, and what comes with it. */
export interface NodeRolesAnswer extends NodeResponse {
	roles: GroupedRole[];
	/** How many roles link to it (in the group asked for). */
	count: number;
	/** How many roles have data on its category: `count` is out of these. */
	rated: number;
	/** How many roles there are (in the group asked for): more than `rated` when some lack data. */
	allRoles: number;
	grouping: Grouping;
	/** The groups of the roles linking to it, biggest first. */
	groups: RoleGroup[];
	/** The items of its category most often needed together with it (empty for a role). */
	together: CoNeeded[];
}

/** The most co-needed items an answer lists. */
export const MAX_TOGETHER = 50;

/**
 * Everything a node's page and GET /api/nodes/{id} say of a node: the node, the roles linking to
 * it with their groups and fields, how many of the roles with data on its category they are, and
 * the `limit` items most often needed with it. `group` narrows all of it to one group of roles;
 * a group no role of the dataset is in is refused (InvalidQueryError).
 */
export function nodeRolesAnswer(
	graph: KnowledgeGraph,
	id: string,
	{ limit = 10, group }: { limit?: number; group?: string } = {}
): NodeRolesAnswer {
	const base = nodeResponse(graph, id);
	const families = graph.getAttribute('families');
	const grouping = roleGrouping(graph);
	if (group !== undefined) checkGroup(graph, group);
	const nodeFields = graphFields(graph).filter((field) => field.on === 'node');
	const roles: GroupedRole[] = [];
	for (const role of base.roles) {
		const attributes = graph.getNodeAttributes(role.id);
		const key = groupKeyOf(families, role.id, attributes);
		if (group !== undefined && key !== group) continue;
		const fields: Record<string, FieldValue> = {};
		for (const field of nodeFields) {
			const value = attributes[field.name];
			if (value !== undefined) fields[field.name] = value as FieldValue;
		}
		roles.push({ ...role, group: key, ...(Object.keys(fields).length > 0 ? { fields } : {}) });
	}
	const { category } = base.node;
	return {
		...base,
		roles,
		count: roles.length,
		rated: ratedRoles(graph, category, { group }),
		allRoles: rolesIn(graph, group),
		grouping,
		groups: groupsOf(families, roles),
		together: category === 'role' ? [] : together(graph, id, { limit, group })
	};
}

/** How many roles there are in a group, or in all. */
function rolesIn(graph: KnowledgeGraph, group: string | undefined): number {
	const families = coOccurrenceIndex(graph).roleFamily;
	return group === undefined ? families.length : families.filter((key) => key === group).length;
}

/** Refuses a group key no role of the graph is in, naming the ones there are. */
function checkGroup(graph: KnowledgeGraph, group: string): void {
	const keys = new Set(coOccurrenceIndex(graph).roleFamily);
	if (keys.has(group)) return;
	const known = [...keys].sort().slice(0, 30);
	throw new InvalidQueryError(
		'group',
		`No role is in the group "${group.slice(0, 40)}"; the groups are ${known.map((k) => `"${k}"`).join(', ')}.`
	);
}
