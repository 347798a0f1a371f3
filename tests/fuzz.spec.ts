/**
 * Property-based fuzzing of every API route and page of the built server (fast-check): random
 * ids, query parameters and encodings — percent-encoded bytes (valid UTF-8 or not), unicode,
 * very long values, path traversal, repeated parameters, markup — sent in batches of concurrent
 * requests. Whatever the request, the answer is never a 5xx; an API error is JSON with a
 * message, a page error is the error page with a message; and the server still answers after.
 */
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { Agent, request as httpRequest } from 'node:http';
import { PORT } from '../playwright.config';
import { parse, raw } from './raw-http';

/** How many requests the property sends in all (batches × batch size), and how many at a time. */
const BATCHES = Number(process.env.FUZZ_BATCHES ?? 200);
const BATCH_SIZE = 50;
/** FUZZ_SEED replays a run: its seed is printed with the result, and with any failure. */
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const CONCURRENCY = 12;

const SEED_ROLES = ['backend-engineer', 'backend-developer'];
const SEED_NODES = ['php', 'html', 'nginx', 'java', 'web', ...SEED_ROLES];
const ONET_ROLES = ['15-1252.00', '15-1254.00'];
const ONET_NODES = ['apache-http-server', ...ONET_ROLES];
const CATEGORIES = ['role', 'technology', 'skill', 'responsibility', 'practice', 'platform'];

/** Strings known to upset servers: traversal, bad or odd encodings, markup, special names. */
const HOSTILE = [
	'..%2F..%2F..%2Fetc%2Fpasswd',
	'..%2f..%2fgraph%2fseed%2fdataset.yaml',
	'%2e%2e%2f%2e%2e%2f',
	'..%5C..%5Cwindows%5Cwin.ini',
	'%252e%252e%252f',
	'..',
	'.',
	'%2e',
	'%',
	'%%',
	'%zz',
	'%E0%A4%A',
	'%C0%AF',
	'%C0%AE%C0%AE%C0%AF',
	'%FF%FE',
	'%ED%A0%80',
	'%00',
	'%0A%0D',
	'%0d%0aSet-Cookie:%20x=1',
	'%u002e',
	encodeURIComponent('<script>alert(1)</script>'),
	encodeURIComponent('<img src=x onerror=alert(1)>'),
	encodeURIComponent('javascript:alert(1)'),
	encodeURIComponent("' OR 1=1 --"),
	encodeURIComponent('${7*7}{{7*7}}'),
	'__proto__',
	'constructor',
	'prototype',
	'toString',
	'hasOwnProperty',
	'null',
	'undefined',
	'NaN',
	'-1',
	'0',
	'1e309',
	'0x10',
	'%20',
	'+',
	encodeURIComponent('\u202e\u200b\ufeff'),
	encodeURIComponent('𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🧑‍💻 ü é ß 中文 العربية'),
	'a%2Fb',
	'%3F%23%26%3D',
	'seed',
	'onet'
];

/** One path segment or parameter value, already percent-encoded as it goes on the wire. */
const value = (known: string[]): fc.Arbitrary<string> => anyValue(known).map((v) => v || '_');

const anyValue = (known: string[]): fc.Arbitrary<string> =>
	fc.oneof(
		{ weight: 4, arbitrary: fc.constantFrom(...known).map(encodeURIComponent) },
		{ weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
		{
			weight: 3,
			arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }).map(encodeURIComponent)
		},
		{ weight: 2, arbitrary: fc.string({ maxLength: 20 }).map(encodeURIComponent) },
		{
			weight: 2,
			// Raw bytes, percent-encoded: mostly not valid UTF-8.
			arbitrary: fc
				.uint8Array({ minLength: 1, maxLength: 12 })
				.map((bytes) =>
					[...bytes].map((b) => `%${b.toString(16).padStart(2, '0').toUpperCase()}`).join('')
				)
		},
		{
			weight: 1,
			// Very long: beyond the parameter limit (200), up to a few kilobytes.
			arbitrary: fc
				.tuple(
					fc.constantFrom('a', '%C3%A9', '..%2F', '%F0%9F%A7%91'),
					fc.integer({ min: 150, max: 1500 })
				)
				.map(([unit, times]) => unit.repeat(times))
		},
		{
			weight: 1,
			arbitrary: fc
				.array(fc.constantFrom(...known, ...HOSTILE), { minLength: 2, maxLength: 3 })
				.map((parts) => parts.join(''))
		}
	);

const PARAMS = [
	'dataset',
	'category',
	'source',
	'q',
	'limit',
	'view',
	'a',
	'b',
	'id',
	'node',
	'family',
	'hot',
	'minDegree'
];

