import { listDatasets } from '$lib/server/datasets';
import { answer } from '$lib/server/http-errors';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () => answer(async () => ({ datasets: await listDatasets() }));
