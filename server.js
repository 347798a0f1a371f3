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
const SECURITY_HEADERS = Symbol.for('rolegraph.securityHeaders');
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';

/** @type {((req: http.IncomingMessage, res: http.ServerResponse) => boolean) | undefined} */
const fastApi = /** @type {any} */ (globalThis)[FAST_API];
/**
 * The security headers (src/lib/server/security-headers.ts), set on every response before any
 * handler runs, so static files and the fast path carry them too; a page's own
 * Content-Security-Policy (from SvelteKit) replaces the strict default one.
 * @type {Record<string, string>}
 */
const securityHeaders = /** @type {any} */ (globalThis)[SECURITY_HEADERS] ?? {};

const server = http.createServer((request, response) => {
	for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
	try {
		if (fastApi?.(request, response)) return;
	} catch (error) {
		// The fast path is only a shortcut: if it fails, SvelteKit answers as if it were not there.
		console.error(error);
		if (response.headersSent) return void response.destroy();
	}
	handler(request, response, () => {
		response.statusCode = 404;
		response.setHeader('content-type', 'text/plain; charset=utf-8');
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