/** A query string: random names and values, names often repeated, the dataset often valid. */
const query = (known: string[], datasets: string[]): fc.Arbitrary<string> =>
	fc
		.array(
			fc.oneof(
				{
					weight: 2,
					arbitrary: fc.tuple(fc.constant('dataset'), fc.constantFrom(...datasets))
				},
				{
					weight: 6,
					arbitrary: fc.tuple(
						fc.constantFrom(...PARAMS),
						value([...known, ...CATEGORIES, 'article-1', 'compare', 'node', '15', '1', '20'])
					)
				},
				{ weight: 1, arbitrary: fc.tuple(value(PARAMS), value(known)) }
			),
			{ maxLength: 6 }
		)
		.map((pairs) => (pairs.length ? `?${pairs.map(([n, v]) => `${n}=${v}`).join('&')}` : ''));

/** Paths of one route, with ids from a dataset. */
interface Route {
	api: boolean;
	path: fc.Arbitrary<string>;
	/** The datasets `dataset=` takes for this route (big whole-graph answers are left out). */
	datasets: string[];
}

const id = value([...SEED_NODES, ...ONET_NODES]);
const role = value([...SEED_ROLES, ...ONET_ROLES]);
// Pages draw from the seed's ids: a valid O*NET comparison page is ~130 KB and takes ~200 ms to
// render, which would make this test slow without making it find more (tests/onet.spec.ts and
// tests/security.spec.ts open those pages).
const pageId = value(SEED_NODES);
const pageRole = value(SEED_ROLES);
const BOTH = ['seed', 'onet', 'seed', 'nope'];
const SEED_ONLY = ['seed', 'nope'];

const ROUTES: Route[] = [
	{ api: true, path: id.map((i) => `/api/nodes/${i}`), datasets: BOTH },
	{
		api: true,
		path: fc.tuple(role, role).map(([a, b]) => `/api/compare/${a}/${b}`),
		datasets: BOTH
	},
	// The fast path: plain ids already compared, with random filters.
	{
		api: true,
		path: fc
			.constantFrom(...SEED_ROLES)
			.chain((a) => fc.constantFrom(...SEED_ROLES).map((b) => `/api/compare/${a}/${b}`)),
		datasets: SEED_ONLY
	},
	{ api: true, path: fc.constant('/api/search'), datasets: BOTH },
	{ api: true, path: fc.constant('/api/roles'), datasets: SEED_ONLY },
	{ api: true, path: fc.constant('/api/sources'), datasets: BOTH },
	{ api: true, path: fc.constant('/api/datasets'), datasets: BOTH },
	{ api: true, path: fc.constant('/api/graph'), datasets: SEED_ONLY },
	{
		api: true,
		path: value(['json', 'gexf', 'graphml', 'cyjs', 'csv']).map((f) => `/api/export/${f}`),
		datasets: SEED_ONLY
	},
	{
		api: true,
		path: fc
			.array(value(['compare', 'nodes', 'export', 'x']), { minLength: 1, maxLength: 4 })
			.map((parts) => `/api/${parts.join('/')}`),
		datasets: BOTH
	},
	{ api: false, path: fc.constant('/'), datasets: SEED_ONLY },
	{
		api: false,
		path: fc.tuple(pageRole, pageRole).map(([a, b]) => `/compare/${a}/${b}`),
		datasets: BOTH
	},
	{ api: false, path: fc.constant('/compare'), datasets: BOTH },
	{ api: false, path: pageId.map((i) => `/nodes/${i}`), datasets: BOTH },
	{ api: false, path: fc.constant('/explore'), datasets: BOTH },
	{
		api: false,
		path: fc
			.array(value(['nodes', 'compare', 'x']), { minLength: 1, maxLength: 3 })
			.map((p) => `/${p.join('/')}`),
		datasets: BOTH
	}
];

interface Probe {
	method: 'GET' | 'HEAD';
	url: string;
}

const probe: fc.Arbitrary<Probe> = fc.constantFrom(...ROUTES).chain((route) =>
	fc.record({
		api: fc.constant(route.api),
		method: fc.constantFrom<('GET' | 'HEAD')[]>('GET', 'GET', 'GET', 'GET', 'HEAD'),
		url: fc
			.tuple(route.path, query([...SEED_NODES, ...ONET_NODES], route.datasets))
			.map(([path, search]) => path + search)
	})
);

/** Keeps connections open between requests, as a browser does (and as cheap for the client). */
const agent = new Agent({ keepAlive: true, maxSockets: 16 });

/**
 * Sends one request with Node's HTTP client: the target goes on the wire exactly as generated
 * (no client-side URL clean-up), and the client costs little, so the server is what is measured.
 */
