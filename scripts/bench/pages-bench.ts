import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './measure';

/** The pages the bench loads, by what they are. */
export const BENCH_PAGES = ['/', '/compare/15-1252.00/15-1254.00?dataset=onet', '/nodes/php'];

/** Headers a browser sends that change the answer: it accepts gzip. */
const ACCEPT = { 'accept-encoding': 'gzip, deflate' };

export interface Load {
	/** CPU time the server's processes spent per request (µs): steadier than throughput on a busy machine. */
	cpuUsPerRequest: number;
	requestsPerSecond: number;
	p99Ms: number;
	errors: number;
	non2xx: number;
}

/** autocannon on one address: `connections` connections for `seconds`, gzip accepted. */
export async function load(
	url: string,
	connections = 50,
	seconds = 5,
	pid?: number
): Promise<Load> {
	const cpuBefore = pid === undefined ? 0 : treeCpuMs(pid);
	const result = await autocannon({ url, connections, duration: seconds, headers: ACCEPT });
	const cpu = pid === undefined ? NaN : treeCpuMs(pid) - cpuBefore;
	return {
		cpuUsPerRequest: (cpu * 1000) / Math.max(1, result.requests.total),
		requestsPerSecond: result.requests.average,
		p99Ms: result.latency.p99,
		errors: result.errors + result.timeouts,
		non2xx: result.non2xx
	};
}

/** The bytes and the headers an address answers with (as sent: compressed if the app compressed). */
async function answerOf(url: string) {
	const { request } = await import('node:http');
	return new Promise<{ body: Buffer; headers: Record<string, string> }>((resolve, reject) => {
		request(url, { headers: ACCEPT }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () => {
				const headers: Record<string, string> = {};
				for (const name of ['content-type', 'content-encoding', 'content-security-policy']) {
					const value = response.headers[name];
					if (typeof value === 'string') headers[name] = value;
				}
				resolve({ body: Buffer.concat(chunks), headers });
			});
		})
			.on('error', reject)
			.end();
	});
}

/** Starts scripts/bench/bare-floor.js in its own process, serving these answers. */
export async function startFloor(
	answers: Record<string, string | { base64: string; headers: Record<string, string> }>,
	port: number
) {
	const file = join(tmpdir(), `rolegraph-floor-${process.pid}-${port}.json`);
	writeFileSync(file, JSON.stringify(answers));
	const child = spawn(process.execPath, ['scripts/bench/bare-floor.js', String(port), file], {
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise<void>((resolve, reject) => {
		child.stdout!.once('data', () => resolve());
		child.once('exit', (code) => reject(new Error(`the floor server exited (${code})`)));
	});
	return { url: `http://127.0.0.1:${port}`, pid: child.pid!, stop: () => child.kill() };
}

/** Milliseconds of CPU used (user + system) by a process and its children, from /proc (Linux). */
export function treeCpuMs(pid: number): number {
	const stat = (id: string) => {
		try {
			return readFileSync(`/proc/${id}/stat`, 'utf8').split(') ')[1]!.split(' ');
		} catch {
			return undefined;
		}
	};
	let ticks = 0;
	for (const id of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
		const fields = stat(id);
		// fields[1] is the parent's pid; [11] and [12] user and system time, in 1/100 s.
		if (fields && (id === String(pid) || fields[1] === String(pid)))
			ticks += Number(fields[11]) + Number(fields[12]);
	}
	return ticks * 10;
}

/** A median with its range. */
export interface Range {
	median: number;
	min: number;
	max: number;
}

/** One server's figures on one address, over the rounds. */
export interface PathFigures {
	requestsPerSecond: Range;
	p99Ms: Range;
	cpuUsPerRequest: Range;
	errors: number;
	/** Median of the per-round ratios of its requests per second to the floor's. */
	ratio: number;
}

const range = (values: number[]): Range => ({
	median: Math.round(median(values)),
	min: Math.round(Math.min(...values)),
	max: Math.round(Math.max(...values))
});

/**
 * Each page of `servers` (the app, maybe an older build too) against a bare node:http floor in
 * its own process serving the bytes the first server sent for it, from memory: 50 connections,
 * `rounds` alternating rounds of `seconds` each. Ratios are per round, then the median.
 */
export async function benchPages(
	servers: Record<string, { url: string; pid: number }>,
	floorPort: number,
	{ rounds = 3, seconds = 5, paths = BENCH_PAGES } = {}
) {
	const first = Object.values(servers)[0]!.url;
	const answers: Record<string, { base64: string; headers: Record<string, string> }> = {};
	for (const path of paths) {
		await answerOf(first + path); // rendered once: what is kept is what the floor gets
		const { body, headers } = await answerOf(first + path);
		answers[path] = { base64: body.toString('base64'), headers };
	}
	const floor = await startFloor(answers, floorPort);
	const targets = { ...servers, floor: { url: floor.url, pid: floor.pid } };
	try {
		const results: Record<string, unknown> = {};
		for (const path of paths) {
			for (const { url } of Object.values(targets)) await load(url + path, 50, 1); // warm
			const runs = new Map<string, Load[]>(Object.keys(targets).map((name) => [name, []]));
			for (let round = 0; round < rounds; round++) {
				const order = Object.entries(targets);
				if (round % 2 === 1) order.reverse();
				for (const [name, { url, pid }] of order)
					runs.get(name)!.push(await load(url + path, 50, seconds, pid));
			}
			const floorRuns = runs.get('floor')!;
			results[path] = {
				bytes: answers[path]!.base64.length * 0.75,
				...Object.fromEntries(
					[...runs].map(([name, list]) => [
						name,
						{
							requestsPerSecond: range(list.map((run) => run.requestsPerSecond)),
							p99Ms: range(list.map((run) => run.p99Ms)),
							cpuUsPerRequest: range(list.map((run) => run.cpuUsPerRequest)),
							errors: list.reduce((sum, run) => sum + run.errors + run.non2xx, 0),
							ratio:
								name === 'floor'
									? 1
									: median(
											list.map((run, i) => run.requestsPerSecond / floorRuns[i]!.requestsPerSecond)
										)
						}
					])
				)
			};
		}
		return results;
	} finally {
		floor.stop();
	}
}
