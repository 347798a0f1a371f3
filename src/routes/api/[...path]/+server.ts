import { errorResponse } from '$lib/server/http-errors';
import type { RequestHandler } from './$types';

/** Any other /api path: a JSON 404 rather than the HTML error page. */
export const fallback: RequestHandler = ({ url }) =>
	errorResponse(404, `There is no API endpoint at ${url.pathname}.`);
