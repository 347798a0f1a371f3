/**
 * Figures for issue 16's answers: the similarity index built at load (time, memory), matching
 * 20 items against every O*NET occupation, and GET /api/similar and /api/gap under load against
 * bare node:http serving the same bytes (in its own process).
 */
import autocannon from 'autocannon';
import { spawnSync } from 'node:child_process';
import { matchRoles } from '../../src/lib/graph/match';
import { similarityIndex } from '../../src/lib/graph/similarity-index';
import type { KnowledgeGraph } from '../../src/lib/graph/types';
import { random } from '../../src/lib/graph/random';

/** What autocannon measured on a run. */
export interface LoadFigures {
	requestsPerSecond: number;
	p50Ms: number;
	p99Ms: number;
	errors: number;
	non2xx: number;
	requests: number;
}
import { startFloor, treeCpuMs } from './pages-bench';
import { median, percentile } from './measure';

/** Builds the index in fresh child processes (as the server does after a load): median of runs. */
export function measurePrecompute(runs = 3) {
	const results = Array.from({ length: runs }, () => {
		const child = spawnSync(
			process.execPath,
			['--expose-gc', '--import', 'tsx', 'scripts/bench/answers-load.ts'],
			{ encoding: 'utf8' }
		);
		if (child.status !== 0) throw new Error(`the index probe failed:\n${child.stderr}`);
		return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as {
			backgroundMs: number;
			oneGoMs: number;
			longestPauseMs: number;
			extraRssMb: number;
			extraHeapMb: number;
		};
	});
	const middle = (pick: (r: (typeof results)[number]) => number) =>
		Math.round(median(results.map(pick)) * 10) / 10;
	return {
		runs: results.map((r) => Math.round(r.backgroundMs)),
		backgroundMs: middle((r) => r.backgroundMs),
		oneGoMs: middle((r) => r.oneGoMs),
		longestPauseMs: middle((r) => r.longestPauseMs),
		extraRssMb: middle((r) => r.extraRssMb),
		extraHeapMb: middle((r) => r.extraHeapMb)
	};
}

/** 20 items someone might know: what a random role needs, its heaviest first, topped up from others. */
export function haveLists(graph: KnowledgeGraph, count: number): string[][] {
	const index = similarityIndex(graph);
	const next = random(16);
	return Array.from({ length: count }, () => {
		const have = new Set<string>();
		while (have.size < 20) {
			const needs = index.needs[Math.floor(next() * index.roles.length)]!;
			for (const position of needs.byWeight.slice(0, 20 - have.size)) {
				have.add(index.items[needs.items[position]!]!);
			}
		}
		return [...have];
	});
}

/** matchRoles with 20 items against every role: per-call times over many lists, after a warm-up. */
export function benchMatch(graph: KnowledgeGraph) {
	const lists = haveLists(graph, 300);
	for (const have of lists.slice(0, 50)) matchRoles(graph, have, 20);
	const times = lists.map((have) => {
		const started = performance.now();
		matchRoles(graph, have, 20);
		return performance.now() - started;
	});
	const round = (ms: number) => Math.round(ms * 1000) / 1000;
	return {
		lists: lists.length,
		roles: similarityIndex(graph).roles.length,
		p50Ms: round(percentile(times, 50)),
		p95Ms: round(percentile(times, 95)),
		maxMs: round(Math.max(...times))
	};
}

/** Drives a list of paths in turn (each connection cycles through them) and returns the figures. */
export async function hammerPaths(
	base: string,
	paths: string[],
	connections: number,
	seconds: number
): Promise<LoadFigures> {
	const result = await autocannon({
		url: base,
		connections,
		duration: seconds,
		pipelining: 1,
		requests: paths.map((path) => ({ method: 'GET', path }))
	});
	return {
		requestsPerSecond: result.requests.average,
		p50Ms: result.latency.p50,
		p99Ms: result.latency.p99,
		errors: result.errors + result.timeouts,
		non2xx: result.non2xx,
		requests: result.requests.total
	};
}

/**
 * Milliseconds of CPU the server has used (its process and children: the cluster's workers do
 * the work, not the primary), from /proc; undefined elsewhere.
 */
function cpuMs(pid: number): number | undefined {
	try {
		return treeCpuMs(pid);
	} catch {
		return undefined;
	}
}

/**
 * Load figures, plus the server's CPU time per request: unlike throughput, it hardly depends on
 * what else the machine is running, so the app and the floor compare even on a busy machine.
 */
async function hammerMeasured(base: string, pid: number, paths: string[], seconds: number) {
	const before = cpuMs(pid);
	const figures = await hammerPaths(base, paths, 50, seconds);
	const after = cpuMs(pid);
	const cpuUsPerRequest =
		before === undefined || after === undefined
			? undefined
			: Math.round(((after - before) * 1000) / figures.requests);
	return { ...figures, cpuUsPerRequest };
}

/** Occupations the HTTP bench asks about: 100 of them, chosen with a fixed seed. */
function sampleRoles(graph: KnowledgeGraph, count: number): string[] {
	const roles = similarityIndex(graph).roles;
	const next = random(23);
	return Array.from({ length: count }, () => roles[Math.floor(next() * roles.length)]!);
}

/**
 * GET /api/similar (100 occupations) and /api/gap (100 pairs) on O*NET: each path asked once
 * first (computed through SvelteKit: its median time is the uncached figure), then 50
 * connections × `seconds` cycling through them, against the floor serving the same bytes.
 */
export async function benchAnswersHttp(
	server: { url: string; pid: number },
	graph: KnowledgeGraph,
	floorPort: number,
	seconds = 10
) {
	const roles = sampleRoles(graph, 200);
	const endpoints = {
		similar: roles.slice(0, 100).map((id) => `/api/similar/${id}?dataset=onet&limit=10`),
		gap: roles.slice(0, 100).map((from, i) => `/api/gap/${from}/${roles[100 + i]}?dataset=onet`)
	};
	const figures: Record<string, unknown> = {};
	for (const [name, paths] of Object.entries(endpoints)) {
		const bodies: Record<string, string> = {};
		const firstMs: number[] = [];
		for (const path of paths) {
			const started = performance.now();
			const response = await fetch(server.url + path);
			bodies[path] = await response.text();
			firstMs.push(performance.now() - started);
			if (!response.ok) throw new Error(`${path} answered ${response.status}: ${bodies[path]}`);
		}
		const floor = await startFloor(bodies, floorPort);
		try {
			await hammerPaths(server.url, paths, 10, 2);
			await hammerPaths(floor.url, paths, 10, 2);
			const app = await hammerMeasured(server.url, server.pid, paths, seconds);
			const bare = await hammerMeasured(floor.url, floor.pid, paths, seconds);
			const sizes = Object.values(bodies).map((body) => body.length);
			figures[name] = {
				app,
				bare,
				ratio: app.requestsPerSecond / bare.requestsPerSecond,
				firstRequestMedianMs: Math.round(median(firstMs) * 10) / 10,
				medianBytes: median(sizes)
			};
		} finally {
			floor.stop();
		}
	}
	type Figures = LoadFigures & { cpuUsPerRequest?: number };
	return figures as Record<
		'similar' | 'gap',
		{
			app: Figures;
			bare: Figures;
			ratio: number;
			firstRequestMedianMs: number;
			medianBytes: number;
		}
	>;
}
