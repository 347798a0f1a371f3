/**
 * rolegraph's production server: SvelteKit's request handler (build/handler.js, which also
 * serves the static files), with one fast path in front of it. GET /api/compare answers the app
 * has already computed are sent straight from its cache (src/lib/server/fast-api.ts); all else,
 * first requests included, goes through SvelteKit. `node build` runs the app without it.
 *
 * PORT (3000) and HOST (0.0.0.0) are read as adapter-node reads them.
 */
import http from 'node:http';
import v8 from 'node:v8';
import compression from 'compression';

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

/** The longest address (path and query) the app is asked to handle. */
const MAX_URL_LENGTH = 8192;

/**
 * Whether a request target is for the API, or unreadable (not a path): judged by its path once
 * `.` and `..` segments are resolved, as SvelteKit resolves it (`/api/..` is the page `/`).
 * @param {string} target a request target as sent
 */
function isApiTarget(target) {
	if (!target.startsWith('/')) return true;
	let path;
	try {
		path = new URL(`http://x${target}`).pathname;
	} catch {
		return true;
	}
	return path === '/api' || path.startsWith('/api/');
}

/**
 * The body of an error answered here, before the app: JSON of the shape the API uses, or for a
 * page a short error page with the message (as the app's own error page shows it).
 * @param {number} status @param {string} message @param {boolean} api
 */
function problemBody(status, message, api) {
	return api
		? JSON.stringify({ error: { message } })
		: // No styles: the strict default policy allows none. color-scheme follows dark mode.
			`<!doctype html><html lang="en"><meta charset="utf-8">` +
				`<meta name="viewport" content="width=device-width, initial-scale=1">` +
				`<meta name="color-scheme" content="light dark"><title>${status} · rolegraph</title>` +
				`<h1>Something went wrong</h1><p role="alert">${message}</p>` +
				`<p><a href="/">Back to rolegraph</a></p></html>`;
}

/**
 * Answers a request with an error before the app sees it.
 * @param {http.IncomingMessage} request @param {http.ServerResponse} response
 * @param {number} status @param {string} message
 */
function sendProblem(request, response, status, message) {
	const api = isApiTarget(request.url ?? '');
	const body = problemBody(status, message, api);
	response.writeHead(status, {
		'content-type': api ? 'application/json' : 'text/html; charset=utf-8',
		'content-length': Buffer.byteLength(body)
	});
	response.end(request.method === 'HEAD' ? undefined : body);
}

/**
 * Whether SvelteKit can make a URL of the request (it joins the Host header and the target):
 * a request without a host, or with a target that is not a path (`*`, absolute-form), is
 * refused here with a JSON 400 rather than the plain-text one adapter-node would send.
 * @param {http.IncomingMessage} request
 */
function addressable(request) {
	const target = request.url ?? '';
	const hostHeader = request.headers.host;
	if (!hostHeader || !target.startsWith('/')) return false;
	try {
		return new URL(`http://${hostHeader}${target}`).host !== '';
	} catch {
		return false;
	}
}

// Addresses up to 64 KB reach the app (which answers a too-long one as it answers any bad one);
// Node's default (16 KB) would answer them itself, before the app sees them.
const server = http.createServer({ maxHeaderSize: 64 * 1024 }, (request, response) => {
	for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
	if ((request.url ?? '').length > MAX_URL_LENGTH) {
		return sendProblem(
			request,
			response,
			414,
			`The address is too long: ${MAX_URL_LENGTH} characters at most.`
		);
	}
	if (!addressable(request)) {
		return sendProblem(request, response, 400, 'The request has no valid Host header or path.');
	}
	try {
		if (fastApi?.(request, response)) return;
	} catch (error) {
		// The fast path is only a shortcut: if it fails, SvelteKit answers as if it were not there.
		console.error(error);
		if (response.headersSent) return void response.destroy();
	}
	const app = () =>
		handler(request, response, () => {
			response.statusCode = 404;
			response.setHeader('content-type', 'text/plain; charset=utf-8');
			response.end('Not found');
		});
	if (isPageTarget(request.url ?? '')) {
		renderInTurn(request, response, () => compressPage(request, response, app));
	} else app();
});

/**
 * Pages go out compressed to clients that accept it, as browsers all do (gzip, or brotli where
 * asked for first): the HTML of a comparison is 70–200 KB, compressed 15–40 KB. Under load the
 * smaller answers also leave the clients' receive buffers room. The zlib work runs off the main
 * thread. (API answers take the fast path above, uncompressed: they are small, or are cached.)
 */
