import type { IncomingMessage, ServerResponse } from 'node:http';
import { serveCachedAnswer } from './answer-cache';
import { cachedComparison, compareKey } from './compare-cache';
import { DEFAULT_DATASET } from './datasets';
import { API_HEADERS } from './http-contract.js';

export { API_HEADERS };

/** Path segments simple enough to need no decoding (and no `.`/`..`), so this path and SvelteKit read them alike. */
const PLAIN = /^(?!\.\.?$)[A-Za-z0-9._~-]+$/;
const COMPARE = /^\/api\/compare\/([^/?#]+)\/([^/?#]+)(?:\?([^#]*))?$/;

/**
 * Answers GET /api/compare from the cache of serialised comparisons, before SvelteKit's request
 * pipeline (which, converting every request and response to web objects, costs several times
 * the answer itself). Only requests whose answer is already cached and whose URL is plain are
 * served here; everything else — first requests, errors, odd encodings — returns false and goes
 * through SvelteKit as usual, which fills the cache. Same bytes, same headers either way.
 */
export function fastApi(request: IncomingMessage, response: ServerResponse): boolean {
	if (request.method !== 'GET') return false;
	if (serveCachedAnswer(request, response)) return true; // /api/similar, /api/gap, /api/match
	if (!request.url?.startsWith('/api/compare/')) return false;
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
