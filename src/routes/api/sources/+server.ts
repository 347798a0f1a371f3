import { getGraph } from '$lib/server/datasets';
import { answer } from '$lib/server/http-errors';
import { datasetParam } from '$lib/server/params';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) =>
	answer(async () => ({ sources: (await getGraph(datasetParam(url))).getAttribute('sources') }));
