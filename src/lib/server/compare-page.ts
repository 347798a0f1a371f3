import { compareRoles } from '../graph/compare';
import { listRoles } from '../graph/nodes';
import { getGraph } from './datasets';
import { loadPage } from './http-errors';
import { datasetParam, listParam } from './params';

/** Everything a comparison page shows: the comparison, the roles to pick from, the sources. */
export function loadComparison(url: URL, pair?: { a: string; b: string }) {
	return loadPage(async () => {
		const dataset = datasetParam(url);
		const graph = await getGraph(dataset);
		const [a, b] = pair ? [pair.a, pair.b] : (graph.getAttribute('defaultPair') ?? firstTwo(graph));
		const categories = listParam(url, 'category');
		const sources = listParam(url, 'source');
		return {
			dataset: {
				id: dataset,
				title: graph.getAttribute('title'),
				credit: graph.getAttribute('credit')
			},
			comparison: compareRoles(graph, a, b, { categories, sources }),
			roles: listRoles(graph).map(({ id, label }) => ({ id, label })),
			sources: graph.getAttribute('sources'),
			filters: { categories, sources }
		};
	});
}

function firstTwo(graph: Awaited<ReturnType<typeof getGraph>>): [string, string] {
	const roles = listRoles(graph);
	const first = roles[0]?.id ?? '';
	return [first, roles[1]?.id ?? first];
}