function send(method: string, target: string) {
	return new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
		const outgoing = httpRequest(
			{ host: '127.0.0.1', port: PORT, method, path: target, agent },
			(response) => {
				let body = '';
				response.setEncoding('utf8');
				response.on('data', (chunk: string) => (body += chunk));
				response.on('end', () =>
					resolve({
						status: response.statusCode ?? 0,
						type: response.headers['content-type'] ?? '',
						body
					})
				);
				response.on('error', reject);
			}
		);
		outgoing.setTimeout(30_000, () => outgoing.destroy(new Error('timed out')));
		outgoing.on('error', reject);
		outgoing.end();
	});
}

/**
 * The path a request target names once `.` and `..` are resolved, as SvelteKit resolves it;
 * undefined for a target that is no address at all (`*`).
 */
function resolvedPath(target: string) {
	return URL.parse(target.startsWith('/') ? `http://x${target}` : target)?.pathname;
}

/** What is wrong with the answer to one probe, or undefined if it is fine. */
async function problemWith({ method, url }: Probe) {
	const { status, type, body } = await send(method, url);
	if (status >= 500) return `${status} for ${method} ${url}`;
	if (status < 400 || method === 'HEAD') return undefined;
	// The server resolves `..` and `.` segments as any URL parser does: the API is what that leaves.
	const path = resolvedPath(url) ?? '';
	if (path === '/api' || path.startsWith('/api/')) {
		if (!type.includes('application/json')) return `${status} ${type} (not JSON) for ${url}`;
		let message: unknown;
		try {
			message = JSON.parse(body)?.error?.message;
		} catch {
			return `${status} not valid JSON for ${url}`;
		}
		if (typeof message !== 'string' || message === '')
			return `${status} without a message for ${url}`;
	} else {
		if (!type.includes('text/html')) return `${status} ${type} (not the error page) for ${url}`;
		const message = /<p role="alert">([^<]*)<\/p>/.exec(body)?.[1]?.trim();
		if (!message) return `${status} error page without a message for ${url}`;
	}
	return undefined;
}

/** Runs tasks with at most `limit` under way at once; returns their results in order. */
async function pool<T, R>(items: T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
	const results: R[] = new Array(items.length);
	let next = 0;
	const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
		while (next < items.length) {
			const index = next++;
			results[index] = await run(items[index]!);
		}
	});
	await Promise.all(workers);
	return results;
}

test.describe('fuzzing the built server', () => {
	test(`${BATCHES * BATCH_SIZE} random requests to every route: no 5xx, errors explained`, async ({
		request
	}) => {
		test.setTimeout(180_000);
		let sent = 0;
		const problems: string[] = [];
		const slowest: [number, string][] = [];
		// The O*NET dataset loads on first use (a few seconds) in each of the server's workers: load
		// it before timing. A new connection each time, so that the requests reach every worker.
		for (let i = 0; i < 4; i++) {
			for (const url of ['/api/roles?dataset=onet', '/api/search?q=web&dataset=onet']) {
				const response = await request.get(url, { headers: { connection: 'close' } });
				expect(response.status()).toBe(200);
			}
		}
		const started = performance.now();
		const details = await fc.check(
			fc.asyncProperty(
				fc.array(probe, { minLength: BATCH_SIZE, maxLength: BATCH_SIZE }),
				async (batch) => {
					const found = await pool(batch, CONCURRENCY, async (one) => {
						sent++;
						const start = performance.now();
						const problem = await problemWith(one).catch((error: Error) => {
							return `failed (${error.message.split('\n')[0]}): ${one.method} ${one.url}`;
						});
						slowest.push([performance.now() - start, `${one.method} ${one.url.slice(0, 120)}`]);
						slowest.sort((a, b) => b[0] - a[0]).splice(5);
						return problem;
					});
					for (const problem of found) if (problem) problems.push(problem.slice(0, 400));
					return found.every((problem) => problem === undefined);
				}
			),
			// No shrinking: the failing requests are reported as they are (each is one URL).
			{ numRuns: BATCHES, endOnFailure: true, seed: SEED }
		);
		const seconds = (performance.now() - started) / 1000;
		const summary = `${sent} requests in ${seconds.toFixed(1)} s (${Math.round(sent / seconds)} req/s, ${CONCURRENCY} at a time), seed ${details.seed}`;
		console.log(`fuzz: ${summary}`);
		for (const [ms, url] of slowest) console.log(`  slowest: ${Math.round(ms)} ms ${url}`);
		test.info().annotations.push({ type: 'fuzz', description: summary });
		expect(problems, `seed ${details.seed}`).toEqual([]);
		expect(details.failed).toBe(false);
		expect(sent).toBeGreaterThanOrEqual(10_000);

		// Still answering, and correctly.
		const roles = await request.get('/api/roles');
		expect(roles.status()).toBe(200);
		expect((await roles.json()).roles).toHaveLength(2);
		expect((await request.get('/')).status()).toBe(200);
	});
});

