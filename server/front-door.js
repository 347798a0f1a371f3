/**
 * One server process: SvelteKit's request handler (build/handler.js, which also serves the
 * static files) behind a front door that does what SvelteKit cannot. It refuses requests
 * SvelteKit cannot read or should not see (over-long, malformed, odd Host, methods other than
 * GET and HEAD, an unmet `Expect`), answers GET /api/compare from the app's cache, renders
 * pages a few at a time, compressed, and serves a page rendered before from its kept bytes with
 * a fresh nonce (server/page-cache.js). What an answer looks like — headers, JSON
 * or error page — is src/lib/server/http-contract.js, which the app uses too.
 */
import http from 'node:http';
import compression from 'compression';
import { registerHost, startedApp } from '../src/lib/server/bridge.js';
import {
	acceptedEncodings,
	BASE_HEADERS,
	isApiTarget,
	methodRefusal,
	rawProblem,
	refusal,
	sendProblem
} from '../src/lib/server/http-contract.js';
import { exportBuilder } from './export-builder.js';
import { canCollect, memoryAtRest, memoryLine } from './memory.js';
import { keepWhatRenders, renderOnce, serveKeptPage } from './page-cache.js';
import { wholeExportFromPrimary } from './primary-exports.js';
import { renderInTurn } from './render-queue.js';

/** The app's request handler, as adapter-node builds it. */
export const HANDLER = new URL('../build/handler.js', import.meta.url).href;

/**
 * Node's own limit on a request's line and headers. It is above the contract's (64 KB), so that
 * a request between the two is refused by the front door, where its address says whether it
 * wants JSON or the error page; Node refuses larger ones before anyone can read the address.
 */
const NODE_HEADER_LIMIT = 128 * 1024;

/**
 * Pages go out compressed to clients that accept it, as browsers all do (gzip, or brotli where
 * asked for first): the HTML of a comparison is 70–200 KB, compressed 15–40 KB. Under load the
 * smaller answers also leave the clients' receive buffers room. The zlib work runs off the main
 * thread. (API answers take the fast path, uncompressed: they are small, or are cached.)
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
 * Loads the app and serves it on PORT (3000) and HOST (0.0.0.0), read as adapter-node reads
 * them. In a cluster's worker (`clustered`), the primary prints where it listens and stops it.
 * @param {{ clustered: boolean }} options
 */
export async function serve({ clustered }) {
	// Whole-dataset exports are built in another process: the primary's builder's, in a cluster.
	registerHost({
		wholeExport: clustered ? wholeExportFromPrimary : exportBuilder(HANDLER).wholeExport
	});
	// Loaded by name, not statically: the type checker should not walk the generated build.
	/** @type {{ handler: (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void }} */
	const { handler } = await import(HANDLER);
	// The app's init hook has run by now (build/handler.js awaits it): it is registered.
	const app = startedApp();
	const port = Number(process.env.PORT ?? 3000);
	const host = process.env.HOST ?? '0.0.0.0';

	const server = http.createServer({ maxHeaderSize: NODE_HEADER_LIMIT }, (request, response) => {
		const refused = refusal(request);
		if (refused) return sendProblem(request, response, refused);
		const page = isPageTarget(request.url ?? '');
		// A cached API answer goes out at once (uncompressed: its coding is not asked); it writes
		// every header of its answer itself.
		try {
			if (!page && app?.fastApi(request, response)) return;
		} catch (error) {
			// The fast path is only a shortcut: if it fails, SvelteKit answers as if it were not there.
			console.error(error);
			if (response.headersSent) return void response.destroy();
		}
		// The static files (sirv) and the page compression read this header; sirv's reading
		// ignores weights (`gzip;q=0` got gzip). Both now see only the codings the client accepts.
		request.headers['accept-encoding'] = acceptedEncodings(request.headers['accept-encoding']).join(
			', '
		);
		// A page rendered before goes out again at once, with a fresh nonce, its headers all kept.
		if (page && serveKeptPage(request, response)) return;
		const answer = () => {
			for (const [name, value] of Object.entries(BASE_HEADERS)) response.setHeader(name, value);
			handler(request, response, () =>
				sendProblem(request, response, { status: 404, message: 'Nothing is here.' })
			);
		};
		if (!page) return answer();
		// One render per address at a time: requests that come while it renders get what it keeps.
		renderOnce(request, response, () =>
			renderInTurn(request, response, () =>
				compressPage(request, response, () => {
					keepWhatRenders(request, response);
					answer();
				})
			)
		);
	});

	/** Node answers an `Expect` other than 100-continue itself, bare: answer it per the contract. */
	server.on('checkExpectation', (request, response) =>
		sendProblem(request, response, {
			status: 417,
			message: 'The only expectation answered is "Expect: 100-continue".'
		})
	);

	/** CONNECT (a proxy's method) reaches no handler: refuse it as any method but GET and HEAD. */
	server.on('connect', (/** @type {http.IncomingMessage} */ request, socket) => {
		const api = isApiTarget(request.url ?? '');
		const refused = methodRefusal(request.method ?? 'CONNECT', api);
		if (refused) socket.end(rawProblem(refused, { api, head: false }));
		else socket.destroy();
	});

	/**
	 * Requests Node's parser rejects (malformed HTTP, headers over NODE_HEADER_LIMIT) get an
	 * answer per the contract — JSON, or the error page for a page — instead of Node's bare 400.
	 */
	server.on(
		'clientError',
		(/** @type {NodeJS.ErrnoException & { rawPacket?: Buffer }} */ error, socket) => {
			if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
			const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
			const refused = tooLarge
				? {
						status: 431,
						message: 'The request’s headers are too large (64 KB at most, the address included).'
					}
				: { status: 400, message: 'The request is not valid HTTP.' };
			// The request line, if the packet starts with it: a request too broken to tell gets JSON.
			const [, method = '', target = ''] =
				/^([A-Z]+) (\S+)/.exec(error.rawPacket?.toString('latin1', 0, 200) ?? '') ?? [];
			socket.end(rawProblem(refused, { api: isApiTarget(target), head: method === 'HEAD' }));
		}
	);

	// An idle kept-alive connection is closed after this long. Node's 5 s races clients that
	// reuse a connection just as the server closes it (the request then fails with a reset: the
	// crawler met one in ~5,000 requests); longer than clients and proxies keep theirs.
	server.keepAliveTimeout = 65_000;

	server.listen(port, host, () => {
		if (!clustered) console.log(`Listening on http://${host}:${port}`);
	});

	/** Stops taking connections and lets requests under way finish (at most 10 s). */
	const shutdown = () => {
		server.close(() => process.exit(0));
		// A kept-alive connection goes idle once its last answer is sent: close it then, rather
		// than wait for the client to (browsers keep them for minutes).
		server.closeIdleConnections();
		setInterval(() => server.closeIdleConnections(), 50).unref();
		setTimeout(() => process.exit(0), 10_000).unref();
	};
	process.on('SIGTERM', shutdown);
	if (clustered) {
		// Ctrl-C reaches every process of the group: the primary stops the workers in order.
		process.on('SIGINT', () => {});
		process.on('message', (/** @type {{ type?: string }} */ message) => {
			if (message?.type === 'memory') process.send?.({ type: 'memory', usage: memoryAtRest() });
		});
	} else {
		process.on('SIGINT', shutdown);
		// For `npm run load`: SIGUSR2 prints the memory at rest (with --expose-gc only).
		if (canCollect) process.on('SIGUSR2', () => console.log(memoryLine([memoryAtRest()])));
	}
}
