/**
 * npm run load — drives the built server with autocannon on loopback, route by route (pages and
 * API, the seed and the O*NET dataset), and checks it holds: 0 errors, 0 non-2xx answers to
 * valid requests, and resident memory after the run within 10 % of before.
 *
 * "Before" is after a warm-up pass that loads every route as the measured pass will (same time,
 * same connections, both datasets in memory): the first pass sets how much memory the
 * allocators keep (V8's heap, and the C heap where Node's buffers and zlib's state live, which
 * only give back what a collection frees); the second shows whether use keeps growing. Memory
 * is compared at rest: the server runs with --expose-gc and, on SIGUSR2, collects garbage and
 * compacts its heap (see server.js). Prints a table of req/s, latency (p50/p99), errors and
 * non-2xx per route, and the memory figures; exits 1 if any check fails. Builds the app first
 * if the build is stale.
 *
 * LOAD_SECONDS (30) and LOAD_CONNECTIONS (100) set the run per route, LOAD_WARMUP_SECONDS (as
 * long) the warm-up; LOAD_PORT the port (else the first free one from 4200).
 */
import autocannon from 'autocannon';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { buildIfStale } from './build-if-stale.js';
import { COSTLIEST_SEARCH } from './bench/search-cases';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 100);
const WARMUP_SECONDS = Number(process.env.LOAD_WARMUP_SECONDS ?? SECONDS);
/** Largest growth of resident memory allowed over the run, as a fraction. */
const MAX_RSS_GROWTH = 0.1;

/**
 * The routes driven: valid requests only, so every answer must be a 2xx. A route may set its
 * own number of connections.
 */
const ROUTES: { name: string; path: string; connections?: number }[] = [
	{ name: 'page: / (seed comparison)', path: '/' },
	{ name: 'page: /nodes/php', path: '/nodes/php' },
	{ name: 'API: compare (seed)', path: '/api/compare/backend-engineer/backend-developer' },
	{
		name: 'API: compare (O*NET)',
		path: '/api/compare/15-1252.00/15-1254.00?dataset=onet&category=technology'
	},
	{ name: 'API: search (seed)', path: '/api/search?q=java' },
	{ name: 'API: search (O*NET)', path: '/api/search?q=developer&dataset=onet' },
	{
		name: 'API: search, crafted worst case (O*NET)',
		path: `/api/search?dataset=onet&q=${encodeURIComponent(COSTLIEST_SEARCH.q)}`
	},
	{ name: 'API: graph (seed)', path: '/api/graph' },
	{
		name: 'API: graph (O*NET, family 15: roles, skills)',
		path: '/api/graph?dataset=onet&family=15&category=role&category=skill'
	},
	{
		name: 'API: export, a comparison (seed, GraphML)',
		path: '/api/export/graphml?view=compare&a=backend-engineer&b=backend-developer'
	},
	// 35 MB of GEXF, 2.3 MB as it goes out gzipped (as a browser asks for it): built once. Ten
	// connections: autocannon parses every byte of an answer in JavaScript, so with a hundred
	// 2.3 MB answers the load generator is what saturates (curl fetches ~190 MB/s of it here).
	{
		name: 'API: export, whole O*NET (GEXF; 10 connections)',
		path: '/api/export/gexf?view=whole&dataset=onet',
		connections: 10
	}
];

/** The first port from `from` nobody listens on. */
async function freePort(from: number): Promise<number> {
	for (let port = from; port < from + 100; port++) {
		const free = await new Promise<boolean>((resolve) => {
			const probe = createServer()
				.once('error', () => resolve(false))
				.once('listening', () => probe.close(() => resolve(true)))
				.listen(port, '127.0.0.1');
		});
		if (free) return port;
	}
	throw new Error(`No free port from ${from}.`);
}

/** Resident memory of a process, in bytes (Linux /proc, else ps). */
function rssOf(pid: number): number {
	const status = `/proc/${pid}/status`;
	if (existsSync(status)) {
		const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(status, 'utf8'))?.[1];
		if (kb) return Number(kb) * 1024;
	}
	return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' })) * 1024;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function drive(url: string, seconds: number, connections = CONNECTIONS) {
	return autocannon({
		url,
		connections,
		duration: seconds,
		pipelining: 1,
		// As a browser asks: pages then come compressed (API answers are not, whatever is asked).
		headers: { 'accept-encoding': 'gzip, deflate, br' },
		// A request waits its turn behind up to CONNECTIONS others on one Node thread.
		timeout: 30
	});
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

buildIfStale();
const port = process.env.LOAD_PORT ? Number(process.env.LOAD_PORT) : await freePort(4200);
const base = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, ['--expose-gc', 'server.js'], {
	env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
	stdio: ['ignore', 'pipe', 'inherit']
});

