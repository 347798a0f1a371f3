import { compareKey, comparisonJson } from '$lib/server/compare-cache';
import { getGraph } from '$lib/server/datasets';
import { API_HEADERS } from '$lib/server/fast-api';
import { answer } from '$lib/server/http-errors';
import { datasetParam, listParam } from '$lib/server/params';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, url }) =>
	answer(async () => {
		const dataset = datasetParam(url);
		const categories = listParam(url, 'category');
		const sources = listParam(url, 'source');
		const graph = await getGraph(dataset);
		const key = compareKey(dataset, params.a, params.b, categories, sources);
		const body = comparisonJson(graph, key, params.a, params.b, { categories, sources });
		return new Response(body, { headers: API_HEADERS });
	});
