import { roleAttributes } from '$lib/graph/nodes';
import { closestRoles, MAX_SIMILAR } from '$lib/graph/similarity';
import { prepareSimilarityAsync } from '$lib/graph/similarity-index';
import { cachedAnswer } from '$lib/server/answer-cache';
import { wholeNumberParam } from '$lib/server/answer-params';
import { getGraph } from '$lib/server/datasets';
import { answer } from '$lib/server/http-errors';
import { datasetParam } from '$lib/server/params';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, url }) =>
	answer(async () => {
		const limit = wholeNumberParam(url, 'limit', { min: 1, max: MAX_SIMILAR, fallback: 10 });
		const graph = await getGraph(datasetParam(url));
		const { label } = roleAttributes(graph, params.id);
		await prepareSimilarityAsync(graph);
		return cachedAnswer(url, () => ({
			role: { id: params.id, label },
			similar: closestRoles(graph, params.id, limit)
		}));
	});