/** What the server prints when sent SIGUSR2: its processes' memory, summed, and their pids. */
interface MemoryReport {
	heapUsed: number;
	pids: number[];
}
/** Memory reports the server prints when sent SIGUSR2 (see server/memory.js). */
const reports: ((report: MemoryReport) => void)[] = [];
/** The server's processes, as its last report named them. */
let pids = [server.pid!];
/** Resident memory of the whole server: the sum over its processes. */
const rss = () => pids.reduce((sum, pid) => sum + rssOf(pid), 0);
let pending = '';
server.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
	pending += chunk;
	const lines = pending.split('\n');
	pending = lines.pop()!;
	for (const line of lines) {
		if (line.startsWith('memory ')) reports.shift()?.(JSON.parse(line.slice(7)));
	}
});

/**
 * The server's memory at rest: it collects garbage, compacting its heap (twice, a second
 * apart; see server.js), and reports; the resident size is read once it has settled, as the
 * freed pages go back to the system over the next second or two: it is sampled every second
 * until three samples in a row agree to within 1 MB (at most 30 s). Comparing at rest keeps
 * the collector's timing out of the figure.
 */
async function memoryAtRest(): Promise<{ rss: number; heapUsed: number; byProcess: string }> {
	let usage: MemoryReport | undefined;
	for (let i = 0; i < 2; i++) {
		await sleep(1000);
		const report = new Promise<MemoryReport>((resolve) => reports.push(resolve));
		server.kill('SIGUSR2');
		usage = await report;
		pids = usage.pids;
	}
	let size = rss();
	for (let steady = 0, waited = 0; steady < 3 && waited < 30_000; waited += 1000) {
		await sleep(1000);
		const now = rss();
		steady = Math.abs(now - size) < 1024 * 1024 ? steady + 1 : 0;
		size = now;
	}
	// The primary first, then each worker.
	const byProcess = pids.map((pid) => mb(rssOf(pid))).join(' + ');
	return { rss: size, heapUsed: usage!.heapUsed, byProcess };
}
const stop = () => server.kill();
process.on('exit', stop);

let started = false;
for (let attempt = 0; attempt < 300 && !started; attempt++) {
	try {
		started = (await fetch(`${base}/api/sources`)).ok;
	} catch {
		await sleep(100);
	}
}
if (!started) {
	console.error('The server did not start.');
	process.exit(1);
}

console.log(
	`rolegraph load test: ${ROUTES.length} routes × ${SECONDS} s at ${CONNECTIONS} connections, ` +
		`on ${base} (Node ${process.version}, ${(await import('node:os')).cpus().length} cores)`
);
// Every route must answer first: that checks they are valid requests, and loads both datasets,
// so that each route is warmed up on the server as it will be loaded (with O*NET in memory).
for (const route of ROUTES) {
	const response = await fetch(base + route.path);
	if (!response.ok) {
		console.error(`${route.path} answers ${response.status}: not a valid request to load.`);
		process.exit(1);
	}
}
console.log(`Warm-up: ${WARMUP_SECONDS} s per route at the same concurrency…`);
for (const route of ROUTES) await drive(base + route.path, WARMUP_SECONDS, route.connections);
const before = await memoryAtRest();
console.log(
	`After warm-up, at rest: RSS ${mb(before.rss)} (${before.byProcess}), heap used ${mb(before.heapUsed)}`
);

const rows: string[][] = [];
let failed = false;
for (const route of ROUTES) {
	const result = await drive(base + route.path, SECONDS, route.connections);
	// autocannon counts timeouts among errors too.
	const errors = result.errors;
	if (errors > 0 || result.non2xx > 0) failed = true;
	rows.push([
		route.name,
		route.path,
		Math.round(result.requests.average).toLocaleString('en'),
		result.requests.total.toLocaleString('en'),
		`${result.latency.p50} ms`,
		`${result.latency.p99} ms`,
		`${errors} (${result.timeouts} timeouts)`,
		String(result.non2xx)
	]);
	console.log(
		`  ${route.name}: ${Math.round(result.requests.average)} req/s, ${errors} errors, ` +
			`${result.non2xx} non-2xx, RSS now ${mb(rss())}`
	);
}
const after = await memoryAtRest();
const growth = (after.rss - before.rss) / before.rss;
if (growth > MAX_RSS_GROWTH) failed = true;

const header = ['route', 'path', 'req/s', 'requests', 'p50', 'p99', 'errors', 'non-2xx'];
const table = [header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`);
console.log(`\n${table.join('\n')}\n`);
console.log(
	`At rest, RSS before: ${mb(before.rss)} (${before.byProcess}), after: ${mb(after.rss)} (${after.byProcess}) ` +
		`(${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)} %, limit +${MAX_RSS_GROWTH * 100} %); ` +
		`heap used before: ${mb(before.heapUsed)}, after: ${mb(after.heapUsed)}`
);
// The server must still answer.
const alive = (await fetch(`${base}/api/roles`)).ok;
if (!alive) failed = true;
console.log(alive ? 'The server still answers.' : 'The server no longer answers.');
stop();
if (failed) {
	console.error('Load test FAILED: errors, non-2xx answers or memory growth above the limit.');
	process.exit(1);
}
console.log('Load test passed: 0 errors, 0 non-2xx, memory within the limit.');
