import { MAX_TOGETHER, nodeRolesAnswer } from '$lib/graph/node-answer';
import { cachedAnswer } from '$lib/server/answer-cache';
import { wholeNumberParam } from '$lib/server/answer-params';
import { getGraph } from '$lib/server/datasets';
import { answer } from '$lib/server/http-errors';
import { datasetParam, param } from '$lib/server/params';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, url }) =>
	answer(async () => {
		const limit = wholeNumberParam(url, 'limit', { min: 1, max: MAX_TOGETHER, fallback: 10 });
		const group = param(url, 'group');
		const graph = await getGraph(datasetParam(url));
		// Errors (an unknown id or group) are thrown here, so they are never cached.
		const body = nodeRolesAnswer(graph, params.id, { limit, group });
		return cachedAnswer(url, () => body);
	});
