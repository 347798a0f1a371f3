import type { IncomingMessage, ServerResponse } from 'node:http';
import { serveCachedAnswer } from './answer-cache';
import { cachedComparison, compareKey } from './compare-cache';
import { DEFAULT_DATASET } from './datasets';
import { API_HEADER_LIST, API_HEADERS } from './http-contract.js';

export { API_HEADERS };

/** Path segments simple enough to need no decoding (and no `.`/`..`), so this path and SvelteKit read them alike. */
const PLAIN = /^(?!\.\.?$)[A-Za-z0-9._~-]+$/;
const COMPARE = /^\/api\/compare\/([^/?#]+)\/([^/?#]+)(?:\?([^#]*))?$/;

/**
 * The cache key each plain comparison address names, so a repeated request reads no query (the
 * key of an address never changes). Keys only (the answers stay in the bounded cache); cleared
 * when full, so odd addresses cannot grow it.
 */
const keyOfTarget = new Map<string, string>();
const MAX_TARGETS = 4096;

/**
 * Answers GET /api/compare from the cache of serialised comparisons, before SvelteKit's request
 * pipeline (which, converting every request and response to web objects, costs several times
 * the answer itself). Only requests whose answer is already cached and whose URL is plain are
 * served here; everything else — first requests, errors, odd encodings — returns false and goes
 * through SvelteKit as usual, which fills the cache. Same bytes, same headers either way.
 */
export function fastApi(request: IncomingMessage, response: ServerResponse): boolean {
	const target = request.url;
	if (request.method !== 'GET' || target === undefined) return false;
	if (serveCachedAnswer(request, response)) return true; // /api/similar, /api/gap, /api/match
	if (!target.startsWith('/api/compare/')) return false;
	let key = keyOfTarget.get(target);
	if (key === undefined) {
		const match = COMPARE.exec(target);
		if (!match || !PLAIN.test(match[1]!) || !PLAIN.test(match[2]!)) return false;
		const query = new URLSearchParams(match[3] ?? '');
		const list = (name: string) => query.getAll(name).filter((value) => value !== '');
		key = compareKey(
			query.get('dataset') || DEFAULT_DATASET,
			match[1]!,
			match[2]!,
			list('category'),
			list('source')
		);
		if (keyOfTarget.size >= MAX_TARGETS) keyOfTarget.clear();
		keyOfTarget.set(target, key);
	}
	const body = cachedComparison(key);
	if (!body) return false;
	response.writeHead(200, [...API_HEADER_LIST, 'content-length', String(body.byteLength)]);
	response.end(body);
	return true;
}
