import type { IncomingMessage, ServerResponse } from 'node:http';
import { serveCachedAnswer } from './answer-cache';
import { cachedComparison, compareKey } from './compare-cache';
import { DEFAULT_DATASET } from './datasets';
import { BASE_HEADERS } from './security-headers';

/** Headers of every JSON answer of the API (the security headers included). */
export const API_HEADERS: Readonly<Record<string, string>> = {
	'content-type': 'application/json',
	...BASE_HEADERS
};

/** Where server.js finds the fast path (set when the app starts). */
export const FAST_API = Symbol.for('rolegraph.fastApi');

/** The only methods the API answers: it reads, and nothing can change the data through it. */
export const READ_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD']);

/** Whether a path (raw, as requested) is under /api. */
export function isApiPath(path: string): boolean {
	return path === '/api' || path.startsWith('/api/') || path.startsWith('/api?');
}

/** The message of the 405 answer to a method other than GET/HEAD on the API. */
export function readOnlyMessage(method: string): string {
	return `The API is read-only: ${method.slice(0, 20)} is not allowed; use GET or HEAD.`;
}

/** Path segments simple enough to need no decoding, so this path and SvelteKit read them alike. */
const PLAIN = /^[A-Za-z0-9._~-]+$/;
const COMPARE = /^\/api\/compare\/([^/?#]+)\/([^/?#]+)(?:\?([^#]*))?$/;

/**
 * Refuses methods other than GET and HEAD on /api with a JSON 405, and answers GET /api/compare from the cache of serialised comparisons, before SvelteKit's request
 * pipeline (which, converting every request and response to web objects, costs several times
 * the answer itself). Only requests whose answer is already cached and whose URL is plain are
 * served here; everything else — first requests, errors, odd encodings — returns false and goes
 * through SvelteKit as usual, which fills the cache. Same bytes, same headers either way.
 */
export function fastApi(request: IncomingMessage, response: ServerResponse): boolean {
	const method = request.method ?? 'GET';
	if (!READ_METHODS.has(method) && isApiPath(request.url ?? '')) {
		// Refused here, before SvelteKit, whose cross-site form check would answer some in text.
		const body = JSON.stringify({ error: { message: readOnlyMessage(method) } });
		response.writeHead(405, {
			...API_HEADERS,
			allow: 'GET, HEAD',
			'content-length': Buffer.byteLength(body)
		});
		response.end(body);
		return true;
	}
	if (serveCachedAnswer(request, response)) return true; // /api/similar, /api/gap, /api/match
	if (method !== 'GET' || !request.url?.startsWith('/api/compare/')) return false;
	const match = COMPARE.exec(request.url);
	if (!match || !PLAIN.test(match[1]!) || !PLAIN.test(match[2]!)) return false;
	const query = new URLSearchParams(match[3] ?? '');
	const list = (name: string) => query.getAll(name).filter((value) => value !== '');
	const key = compareKey(
		query.get('dataset') || DEFAULT_DATASET,
		match[1]!,
		match[2]!,
		list('category'),
		list('source')
	);
	const body = cachedComparison(key);
	if (!body) return false;
	response.writeHead(200, { ...API_HEADERS, 'content-length': body.byteLength });
	response.end(body);
	return true;
}
