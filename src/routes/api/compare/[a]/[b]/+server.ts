import { compareRoles } from '$lib/graph/compare';
import { getGraph } from '$lib/server/datasets';
import { answer } from '$lib/server/http-errors';
import { datasetParam, listParam } from '$lib/server/params';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, url }) =>
	answer(async () =>
		compareRoles(await getGraph(datasetParam(url)), params.a, params.b, {
			categories: listParam(url, 'category'),
			sources: listParam(url, 'source')
		})
	);