const compressPage =
	/** @type {(req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void} */ (
		/** @type {unknown} */ (compression({ threshold: 1024 }))
	);

/**
 * Whether a request target is for a page SvelteKit renders (not the API, the built assets under
 * /_app/, or a static file, named with an extension).
 * @param {string} target
 */
function isPageTarget(target) {
	if (isApiTarget(target) || target.startsWith('/_app/')) return false;
	const path = target.split(/[?#]/, 1)[0] ?? '';
	// A file name ends in a dot and a letter-led extension; O*NET codes (15-1252.00) do not.
	return !/\.[a-z][a-z0-9]*$/i.test(path.slice(path.lastIndexOf('/') + 1));
}

/**
 * Page renders run a few at a time, first come first served. A render is mostly synchronous
 * work interleaved at its awaits: a hundred at once would each take as long as all of them,
 * hold all their memory together, and leave some waiting far longer than others. In turn, each
 * waits only for those before it.
 */
const MAX_RENDERS = 4;
/** Beyond this many waiting, a page request is turned away (503) rather than queued. */
const MAX_WAITING = 1000;
let rendering = 0;
/** @type {(() => void)[]} */
const waiting = [];

/**
 * @param {http.IncomingMessage} request @param {http.ServerResponse} response
 * @param {() => void} render
 */
function renderInTurn(request, response, render) {
	const start = () => {
		// A client that left while waiting needs no page.
		if (request.destroyed || response.writableEnded) return next();
		rendering++;
		response.once('close', () => {
			rendering--;
			next();
		});
		render();
	};
	const next = () => {
		while (rendering < MAX_RENDERS && waiting.length > 0) waiting.shift()?.();
	};
	if (rendering < MAX_RENDERS) return start();
	if (waiting.length >= MAX_WAITING) {
		response.setHeader('retry-after', '5');
		return sendProblem(request, response, 503, 'The server is busy; try again in a few seconds.');
	}
	waiting.push(start);
}

/**
 * Requests Node's parser rejects (malformed HTTP, headers over 64 KB) get an answer with a body
 * too — JSON, or an error page for a page — instead of Node's bare 400.
 */
server.on(
	'clientError',
	(/** @type {NodeJS.ErrnoException & { rawPacket?: Buffer }} */ error, socket) => {
		if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
		const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
		const status = tooLarge ? 431 : 400;
		const message = tooLarge
			? 'The request’s headers are too large (64 KB at most, the address included).'
			: 'The request is not valid HTTP.';
		// A page gets a short error page; the API, or a request too broken to tell, JSON.
		const [, method = '', target = ''] =
			/^([A-Z]+) (\S+)/.exec(error.rawPacket?.toString('latin1', 0, 200) ?? '') ?? [];
		const api = isApiTarget(target);
		const body = problemBody(status, message, api);
		const headers = {
			...securityHeaders,
			'content-type': api ? 'application/json' : 'text/html; charset=utf-8',
			'content-length': Buffer.byteLength(body),
			connection: 'close'
		};
		socket.end(
			`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\n` +
				Object.entries(headers)
					.map(([name, value]) => `${name}: ${value}\r\n`)
					.join('') +
				`\r\n${method === 'HEAD' ? '' : body}`
		);
	}
);

server.listen(port, host, () => console.log(`Listening on http://${host}:${port}`));

/** Stops taking connections and lets requests under way finish (at most 10 s). */
function shutdown() {
	server.close(() => process.exit(0));
	server.closeIdleConnections();
	setTimeout(() => process.exit(0), 10_000).unref();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);

// For `npm run load`, which starts the server with --expose-gc: SIGUSR2 collects garbage and
// prints the memory in use, so that memory is compared at rest, not at a random point of the
// collector's cycle. The collection compacts the whole heap (as V8's memory reducer does, in its
// own time, once a process is idle): a plain full collection leaves the old generation's
// fragmented pages committed, measured here at up to twice the memory in use. Without
// --expose-gc this does nothing.
const collect = /** @type {{ gc?: () => void }} */ (globalThis).gc;
if (collect) {
	process.on('SIGUSR2', () => {
		v8.setFlagsFromString('--compact-on-every-full-gc');
		collect();
		v8.setFlagsFromString('--no-compact-on-every-full-gc');
		console.log(`memory ${JSON.stringify(process.memoryUsage())}`);
	});
}
