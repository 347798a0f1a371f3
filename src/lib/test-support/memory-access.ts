import type { ResolvedPathname } from '$app/types';
import type { DataAccess } from '../client/data-access';
import { nodeResponse, roleAttributes } from '../graph/nodes';
import { closestRoles } from '../graph/similarity';
import type { KnowledgeGraph } from '../graph/types';
import { queryString } from '../client/query-string';

const path = (text: string) => text as ResolvedPathname;

/**
 * For tests of view state: a data access answering from a graph in memory with the core code the
 * API uses, and the app's addresses written out plainly (SvelteKit's `resolve` needs its runtime).
 */
export function memoryAccess(
	graph: KnowledgeGraph,
	overrides: Partial<DataAccess> = {}
): DataAccess {
	return {
		node: async (id) => nodeResponse(graph, id),
		search: async () => [],
		similar: async (id, _dataset, limit) => ({
			role: { id, label: roleAttributes(graph, id).label },
			similar: closestRoles(graph, id, limit)
		}),
		compareHref: (a, b, query) => path(`/compare/${a}/${b}${queryString(query)}`),
		gapHref: (from, to, query) => path(`/gap/${from}/${to}${queryString(query)}`),
		matchHref: (query) => path(`/match${queryString(query)}`),
		nodeHref: (id, query) => path(`/nodes/${id}${queryString(query)}`),
		...overrides
	};
}
