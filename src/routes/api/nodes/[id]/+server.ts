import { nodeResponse } from '$lib/graph/nodes';
import { getGraph } from '$lib/server/datasets';
import { answer } from '$lib/server/http-errors';
import { datasetParam } from '$lib/server/params';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, url }) =>
	answer(async () => {
		const graph = await getGraph(datasetParam(url));
		return nodeResponse(graph, params.id);
	});
