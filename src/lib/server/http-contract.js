/**
 * rolegraph's HTTP contract, in one place: which requests are the API's, which requests are
 * answered at all, what every answer carries (the security headers), what an error looks like
 * (JSON for the API, the error page for everything else) and which encodings a client accepts.
 *
 * Plain JavaScript with JSDoc types: server.js imports this file as it is, and the SvelteKit
 * app bundles it (hooks.server.ts, http-errors.ts, fast-api.ts), so both paths answer alike.
 */
import { STATUS_CODES } from 'node:http';

/**
 * Headers every response carries — pages, API answers, exports, static files and server.js's
 * own answers alike. Pages get their Content-Security-Policy from `kit.csp` (svelte.config.js,
 * with nonces for SvelteKit's own scripts); everything else gets NON_PAGE_CSP.
 */
export const SECURITY_HEADERS = Object.freeze({
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'x-frame-options': 'DENY',
	'cross-origin-opener-policy': 'same-origin',
	'cross-origin-resource-policy': 'same-origin'
});

/** The policy of anything that is not a page (JSON, exports, files, error pages): it may load nothing, nor be framed. */
export const NON_PAGE_CSP = "default-src 'none'; frame-ancestors 'none'";

/** SECURITY_HEADERS plus NON_PAGE_CSP: what every response starts with. */
export const BASE_HEADERS = Object.freeze({
	...SECURITY_HEADERS,
	'content-security-policy': NON_PAGE_CSP
});

/** Headers of every JSON answer of the API (the security headers included). */
export const API_HEADERS = Object.freeze({ 'content-type': 'application/json', ...BASE_HEADERS });

/** API_HEADERS as Node's flat list of names and values, which it reads faster than an object. */
export const API_HEADER_LIST = Object.freeze(Object.entries(API_HEADERS).flat());

/** The methods anything is answered to: rolegraph only reads. */
export const ALLOWED_METHODS = 'GET, HEAD';

/** The longest address (path and query) answered. */
export const MAX_URL_LENGTH = 8192;

/** The most a request's line and headers may take, in bytes. */
export const MAX_HEADER_BYTES = 64 * 1024;

/** Whether a path (as SvelteKit sees it: `.` and `..` resolved) is the API's. */
export function isApiPath(/** @type {string} */ path) {
	return path === '/api' || path.startsWith('/api/');
}

