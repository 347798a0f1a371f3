import { matchRoles, MAX_MATCHES } from '$lib/graph/match';
import { prepareSimilarityAsync } from '$lib/graph/similarity-index';
import { cachedAnswer } from '$lib/server/answer-cache';
import { idListParam, wholeNumberParam } from '$lib/server/answer-params';
import { getGraph } from '$lib/server/datasets';
import { answer } from '$lib/server/http-errors';
import { datasetParam } from '$lib/server/params';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) =>
	answer(async () => {
		const have = idListParam(url, 'have', 'python,sql');
		const limit = wholeNumberParam(url, 'limit', { min: 1, max: MAX_MATCHES, fallback: 20 });
		const graph = await getGraph(datasetParam(url));
		await prepareSimilarityAsync(graph);
		return cachedAnswer(url, () => matchRoles(graph, have, limit));
	});
