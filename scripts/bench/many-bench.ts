/**
 * Figures for issue 17 (several roles at once): which O*NET roles make the largest comparison,
 * compareMany's time on them, and GET /api/compare with four roles under load against bare
 * node:http serving the same bytes (in its own process, scripts/bench/bare-floor.js).
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareMany } from '../../src/lib/graph/compare-many';
import type { KnowledgeGraph } from '../../src/lib/graph/types';
import { measurePageLoad } from './browser-bench';
import { median, percentile } from './measure';

/** Each role's links to non-role nodes, as sets. */
function linkSets(graph: KnowledgeGraph): { id: string; links: Set<string> }[] {
	return graph
		.filterNodes((_id, attributes) => attributes.category === 'role')
		.map((id) => ({
			id,
			links: new Set(
				graph.outNeighbors(id).filter((n) => graph.getNodeAttribute(n, 'category') !== 'role')
			)
		}))
		.sort((x, y) => y.links.size - x.links.size || (x.id < y.id ? -1 : 1));
}

/**
 * The `count` roles whose union of links is largest, exactly: a depth-first search over roles by
 * size, cut wherever the union so far plus the sizes of the next roles cannot beat the best.
 */
export function largestUnionOf(
	graph: KnowledgeGraph,
	count: number
): { roles: string[]; union: number } {
	const roles = linkSets(graph);
	let best = { roles: [] as string[], union: 0 };
	const chosen: number[] = [];
	const search = (from: number, union: Set<string>) => {
		if (chosen.length === count) {
			if (union.size > best.union) {
				best = { roles: chosen.map((r) => roles[r]!.id), union: union.size };
			}
			return;
		}
		for (let r = from; r < roles.length; r++) {
			// The most the rest can add: the next roles' sizes (sorted, so these are the largest left).
			let bound = union.size;
			for (let k = 0; k < count - chosen.length; k++) bound += roles[r + k]?.links.size ?? 0;
			if (bound <= best.union) return;
			const next = new Set(union);
			for (const id of roles[r]!.links) next.add(id);
			chosen.push(r);
			search(r + 1, next);
			chosen.pop();
		}
	};
	search(0, new Set());
	return best;
}

/** compareMany on the given roles: per-call times after a warm-up. */
export function benchCompareMany(graph: KnowledgeGraph, roles: string[], calls = 300) {
	for (let i = 0; i < 30; i++) compareMany(graph, roles);
	const times = Array.from({ length: calls }, () => {
		const started = performance.now();
		compareMany(graph, roles);
		return performance.now() - started;
	});
	const round = (ms: number) => Math.round(ms * 1000) / 1000;
	return {
		roles: roles.length,
		p50Ms: round(median(times)),
		p95Ms: round(percentile(times, 95)),
		maxMs: round(Math.max(...times))
	};
}

/** Milliseconds of CPU a process has used (user + system), from /proc; undefined elsewhere. */
function cpuMs(pid: number): number | undefined {
	try {
		const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
		return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // USER_HZ is 100 on Linux
	} catch {
		return undefined;
	}
}

/** 50 connections on one URL for `seconds`, with the CPU time per request of the process serving it. */
async function hammerMeasured(url: string, pid: number, seconds: number) {
	const before = cpuMs(pid);
	const result = await autocannon({ url, connections: 50, duration: seconds, pipelining: 1 });
	const after = cpuMs(pid);
	return {
		requestsPerSecond: result.requests.average,
		p50Ms: result.latency.p50,
		p99Ms: result.latency.p99,
		errors: result.errors + result.timeouts,
		non2xx: result.non2xx,
		requests: result.requests.total,
		cpuUsPerRequest:
			before === undefined || after === undefined
				? undefined
				: Math.round(((after - before) * 1000) / result.requests.total)
	};
}

