import { getNode, neighbourhood, relatedRoles, rolesFor } from '$lib/graph/nodes';
import { serverDatasetInfo } from '$lib/server/compare-page';
import { getGraph } from '$lib/server/datasets';
import { loadPage } from '$lib/server/http-errors';
import { datasetParam } from '$lib/server/params';
import type { NodePageData } from '$lib/views/node/node-state.svelte';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url }) =>
	loadPage(async (): Promise<NodePageData> => {
		const dataset = datasetParam(url);
		const graph = await getGraph(dataset);
		const node = getNode(graph, params.id);
		return {
			dataset: serverDatasetInfo(graph, dataset),
			node,
			related: node.category === 'role' ? relatedRoles(graph, node.id) : [],
			roles: rolesFor(graph, params.id),
			neighbours: neighbourhood(graph, params.id),
			sources: graph.getAttribute('sources')
		};
	});
