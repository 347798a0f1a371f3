import { categoriesOf, wholeGraph } from '$lib/graph/nodes';
import { datasetInfo, selectedNode } from '$lib/server/compare-page';
import { getGraph } from '$lib/server/datasets';
import { loadPage } from '$lib/server/http-errors';
import { datasetParam, param } from '$lib/server/params';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) =>
	loadPage(async () => {
		const dataset = datasetParam(url);
		const graph = await getGraph(dataset);
		return {
			dataset: datasetInfo(graph, dataset),
			graph: wholeGraph(graph),
			categories: categoriesOf(graph),
			sources: graph.getAttribute('sources'),
			selected: selectedNode(graph, param(url, 'node'))
		};
	});