/** A target of path characters that a URL keeps as they are, and an optional plain query. */
const PLAIN_TARGET = /^\/[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*(?:\?[A-Za-z0-9\-._~!$&'()*+,;=:@%/?]*)?$/;

/**
 * The path a request target names once `.` and `..` segments are resolved, as SvelteKit
 * resolves it (`/api/..` is the page `/`); undefined for a target that is not a path (`*`,
 * absolute-form) or not a URL at all.
 * @param {string} target a request target as sent
 */
export function resolvedPath(target) {
	if (!target.startsWith('/')) return undefined;
	// Most targets are plain: no dot segment (`.`, `%2e`), backslash, fragment or character a URL
	// would encode. Their path is the target up to `?`, with no URL to parse (~3 µs a request).
	if (PLAIN_TARGET.test(target) && !/\/\.|%2e/i.test(target)) {
		const query = target.indexOf('?');
		return query === -1 ? target : target.slice(0, query);
	}
	try {
		return new URL(`http://x${target}`).pathname;
	} catch {
		return undefined;
	}
}

/** Whether a request target is the API's; a target too broken to tell is answered as the API is, in JSON. */
export function isApiTarget(/** @type {string} */ target) {
	const path = resolvedPath(target);
	return path === undefined || isApiPath(path);
}

/** A Host header rolegraph answers: a name or address and an optional port, nothing else (no `user@`, path or spaces). */
const HOST = /^(?:\[[0-9a-f:.]+\]|[a-z0-9._-]+)(?::\d{1,5})?$/i;

/**
 * A function of one string, remembered: requests repeat a few header values (Host,
 * Accept-Encoding) millions of times. At most 256 values are kept, then forgotten all at once,
 * so odd values sent on purpose cannot grow it.
 * @template T
 * @param {(value: string) => T} compute
 * @returns {(value: string) => T}
 */
function remembered(compute) {
	/** @type {Map<string, T>} */
	const known = new Map();
	return (value) => {
		let answer = known.get(value);
		if (answer === undefined && !known.has(value)) {
			answer = compute(value);
			if (known.size >= 256) known.clear();
			known.set(value, answer);
		}
		return /** @type {T} */ (answer);
	};
}

const hostIsValid = remembered((host) => HOST.test(host) && URL.canParse(`http://${host}/`));

/** Whether a Host header names a host SvelteKit can make a URL of. */
function validHost(/** @type {string | string[] | undefined} */ host) {
	return typeof host === 'string' && hostIsValid(host);
}

/**
 * @typedef {object} Refusal A request refused before any handler sees it.
 * @property {number} status
 * @property {string} message
 * @property {Record<string, string>} [headers] extra headers of the answer
 */

/**
 * Why a request is refused before the app sees it, or undefined if it is answered: over-long
 * addresses (414) and headers (431), a missing or odd Host or a target that is not a path (400),
 * and any method but GET and HEAD (405: nothing in rolegraph changes through HTTP).
 * @param {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined>, rawHeaders?: string[] }} request
 * @returns {Refusal | undefined}
 */
export function refusal(request) {
	const target = request.url ?? '';
	if (target.length > MAX_URL_LENGTH) {
		return {
			status: 414,
			message: `The address is too long: ${MAX_URL_LENGTH} characters at most.`
		};
	}
	if (headerBytes(request) > MAX_HEADER_BYTES) {
		return {
			status: 431,
			message: 'The request’s headers are too large (64 KB at most, the address included).'
		};
	}
	if (!validHost(request.headers.host) || resolvedPath(target) === undefined) {
		return { status: 400, message: 'The request has no valid Host header or path.' };
	}
	return methodRefusal(request.method ?? 'GET', isApiTarget(target));
}

/**
 * The 405 for any method but GET and HEAD (nothing in rolegraph changes through HTTP), or
 * undefined for those two.
 * @param {string} method @param {boolean} api
 * @returns {Refusal | undefined}
 */
export function methodRefusal(method, api) {
	if (method === 'GET' || method === 'HEAD') return undefined;
	const shown = method.slice(0, 20);
	return {
		status: 405,
		message: api
			? `The API is read-only: ${shown} is not allowed; use GET or HEAD.`
			: `${shown} is not allowed: rolegraph’s pages are only read, with GET or HEAD.`,
		headers: { allow: ALLOWED_METHODS }
	};
}

/** The size of a request's line and headers as they came on the wire (near enough: CRLFs counted). */
function headerBytes(
	/** @type {{ method?: string, url?: string, rawHeaders?: string[] }} */ request
) {
	let bytes = (request.method?.length ?? 0) + (request.url?.length ?? 0) + 12;
	for (const part of request.rawHeaders ?? []) bytes += part.length + 2;
	return bytes;
}

/** Text made safe to put in HTML, as element content or a quoted attribute. */
export function escapeHtml(/** @type {string} */ text) {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The error page server.js answers with when the app cannot (as the app's own error page shows
 * it): a status, the message (escaped), and a link home. No styles: the strict default policy
 * allows none; color-scheme follows dark mode.
 */
export function errorPage(/** @type {number} */ status, /** @type {string} */ message) {
	return (
		`<!doctype html><html lang="en"><meta charset="utf-8">` +
		`<meta name="viewport" content="width=device-width, initial-scale=1">` +
		`<meta name="color-scheme" content="light dark"><title>${status} · rolegraph</title>` +
		`<h1>${status === 404 ? 'Not found' : 'Something went wrong'}</h1>` +
		`<p role="alert">${escapeHtml(message)}</p>` +
		`<p><a href="/">Back to rolegraph</a></p></html>`
	);
}

/**
 * @typedef {object} Problem An error answer, whoever sends it.
 * @property {number} status
 * @property {Record<string, string>} headers the security headers and the type included
 * @property {string} body
 */

/**
 * An error answer: `{ "error": { "message" } }` JSON for the API, the error page for pages.
 * @param {number} status @param {string} message @param {boolean} api
 * @param {Record<string, string>} [headers] extra headers (e.g. `allow`)
 * @returns {Problem}
 */
export function problem(status, message, api, headers = {}) {
	return {
		status,
		headers: {
			...BASE_HEADERS,
			'content-type': api ? 'application/json' : 'text/html; charset=utf-8',
			...headers
		},
		body: api ? JSON.stringify({ error: { message } }) : errorPage(status, message)
	};
}

/** A problem as a web Response (what SvelteKit's handlers return). */
export function problemResponse(
	/** @type {number} */ status,
	/** @type {string} */ message,
	/** @type {boolean} */ api,
	/** @type {Record<string, string>} */ headers = {}
) {
	const answer = problem(status, message, api, headers);
	return new Response(answer.body, {
		status,
		headers: { ...answer.headers, 'content-length': String(Buffer.byteLength(answer.body)) }
	});
}

/**
 * Answers a Node request with a problem (JSON or the error page, as its target asks), replacing
 * any header already set on the response.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {Refusal} refused
 */
export function sendProblem(request, response, { status, message, headers }) {
	const answer = problem(status, message, isApiTarget(request.url ?? ''), headers);
	for (const name of response.getHeaderNames()) response.removeHeader(name);
	response.writeHead(status, {
		...answer.headers,
		'content-length': Buffer.byteLength(answer.body)
	});
	response.end(request.method === 'HEAD' ? undefined : answer.body);
}

/**
 * A whole HTTP/1.1 answer as text, for a socket whose request Node could not parse (there is
 * no response object then). The connection closes after it.
 * @param {Refusal} refused @param {{ api: boolean, head: boolean }} how
 */
export function rawProblem({ status, message, headers }, { api, head }) {
	const answer = problem(status, message, api, headers);
	const lines = Object.entries({
		...answer.headers,
		'content-length': String(Buffer.byteLength(answer.body)),
		connection: 'close'
	}).map(([name, value]) => `${name}: ${value}\r\n`);
	return `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${lines.join('')}\r\n${head ? '' : answer.body}`;
}

/** The content codings rolegraph can send, in its order of preference. */
const CODINGS = ['br', 'gzip', 'deflate'];

/**
 * The content codings an Accept-Encoding header accepts (weight above 0), as RFC 9110 reads it:
 * `gzip;q=0` refuses gzip, `*` stands for every coding not named, `x-gzip` is gzip, and no
 * header (or `identity`) accepts none.
 * @param {string | string[] | undefined} header
 * @returns {readonly string[]} among br, gzip and deflate (shared: not to be changed)
 */
export function acceptedEncodings(header) {
	return typeof header === 'string' ? codingsOf(header) : codingsIn(header);
}

const codingsOf = remembered((/** @type {string} */ header) => Object.freeze(codingsIn(header)));

/**
 * acceptedEncodings, worked out (a new list each time).
 * @param {string | string[] | undefined} header
 * @returns {string[]}
 */
function codingsIn(header) {
	/** @type {Map<string, number>} */
	const weights = new Map();
	for (const part of [header ?? ''].flat().join(',').split(',')) {
		const [name = '', ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
		if (name === '') continue;
		const q = parameters.find((p) => /^q\s*=/.test(p));
		const weight = q === undefined ? 1 : Number(q.replace(/^q\s*=\s*/, ''));
		if (!Number.isFinite(weight) || weight < 0 || weight > 1) continue;
		weights.set(name === 'x-gzip' ? 'gzip' : name, weight);
	}
	const any = weights.get('*') ?? 0;
	return CODINGS.filter((coding) => (weights.get(coding) ?? any) > 0);
}

/**
 * Adds the security headers a web Response lacks (a page keeps the CSP SvelteKit gave it).
 * Returns the response, or a copy when its headers are immutable (a fetched response's).
 * @param {Response} response
 */
export function withSecurityHeaders(response) {
	let target = response;
	try {
		addMissing(target.headers);
	} catch {
		target = new Response(response.body, response);
		addMissing(target.headers);
	}
	return target;
}

function addMissing(/** @type {Headers} */ headers) {
	for (const [name, value] of Object.entries(BASE_HEADERS)) {
		if (!headers.has(name)) headers.set(name, value);
	}
}
