/**
 * Rendered pages kept per address, served again with a fresh CSP nonce. The data never changes
 * while the server runs, so two renders of one address differ only in the nonce: a page is
 * rendered once (in turn, server/render-queue.js), its bytes kept with the nonce cut out
 * (src/lib/server/page-bytes.js), and every later request gets those bytes with a new nonce in
 * the policy header and the page alike — gzipped ahead, no render, no ETag hashing.
 *
 * Only plain successes are kept: GET, 200, HTML, no cookie. The cache is a least-recently-used
 * list within a byte budget per process.
 */
import { acceptedEncodings } from '../src/lib/server/http-contract.js';
import { cutNonce, freshNonce, gzipWith, plainWith } from '../src/lib/server/page-bytes.js';

/** What the kept pages may take in memory, per process (a comparison page: 60–250 KB kept). */
const BUDGET = 48 * 1024 * 1024;

/** Headers not kept: they are made per response (length, coding, date) or meaningless now (the ETag of a page whose nonce changes). */
const NOT_KEPT = new Set([
	'content-length',
	'content-encoding',
	'transfer-encoding',
	'etag',
	'vary',
	'date',
	'connection',
	'keep-alive'
]);

/**
 * @typedef {object} KeptPage
 * @property {string[]} head the headers kept, as a raw list (name, value, name, value…)
 * @property {string[]} policy the Content-Security-Policy around its nonce(s), or [] if none
 * @property {import('../src/lib/server/page-bytes.js').SplicedBody} body
 */

/** @type {Map<string, KeptPage>} */
const kept = new Map();
let keptBytes = 0;

/** The nonce of a page's policy (`'nonce-…'` in script-src), if it has one. */
function nonceOf(/** @type {string} */ policy) {
	return /'nonce-([^']+)'/.exec(policy)?.[1];
}

/**
 * Answers a request from the kept pages, if its address has one: the kept headers and bytes
 * with a fresh nonce, gzipped for clients that accept gzip. Returns whether it answered. Call it
 * before setting any header: the kept ones are all the answer's (the security headers too).
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
export function serveKeptPage(request, response) {
	const key = request.url ?? '';
	const page = kept.get(key);
	if (!page) return false;
	// Most recently used last: the first entry is the next to go.
	kept.delete(key);
	kept.set(key, page);
	const nonce = freshNonce();
	const gzip = acceptedEncodings(request.headers['accept-encoding']).includes('gzip');
	const body = gzip ? gzipWith(page.body, nonce) : plainWith(page.body, nonce);
	// Raw headers in one list: Node writes them as they are, with no header object to build.
	const head = [...page.head, 'vary', 'accept-encoding', 'content-length', String(body.length)];
	if (page.policy.length > 0) head.push('content-security-policy', page.policy.join(nonce));
	if (gzip) head.push('content-encoding', 'gzip');
	response.writeHead(200, head);
	response.end(request.method === 'HEAD' ? undefined : body);
	return true;
}

/**
 * Renders under way, by address (from when they are queued until their answer is sent), each
 * with what resolves when it is done.
 * @type {Map<string, Promise<void>>}
 */
const underWay = new Map();

/**
 * Renders a page (`render`) unless a render of the same address is under way: then waits for
 * it and answers with the page it kept, rendering only if it kept none (an error page, say).
 * A burst of first requests for one page (a popular page just after a start) costs one render.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {() => void} render
 */
export function renderOnce(request, response, render) {
	const key = request.url ?? '';
	const first = underWay.get(key);
	if (first) {
		void first.then(() => {
			if (response.destroyed || response.writableEnded) return;
			if (!serveKeptPage(request, response)) render();
		});
		return;
	}
	if (request.method !== 'GET') return render();
	/** @type {() => void} */
	let done = () => {};
	underWay.set(
		key,
		new Promise((resolve) => {
			done = resolve;
		})
	);
	response.once('close', () => {
		underWay.delete(key);
		done();
	});
	render();
}

/**
 * Keeps the page a render writes to `response` (as the app wrote it, before compression), once
 * it ends, if it is one to keep. Call before the app writes anything.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
export function keepWhatRenders(request, response) {
	const key = request.url ?? '';
	if (request.method !== 'GET' || kept.has(key)) return;
	/** @type {Buffer[]} */
	const chunks = [];
	const write = response.write;
	const end = response.end;
	const collect = (/** @type {unknown} */ chunk) => {
		if (typeof chunk === 'string') chunks.push(Buffer.from(chunk));
		else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
	};
	response.write = /** @type {typeof response.write} */ (
		function (/** @type {unknown[]} */ ...args) {
			collect(args[0]);
			return write.apply(response, /** @type {never} */ (args));
		}
	);
	response.end = /** @type {typeof response.end} */ (
		function (/** @type {unknown[]} */ ...args) {
			if (typeof args[0] !== 'function') collect(args[0]);
			const result = end.apply(response, /** @type {never} */ (args));
			keep(key, response, Buffer.concat(chunks));
			return result;
		}
	);
}

/** Keeps a finished render, if it is a plain HTML success, within the budget. */
function keep(
	/** @type {string} */ key,
	/** @type {import('node:http').ServerResponse} */ response,
	/** @type {Buffer} */ bytes
) {
	const type = String(response.getHeader('content-type') ?? '');
	if (response.statusCode !== 200 || !type.startsWith('text/html')) return;
	if (response.hasHeader('set-cookie') || bytes.length === 0) return;
	const policy = String(response.getHeader('content-security-policy') ?? '');
	const nonce = nonceOf(policy);
	/** @type {string[]} */
	const head = [];
	for (const [name, value] of Object.entries(response.getHeaders())) {
		if (value === undefined || NOT_KEPT.has(name)) continue;
		if (nonce && name === 'content-security-policy') continue;
		for (const one of [value].flat()) head.push(name, String(one));
	}
	const page = { head, policy: nonce ? policy.split(nonce) : [], body: cutNonce(bytes, nonce) };
	const previous = kept.get(key);
	if (previous) keptBytes -= previous.body.bytes;
	kept.set(key, page);
	keptBytes += page.body.bytes;
	for (const [oldest, { body }] of kept) {
		if (keptBytes <= BUDGET) break;
		kept.delete(oldest);
		keptBytes -= body.bytes;
	}
}
