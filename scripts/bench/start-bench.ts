import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { get } from 'node:http';
import { median } from './measure';

/** Resident memory of a process (MB), from /proc. */
function rssMb(pid: number): number {
	try {
		const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return line ? Number(line[1]) / 1024 : 0;
	} catch {
		return 0;
	}
}

/** The pids of a process's children (the cluster's workers, the export builder). */
function childrenOf(pid: number): number[] {
	return readdirSync('/proc')
		.filter((name) => /^\d+$/.test(name))
		.filter((id) => {
			try {
				return (
					readFileSync(`/proc/${id}/stat`, 'utf8').split(') ')[1]!.split(' ')[1] === String(pid)
				);
			} catch {
				return false;
			}
		})
		.map(Number);
}

/** A GET on a connection of its own (so that the cluster hands it to the next worker). */
function freshGet(url: string): Promise<void> {
	return new Promise((resolve, reject) => {
		get(url, { agent: false }, (response) => {
			response.resume();
			response.on('end', () => resolve());
		}).on('error', reject);
	});
}

async function answers(url: string): Promise<boolean> {
	try {
		return (await fetch(url)).ok;
	} catch {
		return false;
	}
}

/**
 * Starts the built server (`node --expose-gc server.js`, as the load test does, so that it can
 * report its memory at rest), times its first answer to GET / from the spawn, then loads both
 * datasets, the search and similarity indexes and a few pages, and reads where memory goes:
 * resident memory per process, and (SIGUSR2, server/memory.js) the JavaScript heap in use and
 * the memory outside it (buffers: kept pages, cached answers), summed over the processes.
 */
export async function startOnce(port: number, cwd = process.cwd()) {
	const started = performance.now();
	const child = spawn(process.execPath, ['--expose-gc', 'server.js'], {
		cwd,
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	const base = `http://127.0.0.1:${port}`;
	try {
		while (!(await answers(`${base}/`))) {
			if (performance.now() - started > 30_000)
				throw new Error('the server did not answer in 30 s');
			await new Promise((resolve) => setTimeout(resolve, 10));
		}
		const firstAnswerMs = performance.now() - started;
		const bare = rssMb(child.pid!) + childrenOf(child.pid!).reduce((sum, id) => sum + rssMb(id), 0);
		for (const path of [
			'/compare/15-1252.00/15-1254.00?dataset=onet',
			'/api/search?q=warm&dataset=onet',
			'/api/similar/15-1252.00?dataset=onet',
			'/api/search?q=warm',
			'/nodes/php',
			'/'
		])
			for (let i = 0; i < 4; i++) await freshGet(base + path); // new connections: every worker
		await new Promise((resolve) => setTimeout(resolve, 1500));
		const line = new Promise<{ heapUsed: number; external: number }>((resolve) => {
			child.stdout!.on('data', (chunk: Buffer) => {
				const found = /memory (\{.*\})/.exec(chunk.toString());
				if (found) resolve(JSON.parse(found[1]!));
			});
		});
		child.kill('SIGUSR2');
		const memory = await line;
		const workers = childrenOf(child.pid!);
		return {
			firstAnswerMs,
			rssAtFirstAnswerMb: bare,
			primaryRssMb: rssMb(child.pid!),
			workerRssMb: workers.map(rssMb),
			rssMb: rssMb(child.pid!) + workers.reduce((sum, id) => sum + rssMb(id), 0),
			heapUsedMb: memory.heapUsed / 1e6,
			externalMb: memory.external / 1e6
		};
	} finally {
		child.kill();
		await new Promise((resolve) => child.once('exit', resolve));
	}
}

/** RSS of a bare node:http server (MB): what any Node server takes before its own work. */
async function bareRssMb(port: number): Promise<number> {
	const child = spawn(
		process.execPath,
		['-e', `require('node:http').createServer((q, s) => s.end('ok')).listen(${port}, '127.0.0.1')`],
		{ stdio: 'ignore' }
	);
	try {
		while (!(await answers(`http://127.0.0.1:${port}/`)))
			await new Promise((resolve) => setTimeout(resolve, 10));
		return rssMb(child.pid!);
	} finally {
		child.kill();
	}
}

/** Server start and memory, median of `runs` starts (with the range of the start time). */
export async function benchStart(port: number, runs = 3) {
	const all: Awaited<ReturnType<typeof startOnce>>[] = [];
	for (let run = 0; run < runs; run++) all.push(await startOnce(port));
	const pick = (f: (r: (typeof all)[number]) => number) => Math.round(median(all.map(f)));
	return {
		firstAnswerMs: pick((r) => r.firstAnswerMs),
		firstAnswerRunsMs: all.map((r) => Math.round(r.firstAnswerMs)),
		rssAtFirstAnswerMb: pick((r) => r.rssAtFirstAnswerMb),
		rssMb: pick((r) => r.rssMb),
		primaryRssMb: pick((r) => r.primaryRssMb),
		workerRssMb: all[0]!.workerRssMb.map(Math.round),
		heapUsedMb: pick((r) => r.heapUsedMb),
		externalMb: pick((r) => r.externalMb),
		bareNodeRssMb: Math.round(await bareRssMb(port))
	};
}
