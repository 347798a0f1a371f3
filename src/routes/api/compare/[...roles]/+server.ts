import { compareMany } from '$lib/graph/compare-many';
import { cachedAnswer } from '$lib/server/answer-cache';
import { compareKey, comparisonJson } from '$lib/server/compare-cache';
import { getGraph } from '$lib/server/datasets';
import { API_HEADERS } from '$lib/server/fast-api';
import { answer } from '$lib/server/http-errors';
import { datasetParam, listParam } from '$lib/server/params';
import type { RequestHandler } from './$types';

/**
 * GET /api/compare/{a}/{b}/{c}… — three to six roles as exact intersections (compareMany). Two
 * roles come through /api/compare/[a]/[b] and keep the pair's shape; should two reach this route
 * (an address SvelteKit reads differently), they get that shape too. Answers are cached by
 * address, and repeat requests are served from the cache before SvelteKit (fast-api.ts).
 */
export const GET: RequestHandler = ({ params, url }) =>
	answer(async () => {
		const dataset = datasetParam(url);
		const roles = params.roles.split('/').filter((role) => role !== '');
		const categories = listParam(url, 'category');
		const sources = listParam(url, 'source');
		const graph = await getGraph(dataset);
		if (roles.length === 2) {
			const [a, b] = roles as [string, string];
			const key = compareKey(dataset, a, b, categories, sources);
			const body = comparisonJson(graph, key, a, b, { categories, sources });
			return new Response(body, { headers: API_HEADERS });
		}
		return cachedAnswer(url, () => compareMany(graph, roles, { categories, sources }));
	});