/** Starts the floor (scripts/bench/bare-floor.js) in its own process, serving one body at one path. */
async function startFloor(path: string, body: string, port: number) {
	const file = join(tmpdir(), `rolegraph-many-floor-${process.pid}.json`);
	writeFileSync(file, JSON.stringify({ [path]: body }));
	const child = spawn(process.execPath, ['scripts/bench/bare-floor.js', String(port), file], {
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise<void>((resolve, reject) => {
		child.stdout!.once('data', () => resolve());
		child.once('exit', (code) => reject(new Error(`the floor server exited (${code})`)));
	});
	return { url: `http://127.0.0.1:${port}${path}`, pid: child.pid!, stop: () => child.kill() };
}

/**
 * GET /api/compare with these roles on O*NET: asked once (computed, through SvelteKit), then 50
 * connections × `seconds`, against the floor serving the same bytes from its own process.
 */
export async function benchManyHttp(
	server: { url: string; pid: number },
	roles: string[],
	floorPort: number,
	seconds = 10
) {
	const path = `/api/compare/${roles.join('/')}?dataset=onet`;
	const started = performance.now();
	const response = await fetch(server.url + path);
	const body = await response.text();
	const firstMs = Math.round((performance.now() - started) * 10) / 10;
	if (!response.ok) throw new Error(`${path} answered ${response.status}: ${body}`);
	const floor = await startFloor(path, body, floorPort);
	try {
		await autocannon({ url: server.url + path, connections: 10, duration: 2 });
		await autocannon({ url: floor.url, connections: 10, duration: 2 });
		const app = await hammerMeasured(server.url + path, server.pid, seconds);
		const bare = await hammerMeasured(floor.url, floor.pid, seconds);
		return {
			path,
			bytes: body.length,
			firstRequestMs: firstMs,
			app,
			bare,
			ratio: app.requestsPerSecond / bare.requestsPerSecond
		};
	} finally {
		floor.stop();
	}
}

/**
 * Issue 17's figures, in one go on a running server: the four O*NET roles with the largest
 * union, compareMany on them, their page drawn in headless Chromium (goal: canvas < 1.5 s after
 * navigation, no task > 200 ms after), and GET /api/compare with them under load (goal: p99 <
 * 20 ms at 50 connections), against the bare floor. `say` prints a line.
 */
export async function benchMany(
	graph: KnowledgeGraph,
	server: { url: string; pid: number },
	floorPort: number,
	say: (line: string) => void
) {
	const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
	const largest = largestUnionOf(graph, 4);
	const labels = largest.roles.map((role) => graph.getNodeAttribute(role, 'label'));
	say(`the four O*NET roles with the largest union: ${labels.join(', ')} (${largest.union} nodes)`);
	const core = benchCompareMany(graph, largest.roles);
	say(`compareMany on them: p50 ${core.p50Ms} ms, p95 ${core.p95Ms} ms, max ${core.maxMs} ms`);
	const page = `/compare/${largest.roles.join('/')}?dataset=onet`;
	const figures = await measurePageLoad(server.url, page, 5);
	const longest = Math.max(...figures.longestTaskAfterDrawMs);
	say(
		`${page}: graph first on screen ${figures.medianFirstDrawMs} ms (runs ${figures.firstDrawMs.join(', ')}); ` +
			`canvas drawn (interactive) ${figures.medianCanvasDrawMs} ms after navigation (median of ${figures.runs}; runs ${figures.canvasDrawMs.join(', ')}; goal < 1,500 ms: ${verdict(figures.medianCanvasDrawMs < 1500)}); ` +
			`longest task after the canvas: ${longest} ms (goal ≤ 200 ms: ${verdict(longest <= 200)}); ` +
			`first-load JavaScript ${(figures.jsGzipBytes / 1024).toFixed(1)} KB gzip`
	);
	const http = await benchManyHttp(server, largest.roles, floorPort);
	say(
		`GET ${http.path} (${(http.bytes / 1024).toFixed(0)} KB; first request ${http.firstRequestMs} ms), 50 connections × 10 s: ` +
			`${Math.round(http.app.requestsPerSecond)} req/s, p99 ${http.app.p99Ms} ms (goal < 20 ms: ${verdict(http.app.p99Ms < 20)}), ${http.app.errors} errors, ${http.app.non2xx} non-2xx; ` +
			`bare node:http (own process) with the same bytes: ${Math.round(http.bare.requestsPerSecond)} req/s, p99 ${http.bare.p99Ms} ms → ${http.ratio.toFixed(2)}×; ` +
			`CPU per request ${http.app.cpuUsPerRequest} µs against ${http.bare.cpuUsPerRequest} µs`
	);
	return { largest, core, page: figures, http };
}
