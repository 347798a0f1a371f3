import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { GraphValidationError } from '$lib/graph/errors';
import { initDatasets } from '$lib/server/datasets';
import { FAST_API, fastApi, isApiPath, READ_METHODS, readOnlyMessage } from '$lib/server/fast-api';
import { errorResponse } from '$lib/server/http-errors';
import {
	BASE_HEADERS,
	SECURITY_HEADERS_KEY,
	withSecurityHeaders
} from '$lib/server/security-headers';
import { DataIntegrityError } from '$lib/server/table-folder';

/** Loads and validates the graph before the first request: invalid data stops the server. */
export const init: ServerInit = async () => {
	try {
		await initDatasets();
		const shared = globalThis as Record<symbol, unknown>;
		shared[FAST_API] = fastApi;
		shared[SECURITY_HEADERS_KEY] = BASE_HEADERS;
	} catch (error) {
		const detail =
			error instanceof GraphValidationError || error instanceof DataIntegrityError
				? error.message
				: String(error);
		console.error(`rolegraph cannot start.\n${detail}`);
		process.exit(1);
	}
};

/**
 * Every API answer is JSON, errors included: a method other than GET/HEAD gets a JSON 405 (as
 * server.js's fast path does first) and a path that is not valid percent-encoding a JSON 400
 * (SvelteKit would answer both in text or HTML). Every response gets the security headers.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const path = event.url.pathname;
	if (!isApiPath(path)) {
		return withSecurityHeaders(await resolve(event));
	}
	const method = event.request.method;
	if (!READ_METHODS.has(method)) {
		const response = errorResponse(405, readOnlyMessage(method));
		response.headers.set('allow', 'GET, HEAD');
		return withSecurityHeaders(response);
	}
	if (decoded(path) === undefined) {
		return withSecurityHeaders(
			errorResponse(400, 'The address is not valid percent-encoding (a malformed URI).')
		);
	}
	const response = await resolve(event);
	if (response.status >= 400 && !response.headers.get('content-type')?.includes('json')) {
		// A safety net: whatever else answered an API path with an error, answer it as JSON.
		const text = (await response.text()).trim().slice(0, 300);
		return withSecurityHeaders(errorResponse(response.status, text || `HTTP ${response.status}`));
	}
	return withSecurityHeaders(response);
};

/** The path decoded, or undefined if it is not valid percent-encoding. (The result is used, so
 * that the bundler cannot drop the call as free of side effects.) */
function decoded(path: string): string | undefined {
	try {
		return decodeURIComponent(path);
	} catch {
		return undefined;
	}
}

/** Unexpected errors are logged with detail but shown to users without internals. */
export const handleError: HandleServerError = ({ error, status, message }) => {
	if (status >= 500) console.error(error);
	return { message: status >= 500 ? 'Something went wrong on the server.' : message };
};
