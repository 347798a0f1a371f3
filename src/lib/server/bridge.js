/**
 * The typed bridge between the SvelteKit app and server.js: the app registers what it offers
 * the server once it has started (its `init` hook), and server.js reads it after loading the
 * app. `vite dev` and `node build` run the app without server.js, which nothing then reads.
 *
 * server.js imports this file as it is while the app bundles its own copy, so the two copies
 * meet on the global object, under registered symbols; nothing else touches those keys.
 */

/**
 * @typedef {object} App What the app offers server.js.
 * @property {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => boolean} fastApi
 *   Answers a request from the app's caches before SvelteKit's pipeline; false if it cannot.
 */

const APP = Symbol.for('rolegraph.app');
const shared = /** @type {{ [APP]?: App }} */ (globalThis);

/** Called by the app once started. */
export function registerApp(/** @type {App} */ app) {
	shared[APP] = app;
}

/** The started app, or undefined before its `init` hook has run. */
export function startedApp() {
	return shared[APP];
}
