import type { Relation } from './graph/types';

/** "needs" / "is responsible for"… for one role (singular verb). */
const SINGULAR: Record<Relation, string> = {
	needs: 'needs it',
	responsibleFor: 'is responsible for it',
	hireFor: 'is the hire for this',
	buildsFoundationFor: 'builds the foundation for it',
	relatedTo: 'is related to it'
};

/** The same for two roles (plural verb). */
const PLURAL: Record<Relation, string> = {
	needs: 'need it',
	responsibleFor: 'are responsible for it',
	hireFor: 'are the hire for this',
	buildsFoundationFor: 'build the foundation for it',
	relatedTo: 'are related to it'
};

/** How one role relates to a node, as a phrase: "needs it". */
export function relationPhrase(relation: Relation): string {
	return SINGULAR[relation];
}

/**
 * Which of two compared roles link to a node, in plain words: "Both Backend Engineer and
 * Backend Developer need it." / "Only Backend Engineer needs it." / "Neither … needs it."
 */
export function overlapSentence(
	relation: Relation,
	a: { label: string; linked: boolean },
	b: { label: string; linked: boolean }
): string {
	if (a.label === b.label) {
		return a.linked ? `${a.label} ${SINGULAR[relation]}.` : `${a.label} does not link to it.`;
	}
	if (a.linked && b.linked) return `Both ${a.label} and ${b.label} ${PLURAL[relation]}.`;
	if (a.linked) return `Only ${a.label} ${SINGULAR[relation]}.`;
	if (b.linked) return `Only ${b.label} ${SINGULAR[relation]}.`;
	return `Neither ${a.label} nor ${b.label} links to it.`;
}

/** How a list of the roles linked to a node is headed, in the words of their relation. */
const ROLES_HEADINGS: Record<Relation, string> = {
	needs: 'Roles that need it',
	responsibleFor: 'Roles responsible for it',
	hireFor: 'Roles to hire for this',
	buildsFoundationFor: 'Roles that build the foundation for it',
	relatedTo: 'Roles related to it'
};

/** The heading of the roles linked to a node: per relation when they share one, else general. */
export function rolesHeading(roles: readonly { relation: Relation }[]): string {
	const relations = new Set(roles.map((role) => role.relation));
	const [only] = relations;
	return relations.size === 1 && only ? ROLES_HEADINGS[only] : 'Roles linked to it';
}

export { listInWords, missingSentence } from './graph/category-names';
