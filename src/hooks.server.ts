import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { GraphValidationError } from '$lib/graph/errors';
import { registerApp } from '$lib/server/bridge.js';
import { initDatasets } from '$lib/server/datasets';
import { statusOf } from '$lib/server/http-errors';
import { fastApi } from '$lib/server/fast-api';
import {
	isApiPath,
	methodRefusal,
	problemResponse,
	withSecurityHeaders
} from '$lib/server/http-contract.js';
import { DataIntegrityError } from '$lib/server/data-folder';
import {
	EARLY_SIGMA,
	carriesEarlyDrawing,
	earlyChunk,
	earlyLink,
	earlySigmaGraph,
	withEarlyScripts
} from '$lib/server/early-script.js';
import { buildWholeExport } from '$lib/server/whole-exports';

/**
 * Loads and validates the graph before the first request (invalid data stops the server), then
 * offers server.js what it serves from the app's caches, and how it builds whole exports.
 */
export const init: ServerInit = async () => {
	try {
		await initDatasets();
	} catch (error) {
		const detail =
			error instanceof GraphValidationError || error instanceof DataIntegrityError
				? error.message
				: String(error);
		console.error(`rolegraph cannot start.\n${detail}`);
		process.exit(1);
	}
	registerApp({ fastApi, buildWholeExport, statusOf });
};

/**
 * Every answer carries the security headers (a page keeps the CSP SvelteKit gives it). A page
 * has no ETag: its nonce is new in every answer, so the hash of one never matches another.
 */
const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = withSecurityHeaders(await resolve(event));
	if (response.headers.get('content-type')?.startsWith('text/html')) {
		response.headers.delete('etag');
	}
	return response;
};

/**
 * Only GET and HEAD are answered, anywhere. server.js refuses other methods before the app (some,
 * like TRACE, SvelteKit cannot even read); this answers the same when the app runs without it.
 */
const readOnly: Handle = ({ event, resolve }) => {
	const api = isApiPath(event.url.pathname);
	const refused = methodRefusal(event.request.method, api);
	if (!refused) return resolve(event);
	return problemResponse(refused.status, refused.message, api, refused.headers);
};

/**
 * Every API answer is JSON, errors included: a path that is not valid percent-encoding gets a
 * JSON 400 (SvelteKit would answer it in text), and any other error answered in text is turned
 * into JSON.
 */
const apiInJson: Handle = async ({ event, resolve }) => {
	const path = event.url.pathname;
	if (!isApiPath(path)) return resolve(event);
	if (decoded(path) === undefined) {
		return problemResponse(
			400,
			'The address is not valid percent-encoding (a malformed URI).',
			true
		);
	}
	const response = await resolve(event);
	if (response.status >= 400 && !response.headers.get('content-type')?.includes('json')) {
		const text = (await response.text()).trim().slice(0, 300);
		return problemResponse(response.status, text || `HTTP ${response.status}`, true);
	}
	return response;
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

/**
 * A page that carries an early drawing runs its chunk from its head (see early-script.js). The
 * chunks are found among the scripts SvelteKit preloads; the page's Link header is then rewritten
 * (`earlyLink`): a page that draws early preloads only what draws it, any other page that loads
 * an early chunk (node pages) preloads it first.
 */
const earlyDrawing: Handle = async ({ event, resolve }) => {
	const early = new Map<string, string>();
	const page: { drawing: boolean; graph?: string } = { drawing: false };
	const response = await resolve(event, {
		preload: ({ type, path }) => {
			const chunk = type === 'js' ? earlyChunk(path) : undefined;
			if (chunk) early.set(chunk, path);
			return type === 'js' || type === 'css';
		},
		transformPageChunk: ({ html }) => {
			page.drawing ||= carriesEarlyDrawing(html, early);
			page.graph ??= early.has(EARLY_SIGMA) ? earlySigmaGraph(html) : undefined;
			return withEarlyScripts(html, early);
		}
	});
	const link = response.headers.get('link');
	if (link && early.size) response.headers.set('link', earlyLink(link, page));
	return response;
};

export const handle = sequence(securityHeaders, readOnly, apiInJson, earlyDrawing);

/** Unexpected errors are logged with detail but shown to users without internals. */
export const handleError: HandleServerError = ({ error, status, message }) => {
	if (status >= 500) console.error(error);
	return { message: status >= 500 ? 'Something went wrong on the server.' : message };
};
