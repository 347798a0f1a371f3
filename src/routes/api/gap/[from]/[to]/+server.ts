import { skillGap } from '$lib/graph/gap';
import { prepareSimilarityAsync } from '$lib/graph/similarity-index';
import { cachedAnswer } from '$lib/server/answer-cache';
import { getGraph } from '$lib/server/datasets';
import { answer } from '$lib/server/http-errors';
import { datasetParam } from '$lib/server/params';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, url }) =>
	answer(async () => {
		const graph = await getGraph(datasetParam(url));
		await prepareSimilarityAsync(graph);
		return cachedAnswer(url, () => skillGap(graph, params.from, params.to));
	});
