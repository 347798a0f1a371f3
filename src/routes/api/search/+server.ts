import { prepareSearchAsync, searchNodes } from '$lib/graph/search';
import { CATEGORIES, type Category } from '$lib/graph/types';
import { getGraph } from '$lib/server/datasets';
import { answer, BadRequestError } from '$lib/server/http-errors';
import { datasetParam, param } from '$lib/server/params';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) =>
	answer(async () => {
		const q = url.searchParams.get('q');
		if (q === null) throw new BadRequestError('Give the search text as ?q=…');
		const limit = limitParam(param(url, 'limit'));
		const category = param(url, 'category');
		if (category !== undefined && !(CATEGORIES as readonly string[]).includes(category)) {
			throw new BadRequestError(
				`Unknown category "${category}"; use one of ${CATEGORIES.join(', ')}.`
			);
		}
		const graph = await getGraph(datasetParam(url));
		await prepareSearchAsync(graph);
		return {
			results: searchNodes(graph, q, limit, { category: category as Category | undefined })
		};
	});

function limitParam(value: string | undefined): number {
	if (value === undefined) return 20;
	const limit = Number(value);
	if (!Number.isInteger(limit) || limit < 1 || limit > 20) {
		throw new BadRequestError(`limit must be a whole number from 1 to 20, not "${value}".`);
	}
	return limit;
}
