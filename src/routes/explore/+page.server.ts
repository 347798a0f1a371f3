import { roleFamilies } from '$lib/graph/families';
import { categoriesOf } from '$lib/graph/nodes';
import { selectedNode } from '$lib/graph/compare-page';
import { serverDatasetInfo } from '$lib/server/compare-page';
import { getGraph, getPositions } from '$lib/server/datasets';
import { loadPage } from '$lib/server/http-errors';
import { datasetParam, param } from '$lib/server/params';
import type { ExplorePageData } from '$lib/views/explore/explore-state.svelte';
import type { PageServerLoad } from './$types';

/** The explorer's frame; the graph itself is fetched by the page (/api/graph), for the filters chosen. */
export const load: PageServerLoad = ({ url }) =>
	loadPage(async (): Promise<ExplorePageData> => {
		const dataset = datasetParam(url);
		const graph = await getGraph(dataset);
		// A dataset with a precomputed layout is big: it is drawn in parts, chosen by filters.
		const large = getPositions(dataset) !== undefined;
		return {
			dataset: serverDatasetInfo(graph, dataset),
			large,
			families: large ? roleFamilies(graph) : [],
			total: { nodes: graph.order, edges: graph.size },
			categories: categoriesOf(graph),
			sources: graph.getAttribute('sources'),
			selected: selectedNode(graph, param(url, 'node'))
		};
	});
