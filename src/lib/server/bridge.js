/**
 * The typed bridge between the SvelteKit app and server.js. The app registers what it offers
 * the server once it has started (its `init` hook); server.js registers what it offers the app
 * before loading it. `vite dev` and `node build` run the app without server.js: nothing reads
 * what the app offers, and the app does itself what server.js would have done.
 *
 * server.js imports this file as it is while the app bundles its own copy, so the two copies
 * meet on the global object, under registered symbols; nothing else touches those keys.
 */

/**
 * @typedef {object} WholeExport A whole-dataset export, built once: the file gzipped, and what
 * to call it.
 * @property {Uint8Array} gzip the file, gzip-compressed
 * @property {number} size the file's length before compression, in bytes
 * @property {string} mime
 * @property {string} filename
 */

/**
 * @typedef {object} App What the app offers server.js.
 * @property {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => boolean} fastApi
 *   Answers a request from the app's caches before SvelteKit's pipeline; false if it cannot.
 * @property {(dataset: string, format: string) => Promise<WholeExport>} buildWholeExport
 *   Builds a whole-dataset export here (seconds for a large dataset: server.js runs it in a
 *   process of its own).
 * @property {(error: unknown) => number} statusOf The HTTP status an error of the app maps to.
 */

/**
 * @typedef {object} Host What server.js offers the app.
 * @property {(dataset: string, format: string) => Promise<WholeExport>} wholeExport
 *   A whole-dataset export built in another process, once for all the cluster's workers;
 *   rejects with an Error carrying the HTTP `status` the failure maps to.
 */

const APP = Symbol.for('rolegraph.app');
const HOST = Symbol.for('rolegraph.host');
const shared = /** @type {{ [APP]?: App, [HOST]?: Host }} */ (globalThis);

/** Called by the app once started. */
export function registerApp(/** @type {App} */ app) {
	shared[APP] = app;
}

/** The started app, or undefined before its `init` hook has run. */
export function startedApp() {
	return shared[APP];
}

/** Called by server.js before it loads the app. */
export function registerHost(/** @type {Host} */ host) {
	shared[HOST] = host;
}

/** What server.js offers, or undefined when the app runs without it. */
export function host() {
	return shared[HOST];
}
