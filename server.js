/**
 * rolegraph's production server: SvelteKit's request handler (build/handler.js, which also
 * serves the static files), with one fast path in front of it. GET /api/compare answers the app
 * has already computed are sent straight from its cache (src/lib/server/fast-api.ts); all else,
 * first requests included, goes through SvelteKit. `node build` runs the app without it.
 *
 * PORT (3000) and HOST (0.0.0.0) are read as adapter-node reads them.
 */
import http from 'node:http';

// Loaded by name, not statically: the type checker should not walk the generated build.
const entry = './build/handler.js';
/** @type {{ handler: (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void }} */
const { handler } = await import(entry);

const FAST_API = Symbol.for('rolegraph.fastApi');
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';

/** @type {((req: http.IncomingMessage, res: http.ServerResponse) => boolean) | undefined} */
const fastApi = /** @type {any} */ (globalThis)[FAST_API];

const server = http.createServer((request, response) => {
	if (fastApi?.(request, response)) return;
	handler(request, response, () => {
		response.statusCode = 404;
		response.end('Not found');
	});
});

server.listen(port, host, () => console.log(`Listening on http://${host}:${port}`));

/** Stops taking connections and lets requests under way finish (at most 10 s). */
function shutdown() {
	server.close(() => process.exit(0));
	server.closeIdleConnections();
	setTimeout(() => process.exit(0), 10_000).unref();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