/** Hostile request targets a client library would clean up before sending; sent raw here. */
const RAW_TARGETS = [
	'/api/compare/../../../etc/passwd',
	'/api/../../graph/seed/dataset.yaml',
	'/api/nodes/..%2f..%2f..%2fetc%2fpasswd',
	'/api/compare/backend-engineer/backend-developer/../../../../etc/passwd',
	'/api/compare/backend-engineer/backend-developer?dataset=%',
	'/api/compare/backend-engineer/backend-developer?category=%E0%A4%A',
	'/api/compare/backend-engineer/backend-developer#frag',
	'/api/compare/%2e%2e/%2e%2e',
	'/api/compare/backend-engineer/backend-developer?' + 'category=technology&'.repeat(500),
	'//api/roles',
	'/api//roles',
	'/api/roles/',
	'/api/compare//',
	'/nodes/../../../etc/passwd',
	'/_app/../../package.json',
	'/_app/immutable/..%2f..%2f..%2fpackage.json',
	'/%2e%2e/%2e%2e/package.json',
	'/api/nodes/' + 'é'.repeat(3000),
	'/nodes/%C0%AE%C0%AE/',
	'http://127.0.0.1/api/roles',
	'http://evil.example/api/compare/backend-engineer/backend-developer',
	'*',
	'/api/roles?' + 'q=1&'.repeat(2000),
	// Too long (over 8 KB) and resolving out of the API, or into it: the page's or the API's answer.
	'/api/..?q=' + 'a'.repeat(9000),
	'/api/compare/../..?q=' + '%C3%A9'.repeat(2000),
	'/nodes/../api/roles?q=' + 'a'.repeat(9000)
];

test.describe('raw hostile requests', () => {
	for (const target of RAW_TARGETS) {
		test(`GET ${target.slice(0, 70)}: no 5xx, no file outside the app, JSON on /api, the error page elsewhere`, async () => {
			const answer = parse(
				await raw(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`)
			);
			expect(answer.status).toBeGreaterThanOrEqual(200);
			expect(answer.status).toBeLessThan(500);
			expect(answer.body).not.toContain('root:x:0:0');
			expect(answer.body).not.toContain('"devDependencies"');
			expect(answer.body).not.toContain('defaultPair:');
			expect(answer.head).toContain('x-content-type-options: nosniff');
			// JSON where the path, once normalised (`..` resolved) as SvelteKit does, is the API;
			// the error page, with its message, where it is a page.
			// (Built assets under /_app/ are neither: a missing one is a bare 404.)
			const path = resolvedPath(target) ?? '';
			if (answer.status >= 400 && path.startsWith('/api/')) {
				expect(answer.head).toContain('content-type: application/json');
				expect(JSON.parse(answer.body).error.message).toBeTruthy();
			} else if (answer.status >= 400 && path.startsWith('/') && !path.startsWith('/_app/')) {
				expect(answer.head).toContain('content-type: text/html');
				expect(answer.body).toMatch(/<p role="alert">[^<]+<\/p>/);
			}
		});
	}

	test('malformed requests and hostile headers get a 4xx, and the server lives on', async () => {
		const requests = [
			`GET /api/roles HTTP/1.1\r\nHost: ${'x'.repeat(20_000)}\r\nConnection: close\r\n\r\n`,
			`GET /api/roles?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`,
			`GET /api/roles HTTP/1.1\r\nHost: %%%\r\nConnection: close\r\n\r\n`,
			`GET /api/roles HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Forwarded-Host: <script>\r\nConnection: close\r\n\r\n`,
			`GET /api/roles HTTP/1.1\r\nHost: [::1\r\nConnection: close\r\n\r\n`,
			`GET /api/ro les HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`,
			`GET /api/roles\x00 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`,
			`BREW /api/roles HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`,
			`GET /api/roles HTTP/9.9\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`,
			`GET /api/roles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -1\r\nConnection: close\r\n\r\n`,
			`GET /api/roles HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\nConnection: close\r\n\r\n0\r\n\r\n`,
			`garbage\r\n\r\n`
		];
		for (const text of requests) {
			const answer = parse(await raw(text));
			expect(answer.status, JSON.stringify(text.slice(0, 60))).toBeGreaterThanOrEqual(200);
			expect(answer.status, JSON.stringify(text.slice(0, 60))).toBeLessThan(500);
			if (answer.status >= 400) {
				expect(answer.head, JSON.stringify(text.slice(0, 60))).toContain(
					'content-type: application/json'
				);
				expect(JSON.parse(answer.body).error.message).toBeTruthy();
			}
		}
		const after = await new Promise<number>((resolve, reject) =>
			httpRequest({ port: PORT, host: '127.0.0.1', path: '/api/roles' }, (response) => {
				response.resume();
				resolve(response.statusCode ?? 0);
			})
				.on('error', reject)
				.end()
		);
		expect(after).toBe(200);
	});
});
