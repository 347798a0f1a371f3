import type { IncomingMessage, ServerResponse } from 'node:http';
import { ResponseCache } from './response-cache';
import { API_HEADER_LIST, API_HEADERS } from './http-contract.js';

/**
 * Serialised answers of /api/similar, /api/gap and /api/match, by address. A loaded graph never
 * changes, so an answer depends on its address alone; computing one takes about a millisecond on
 * O*NET, but passing a request through SvelteKit costs several times that, so repeat requests are
 * answered from here before SvelteKit sees them (serveCachedAnswer, called by fast-api.ts).
 */
const answers = new ResponseCache(500);

/** The address an answer is filed under: the path and query as the request gave them. */
export function answerKey(url: URL): string {
	return url.pathname + url.search;
}

/** The JSON answer for an address: cached, or made now (errors thrown by `make` are not cached). */
export function cachedAnswer(url: URL, make: () => unknown): Response {
	const body = answers.get(answerKey(url), () => JSON.stringify(make()));
	return new Response(body, {
		headers: { ...API_HEADERS, 'content-length': String(body.byteLength) }
	});
}

/**
 * Sends the cached answer to a GET request whose raw address is one already answered (a raw
 * address equal to a normalised one is itself normalised, so it names the same answer). Returns
 * false, sending nothing, when there is none: SvelteKit then answers (and fills the cache).
 */
export function serveCachedAnswer(request: IncomingMessage, response: ServerResponse): boolean {
	const target = request.url;
	if (request.method !== 'GET' || target === undefined || !target.startsWith('/api/')) return false;
	const body = answers.peek(target);
	if (!body) return false;
	// Every header of the answer, the security headers included (server.js sets none before this).
	response.writeHead(200, [...API_HEADER_LIST, 'content-length', String(body.byteLength)]);
	response.end(body);
	return true;
}
