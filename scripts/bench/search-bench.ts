import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { prepareSearch, searchNodes, workOfLastSearch } from '../../src/lib/graph/search';
import type { KnowledgeGraph } from '../../src/lib/graph/types';
import { median } from './measure';
import { CRAFTED_SEARCHES, PLAIN_SEARCH } from './search-cases';

/**
 * The crafted worst-case searches (search-cases.ts) on O*NET, in process: each run `rounds`
 * times, each run right after a plain search (so noise hits both alike). Reports every case's
 * slowest run and work, the slowest of all, and the plain search's median.
 */
export function benchCraftedSearch(graph: KnowledgeGraph, rounds = 5) {
	prepareSearch(graph);
	const time = (query: string) => {
		const started = performance.now();
		searchNodes(graph, query);
		return performance.now() - started;
	};
	const plain: number[] = [];
	const cases = CRAFTED_SEARCHES.map(({ name, q }) => {
		const times: number[] = [];
		for (let round = 0; round < rounds; round++) {
			plain.push(time(PLAIN_SEARCH));
			times.push(time(q));
		}
		return {
			name,
			maxMs: round2(Math.max(...times)),
			medianMs: round2(median(times)),
			work: workOfLastSearch()
		};
	});
	const worst = cases.reduce((x, y) => (y.maxMs > x.maxMs ? y : x));
	return {
		cases,
		worst: worst.name,
		maxMs: worst.maxMs,
		maxWork: Math.max(...cases.map((c) => c.work)),
		plainP50Ms: round2(median(plain))
	};
}

/** Resident memory of a process, in MB (Linux /proc, else ps). */
export function rssMb(pid: number): number {
	const status = `/proc/${pid}/status`;
	if (existsSync(status)) {
		const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(status, 'utf8'))?.[1];
		if (kb) return Number(kb) / 1024;
	}
	return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' })) / 1024;
}

/**
 * The crafted searches against a running server (`rounds` passes, one request at a time): the
 * slowest answer, and the server's resident memory before and at its peak (sampled every
 * 10 ms) — one such request took it from 252 MB to over 1 GB before the searches were bounded.
 */
export async function craftedSearchesOverHttp(url: string, pid: number, rounds = 3) {
	const before = rssMb(pid);
	let peak = before;
	const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 10);
	let slowest = { ms: 0, name: '' };
	try {
		for (let round = 0; round < rounds; round++) {
			for (const { name, q } of CRAFTED_SEARCHES) {
				const started = performance.now();
				const response = await fetch(`${url}/api/search?dataset=onet&q=${encodeURIComponent(q)}`);
				await response.text();
				const ms = performance.now() - started;
				if (!response.ok) throw new Error(`${name}: the server answered ${response.status}`);
				if (ms > slowest.ms) slowest = { ms, name };
			}
		}
	} finally {
		clearInterval(sampler);
	}
	return {
		slowestMs: round2(slowest.ms),
		slowest: slowest.name,
		rssBeforeMb: Math.round(before),
		rssPeakMb: Math.round(peak)
	};
}

const round2 = (value: number) => Number(value.toFixed(2));
