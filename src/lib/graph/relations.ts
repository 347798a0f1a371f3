import type { Category, Relation } from './types';
import { ROLE_RELATIONS } from './types';

/** The relation a role has to a node of this category (role-to-role relations are explicit). */
export function relationFor(category: Category): Relation {
	if (category === 'responsibility') return 'responsibleFor';
	if (category === 'hiring') return 'hireFor';
	return 'needs';
}

/** Whether an edge with this relation links two roles. */
export function isRoleRelation(relation: Relation): boolean {
	return ROLE_RELATIONS.includes(relation);
}

/** How a relation reads, every way views and exports say it: one table for all of them. */
export interface RelationWords {
	/** Between two names: "A needs B". */
	label: string;
	/** One role of a node: "needs it". */
	singular: string;
	/** Two roles of a node: "need it". */
	plural: string;
	/** Two roles each stating it of the other: "are related". */
	mutual: string;
	/** A list of the roles linked to a node: "Roles that need it". */
	heading: string;
}

export const RELATION_WORDS: Record<Relation, RelationWords> = {
	needs: {
		label: 'needs',
		singular: 'needs it',
		plural: 'need it',
		mutual: 'need each other',
		heading: 'Roles that need it'
	},
	responsibleFor: {
		label: 'is responsible for',
		singular: 'is responsible for it',
		plural: 'are responsible for it',
		mutual: 'are responsible for each other',
		heading: 'Roles responsible for it'
	},
	hireFor: {
		label: 'is the hire for',
		singular: 'is the hire for this',
		plural: 'are the hire for this',
		mutual: 'are hired for each other',
		heading: 'Roles to hire for this'
	},
	buildsFoundationFor: {
		label: 'builds the foundation for',
		singular: 'builds the foundation for it',
		plural: 'build the foundation for it',
		mutual: 'build foundations for each other',
		heading: 'Roles that build the foundation for it'
	},
	relatedTo: {
		label: 'is related to',
		singular: 'is related to it',
		plural: 'are related to it',
		mutual: 'are related',
		heading: 'Roles related to it'
	}
};

/** Plain words for a relation between two names: "builds the foundation for". */
export const RELATION_LABELS: Record<Relation, string> = Object.fromEntries(
	Object.entries(RELATION_WORDS).map(([relation, words]) => [relation, words.label])
) as Record<Relation, string>;

/** Words for a relation both roles hold towards each other: "are related". */
export const MUTUAL_LABELS: Record<Relation, string> = Object.fromEntries(
	Object.entries(RELATION_WORDS).map(([relation, words]) => [relation, words.mutual])
) as Record<Relation, string>;

/** How one role relates to a node, as a phrase: "needs it". */
export function relationPhrase(relation: Relation): string {
	return RELATION_WORDS[relation].singular;
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
	const words = RELATION_WORDS[relation];
	if (a.label === b.label) {
		return a.linked ? `${a.label} ${words.singular}.` : `${a.label} does not link to it.`;
	}
	if (a.linked && b.linked) return `Both ${a.label} and ${b.label} ${words.plural}.`;
	if (a.linked) return `Only ${a.label} ${words.singular}.`;
	if (b.linked) return `Only ${b.label} ${words.singular}.`;
	return `Neither ${a.label} nor ${b.label} links to it.`;
}

/** The heading of the roles linked to a node: per relation when they share one, else general. */
export function rolesHeading(roles: readonly { relation: Relation }[]): string {
	const relations = new Set(roles.map((role) => role.relation));
	const [only] = relations;
	return relations.size === 1 && only ? RELATION_WORDS[only].heading : 'Roles linked to it';
}
