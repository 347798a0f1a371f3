/**
 * Headers every response carries — pages, API answers, exports, static files and server.js's
 * fast path alike. Pages get their Content-Security-Policy from `kit.csp` (svelte.config.js,
 * with nonces for SvelteKit's own scripts); everything else gets NON_PAGE_CSP.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'x-frame-options': 'DENY',
	'cross-origin-opener-policy': 'same-origin',
	'cross-origin-resource-policy': 'same-origin'
};

/** The policy of anything that is not a page (JSON, exports, files): it may load nothing, nor be framed. */
export const NON_PAGE_CSP = "default-src 'none'; frame-ancestors 'none'";

/** Where server.js finds the headers to put on the responses it sends itself (set at startup). */
export const SECURITY_HEADERS_KEY = Symbol.for('rolegraph.securityHeaders');

/** SECURITY_HEADERS plus NON_PAGE_CSP: what server.js sets before any handler runs. */
export const BASE_HEADERS: Readonly<Record<string, string>> = {
	...SECURITY_HEADERS,
	'content-security-policy': NON_PAGE_CSP
};

/**
 * Adds the security headers a response lacks (a page keeps the CSP SvelteKit gave it). Returns
 * the response, or a copy when its headers are immutable.
 */
export function withSecurityHeaders(response: Response): Response {
	let target = response;
	try {
		apply(target.headers);
	} catch {
		// Headers of a fetched response are immutable: copy it.
		target = new Response(response.body, response);
		apply(target.headers);
	}
	return target;
}

function apply(headers: Headers): void {
	for (const [name, value] of Object.entries(BASE_HEADERS)) {
		if (!headers.has(name)) headers.set(name, value);
	}
}
