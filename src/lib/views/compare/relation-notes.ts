import { RELATION_LABELS } from '../../graph/relations';
import type { RoleRelationLink } from '../../graph/nodes';
import { MUTUAL_LABELS } from '../../graph/relations';
import { mutualRelations } from '../../viz/overlap-elements';

/** One relation between two compared roles, as the view tells it. */
export interface RelationNote {
	key: string;
	/** "Backend Engineer builds the foundation for Backend Developer". */
	summary: string;
	/** Notes of the statements behind it, each saying whose statement it is when both state it. */
	notes: string[];
	sources: string[];
}

/** The relations between two roles in words, a relation both state of each other told once. */
export function relationNotes(
	relations: readonly RoleRelationLink[],
	label: (id: string) => string
): RelationNote[] {
	return mutualRelations(relations).map((relation) => {
		const statements = relation.mutual
			? relations.filter((r) => r.relation === relation.relation)
			: [relation];
		return {
			key: `${relation.relation}:${relation.source}:${relation.target}`,
			summary: relation.mutual
				? `${label(relation.source)} and ${label(relation.target)} ${MUTUAL_LABELS[relation.relation]} (each lists the other)`
				: `${label(relation.source)} ${RELATION_LABELS[relation.relation]} ${label(relation.target)}`,
			notes: statements.flatMap((one) =>
				one.note
					? [
							relation.mutual
								? `${label(one.source)} → ${label(one.target)}: ${one.note}`
								: one.note
						]
					: []
			),
			sources: [...new Set(statements.flatMap((one) => one.sources))]
		};
	});
}
