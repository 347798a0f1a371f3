import { closeness } from './similarity';
import type { KnowledgeGraph } from './types';

/** How close two of the compared roles are: the cell of row role i, column role j. */
export interface ClosenessCell {
	/** The similarity of the two roles, 0 to 1 (the same both ways). */
	score: number;
	/** The weighted share of the column role's needs the row role already has. */
	coverage: number;
}

/**
 * How close every pair of the given roles is (see similarity.ts): a square matrix in the order
 * given, null on the diagonal. Throws UnknownNodeError / NotARoleError for a bad id.
 */
export function closenessMatrix(
	graph: KnowledgeGraph,
	roles: readonly string[]
): (ClosenessCell | null)[][] {
	const cells: (ClosenessCell | null)[][] = roles.map(() => roles.map(() => null));
	for (let i = 0; i < roles.length; i++) {
		for (let j = i + 1; j < roles.length; j++) {
			const { score, coverage } = closeness(graph, roles[i]!, roles[j]!);
			cells[i]![j] = { score, coverage: coverage.fromRole };
			cells[j]![i] = { score, coverage: coverage.toRole };
		}
	}
	return cells;
}
