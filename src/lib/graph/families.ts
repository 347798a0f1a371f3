import type { KnowledgeGraph, NodeAttributes } from './types';

/**
 * How a dataset groups its roles into families, described as data: O*NET groups occupations by
 * the first two digits of their SOC code (15 is "Computer and Mathematical").
 */
export interface FamilyDescription {
	/** What a family is called in views: "occupation family". */
	label: string;
	/** The role attribute a family is read from. */
	from: 'code' | 'id';
	/** How many of its first characters name the family. */
	prefix: number;
	/** Each family's name, by key. */
	names: Record<string, string>;
	/** The family a big dataset's explorer opens on. */
	default?: string;
}

/** A role's family key under a description (undefined: it has none). */
export function familyOf(
	description: FamilyDescription,
	id: string,
	attributes: Pick<NodeAttributes, 'code'>
): string | undefined {
	const source = description.from === 'code' ? attributes.code : id;
	if (typeof source !== 'string' || source.length < description.prefix) return undefined;
	return source.slice(0, description.prefix);
}

/** A family's name, or its key when the description does not name it. */
export function familyName(description: FamilyDescription, key: string): string {
	return Object.hasOwn(description.names, key) ? description.names[key]! : key;
}

/** The families of a graph's roles, with how many roles each and their names; none if it describes none. */
export function roleFamilies(
	graph: KnowledgeGraph
): { family: string; roles: number; name: string }[] {
	const description = graph.getAttribute('families');
	if (!description) return [];
	const counts = new Map<string, number>();
	graph.forEachNode((id, attributes) => {
		if (attributes.category !== 'role') return;
		const family = familyOf(description, id, attributes);
		if (family !== undefined) counts.set(family, (counts.get(family) ?? 0) + 1);
	});
	return [...counts]
		.map(([family, roles]) => ({ family, roles, name: familyName(description, family) }))
		.sort((a, b) => a.family.localeCompare(b.family));
}
