import { closenessMatrix } from './closeness-matrix';
import { compareMany } from './compare-many';
import { MAX_ROLE_OPTIONS, selectedNode, type DatasetInfo } from './compare-page';
import { categoriesOf, roleOptions, roleRelations, type RoleRelationLink } from './nodes';
import type { KnowledgeGraph } from './types';

/** What a page comparing several roles asks for: the roles, filters and a selected node. */
export interface ManyComparisonRequest {
	roles: readonly string[];
	categories: string[];
	sources: string[];
	node?: string;
}

/** The links between any two of the compared roles (each pair's, in the order the roles come). */
export function relationsAmong(
	graph: KnowledgeGraph,
	roles: readonly string[]
): RoleRelationLink[] {
	const links: RoleRelationLink[] = [];
	for (let i = 0; i < roles.length; i++) {
		for (let j = i + 1; j < roles.length; j++)
			links.push(...roleRelations(graph, roles[i]!, roles[j]!));
	}
	return links;
}

/**
 * Everything a page comparing several roles shows: the comparison, how close each pair is, the
 * relations among them, the roles to pick from, filters and the selection. The server answers it
 * for its datasets; the browser, for graphs imported into it. Throws as compareMany does.
 */
export function manyComparisonPage(
	graph: KnowledgeGraph,
	dataset: DatasetInfo,
	{ roles, categories, sources, node }: ManyComparisonRequest
) {
	const comparison = compareMany(graph, roles, { categories, sources });
	const options = roleOptions(graph);
	return {
		kind: 'many' as const,
		dataset,
		comparison,
		closeness: closenessMatrix(graph, roles),
		relations: relationsAmong(graph, roles),
		// A few roles fit a drop-down; hundreds are picked by searching (and not sent with the page).
		roles: options.length <= MAX_ROLE_OPTIONS ? options : [],
		/** How many roles the dataset has: the pickers offer another only while one is left. */
		roleCount: options.length,
		sources: graph.getAttribute('sources'),
		categories: categoriesOf(graph),
		filters: { categories, sources },
		selected: selectedNode(graph, node)
	};
}

/** The data of a page comparing several roles. */
export type ManyComparePageData = ReturnType<typeof manyComparisonPage>;
