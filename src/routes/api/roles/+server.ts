import { listRoles } from '$lib/graph/nodes';
import { getGraph } from '$lib/server/datasets';
import { answer } from '$lib/server/http-errors';
import { datasetParam } from '$lib/server/params';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) =>
	answer(async () => ({ roles: listRoles(await getGraph(datasetParam(url))) }));
