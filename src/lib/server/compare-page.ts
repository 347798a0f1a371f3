import { compareRoles } from '../graph/compare';
import { UnknownNodeError } from '../graph/errors';
import { categoriesOf, getNode, roleOptions, roleRelations, rolesFor } from '../graph/nodes';
import type { KnowledgeGraph } from '../graph/types';
import { DEFAULT_DATASET, getGraph } from './datasets';
import { loadPage } from './http-errors';
import { datasetParam, listParam, param } from './params';

/** What pages show of the dataset they draw from. */
export function datasetInfo(graph: KnowledgeGraph, id: string) {
	return {
		id,
		title: graph.getAttribute('title'),
		credit: graph.getAttribute('credit'),
		isDefault: id === DEFAULT_DATASET
	};
}

/** The node a `?node=` asks for, with its roles; or what is wrong with the id. */
export function selectedNode(graph: KnowledgeGraph, id: string | undefined) {
	if (id === undefined) return { details: null, error: null };
	try {
		return { details: { node: getNode(graph, id), roles: rolesFor(graph, id) }, error: null };
	} catch (error) {
		if (error instanceof UnknownNodeError) return { details: null, error: error.message };
		throw error;
	}
}

/** Everything a comparison page shows: the comparison, the roles to pick from, filters, selection. */
export function loadComparison(url: URL, pair?: { a: string; b: string }) {
	return loadPage(async () => {
		const dataset = datasetParam(url);
		const graph = await getGraph(dataset);
		const [a, b] = pair ? [pair.a, pair.b] : (graph.getAttribute('defaultPair') ?? firstTwo(graph));
		const categories = listParam(url, 'category');
		const sources = listParam(url, 'source');
		return {
			dataset: datasetInfo(graph, dataset),
			comparison: compareRoles(graph, a, b, { categories, sources }),
			relations: roleRelations(graph, a, b),
			// A few roles fit a drop-down; hundreds are picked by searching (and not sent with the page).
			roles: roleOptions(graph).length <= MAX_ROLE_OPTIONS ? roleOptions(graph) : [],
			sources: graph.getAttribute('sources'),
			categories: categoriesOf(graph),
			filters: { categories, sources },
			selected: selectedNode(graph, param(url, 'node'))
		};
	});
}

/** Above this many roles, the role pickers search instead of listing. */
export const MAX_ROLE_OPTIONS = 50;

function firstTwo(graph: KnowledgeGraph): [string, string] {
	const roles = roleOptions(graph);
	const first = roles[0]?.id ?? '';
	return [first, roles[1]?.id ?? first];
}

/** The data of a comparison page. */
export type ComparePageData = Awaited<ReturnType<typeof loadComparison>>;
