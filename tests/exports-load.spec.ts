/**
 * Whole-dataset exports (O*NET: 30–38 MB a file) under hostile use: clients that never read the
 * answer, clients that read it slowly, clients that download it again and again. Meanwhile
 * another client's requests keep their latency (p99 < 100 ms), and the server's memory stays
 * bounded. Runs its own server, so that its memory is its own.
 */
import { expect, test } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect, type Socket } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { startServer, type RunningServer } from './server-process';

const FORMATS = ['json', 'gexf', 'graphml', 'cyjs'];
const exportPath = (format: string) => `/api/export/${format}?view=whole&dataset=onet`;

/** Resident memory of a process, in bytes (Linux /proc, else ps). */
function rssOf(pid: number): number {
	const status = `/proc/${pid}/status`;
	if (existsSync(status)) {
		const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(status, 'utf8'))?.[1];
		if (kb) return Number(kb) * 1024;
	}
	return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' })) * 1024;
}

/**
 * Resident memory of the server's workers, which serve the clients. (The primary serves none:
 * its memory moves with the export thread, which comes to build and goes 20 s after.)
 */
async function workersRss(server: RunningServer): Promise<number> {
	const line = await server.waitFor(/Listening on \S+ \(\d+ workers: [\d, ]+\)/);
	const workers = /workers: ([\d, ]+)/.exec(line)![1]!.split(', ').map(Number);
	return workers.reduce((sum, pid) => sum + rssOf(pid), 0);
}

/** One GET on a connection of its own; resolves with the status, body and time taken. */
function get(port: number, path: string, headers: Record<string, string> = {}) {
	const start = performance.now();
	return new Promise<{
		status: number;
		body: Buffer;
		headers: Record<string, unknown>;
		ms: number;
	}>((resolve, reject) => {
		const outgoing = httpRequest(
			{ host: '127.0.0.1', port, path, agent: false, headers },
			(response) => {
				const chunks: Buffer[] = [];
				response.on('data', (chunk: Buffer) => chunks.push(chunk));
				response.on('end', () =>
					resolve({
						status: response.statusCode ?? 0,
						body: Buffer.concat(chunks),
						headers: response.headers,
						ms: performance.now() - start
					})
				);
				response.on('error', reject);
			}
		);
		outgoing.setTimeout(60_000, () => outgoing.destroy(new Error('timed out')));
		outgoing.on('error', reject);
		outgoing.end();
	});
}

/** A client that asks for an export and never reads a byte of the answer. */
function neverReads(port: number, path: string, encoding: string): Socket {
	const socket = connect(port, '127.0.0.1');
	socket.on('error', () => {});
	socket.pause();
	socket.write(
		`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: ${encoding}\r\nConnection: close\r\n\r\n`
	);
	return socket;
}

/** A client that reads an export 16 KB every 100 ms (160 KB/s), until stopped. */
function readsSlowly(port: number, path: string, encoding: string): Socket {
	const socket = connect(port, '127.0.0.1');
	socket.on('error', () => {});
	socket.write(
		`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: ${encoding}\r\nConnection: close\r\n\r\n`
	);
	socket.pause();
	const timer = setInterval(() => socket.read(16 * 1024), 100);
	socket.on('close', () => clearInterval(timer));
	return socket;
}

/**
 * A process that downloads whole files one after another, as a browser asks for them (gzip),
 * until stopped; `stop` resolves with how many it completed.
 */
function repeatedDownloads(port: number, paths: string[]) {
	const script = `
		const http = require('node:http');
		const paths = ${JSON.stringify(paths)};
		let done = 0;
		const next = (i) => http.get({ host: '127.0.0.1', port: ${port}, path: paths[i % paths.length],
			headers: { 'accept-encoding': 'gzip, deflate, br' } }, (response) => {
				if (response.statusCode !== 200) process.exit(1);
				response.resume();
				response.on('end', () => { done++; next(i + 1); });
			}).on('error', () => process.exit(1));
		next(0);
		process.on('SIGTERM', () => process.stdout.write(String(done), () => process.exit(0)));`;
	const child = spawn(process.execPath, ['-e', script]);
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
	return {
		stop: async () => {
			child.kill('SIGTERM');
			expect(await exited, 'the downloader failed').toBe(0);
			return Number(output.trim());
		}
	};
}

