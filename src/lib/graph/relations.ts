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

/** Plain words for a relation, as views print it. */
export const RELATION_LABELS: Record<Relation, string> = {
	needs: 'needs',
	responsibleFor: 'is responsible for',
	hireFor: 'is the hire for',
	buildsFoundationFor: 'builds the foundation for',
	relatedTo: 'is related to'
};
