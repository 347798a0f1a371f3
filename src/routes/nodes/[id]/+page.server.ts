import { nodeRolesAnswer } from '$lib/graph/node-answer';
import { roleNeeds } from '$lib/graph/role-needs';
import { serverDatasetInfo } from '$lib/server/compare-page';
import { getGraph } from '$lib/server/datasets';
import { loadPage } from '$lib/server/http-errors';
import { datasetParam } from '$lib/server/params';
import type { NodePageData } from '$lib/views/node/node-state.svelte';
import type { PageServerLoad } from './$types';

/** Items "What comes with it" lists. */
const TOGETHER = 12;

export const load: PageServerLoad = ({ params, url }) =>
	loadPage(async (): Promise<NodePageData> => {
		const dataset = datasetParam(url);
		const graph = await getGraph(dataset);
		const answer = nodeRolesAnswer(graph, params.id, { limit: TOGETHER });
		const isRole = answer.node.category === 'role';
		return {
			dataset: serverDatasetInfo(graph, dataset),
			node: answer.node,
			answer,
			related: answer.related ?? [],
			needs: isRole ? roleNeeds(graph, params.id) : [],
			sources: graph.getAttribute('sources')
		};
	});