/** The p-th percentile of some times, in ms. */
function percentile(times: number[], p: number): number {
	const sorted = [...times].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Sends `count` light requests one after another (each on its own connection); their times. */
async function victim(port: number, count: number): Promise<number[]> {
	const times: number[] = [];
	for (let i = 0; i < count; i++) {
		const answer = await get(port, i % 2 ? '/api/roles' : '/api/nodes/php');
		expect(answer.status).toBe(200);
		times.push(answer.ms);
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
	return times;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

test.describe('whole exports', () => {
	test('are the same file gzipped or not, with their length, type and name', async ({
		request
	}) => {
		const path = '/api/export/gexf?view=whole';
		const zipped = await request.get(path, { headers: { 'accept-encoding': 'gzip' } });
		const plain = await request.get(path, { headers: { 'accept-encoding': 'gzip;q=0' } });
		for (const answer of [zipped, plain]) {
			expect(answer.status()).toBe(200);
			expect(answer.headers()['content-type']).toBe('application/gexf+xml; charset=utf-8');
			expect(answer.headers()['content-disposition']).toBe(
				'attachment; filename="backend-engineer-vs-backend-developer-whole-graph.gexf"'
			);
			expect(answer.headers()['vary']).toBe('accept-encoding');
			expect(answer.headers()['x-content-type-options']).toBe('nosniff');
		}
		expect(zipped.headers()['content-encoding']).toBe('gzip');
		expect(plain.headers()['content-encoding']).toBeUndefined();
		// Playwright inflates what it receives: the two bodies are the same file.
		const body = await plain.body();
		expect(Number(plain.headers()['content-length'])).toBe(body.length);
		expect((await zipped.body()).equals(body)).toBe(true);
		expect(body.toString('utf8')).toContain('<gexf');
		const head = await request.head(path, { headers: { 'accept-encoding': 'gzip' } });
		expect(head.status()).toBe(200);
		expect(head.headers()['content-encoding']).toBe('gzip');
	});
});

test.describe('whole exports under hostile use', { tag: '@timed' }, () => {
	test('never-reading, slow and repeated export clients leave another client’s latency and the memory alone', async () => {
		test.setTimeout(240_000);
		const server = await startServer({ ROLEGRAPH_WORKERS: '2' });
		const sockets: Socket[] = [];
		try {
			const figures: string[] = [];
			// O*NET loaded in both workers, and its search index built (it is built in the background,
			// in slices, after the first use). A new connection each time reaches the next worker.
			for (let i = 0; i < 4; i++) {
				await get(server.port, '/api/roles?dataset=onet');
				await get(server.port, '/api/search?q=warm&dataset=onet');
			}

			// The first request of each format builds it (off the workers' threads) while the victim
			// keeps asking: its latency is measured during the builds too.
			const during = victim(server.port, 150);
			const built = await Promise.all(
				FORMATS.map((format) => get(server.port, exportPath(format), { 'accept-encoding': 'gzip' }))
			);
			const buildTimes = await during;
			for (const [i, answer] of built.entries()) {
				expect(answer.status).toBe(200);
				expect(answer.headers['content-encoding']).toBe('gzip');
				expect(gunzipSync(answer.body).length).toBeGreaterThan(25_000_000);
				figures.push(`${FORMATS[i]} built and sent in ${Math.round(answer.ms)} ms`);
			}
			// Refusing gzip gets the same file, inflated as it goes out.
			const plain = await get(server.port, exportPath('cyjs'), { 'accept-encoding': 'identity' });
			expect(plain.headers['content-encoding']).toBeUndefined();
			expect(Number(plain.headers['content-length'])).toBe(plain.body.length);
			expect(plain.body.equals(gunzipSync(built[3]!.body))).toBe(true);
			// Every worker has every file now (each asks the primary once).
			for (let i = 0; i < 2; i++) {
				for (const format of FORMATS) {
					await get(server.port, exportPath(format), { 'accept-encoding': 'gzip' });
				}
			}

			const quiet = await victim(server.port, 200);
			const before = await workersRss(server);

			// Ten clients that never read, half of them refusing gzip (the file is inflated for
			// them as they read: they hold a slice, not a file), four slow readers, and a client
			// downloading whole files again and again, as a browser asks for them (gzip).
			for (let i = 0; i < 10; i++) {
				const encoding = i % 2 ? 'gzip' : 'identity';
				sockets.push(neverReads(server.port, exportPath(FORMATS[i % 4]!), encoding));
			}
			for (let i = 0; i < 4; i++) {
				const encoding = i % 2 ? 'gzip' : 'identity';
				sockets.push(readsSlowly(server.port, exportPath(FORMATS[i]!), encoding));
			}
			// The repeating client runs in a process of its own: receiving 2.3 MB again and again
			// in this one would delay the victim's own measurements.
			const downloader = repeatedDownloads(server.port, FORMATS.map(exportPath));
			await sleep(1000);
			const loaded = await victim(server.port, 300);
			const after = await workersRss(server);
			const downloads = await downloader.stop();
			const p99 = {
				builds: percentile(buildTimes, 99),
				quiet: percentile(quiet, 99),
				loaded: percentile(loaded, 99)
			};
			figures.push(
				`victim p99: ${p99.quiet.toFixed(1)} ms alone, ${p99.builds.toFixed(1)} ms while the four files were built, ` +
					`${p99.loaded.toFixed(1)} ms beside 10 never-reading, 4 slow and 1 repeating export client (${downloads} whole downloads)`,
				`workers' RSS: ${mb(before)} MB before those clients, ${mb(after)} MB with them`
			);
			console.log(`exports under load:\n  ${figures.join('\n  ')}`);
			test.info().annotations.push({ type: 'exports', description: figures.join('; ') });

			// The goal is 100 ms; a machine too busy for that alone gets five times the quiet p99.
			const bound = (quietP99: number) => Math.max(100, 5 * quietP99);
			expect(p99.loaded).toBeLessThan(bound(p99.quiet));
			expect(p99.builds).toBeLessThan(bound(p99.quiet));
			// Ten clients that never read cost the server next to nothing (it was 770 MB).
			expect(after - before).toBeLessThan(100 * 1024 * 1024);
		} finally {
			for (const socket of sockets) socket.destroy();
			await server.stop();
		}
	});
});
