/**
 * The server runs as a cluster of workers (server.js): a worker that dies is replaced while the
 * others serve, and no request is lost but those the dead worker was answering.
 */
import { expect, test } from '@playwright/test';
import { Agent, request as httpRequest } from 'node:http';
import { startServer, type RunningServer } from './server-process';

/** How many requests are under way at once in the load below. */
const CONCURRENCY = 8;

/** The routes the load cycles through: API answers, a cached comparison, a page. */
const TARGETS = [
	'/api/roles',
	'/api/compare/backend-engineer/backend-developer',
	'/api/nodes/php',
	'/nodes/php'
];

interface Sent {
	target: string;
	start: number;
	end: number;
	/** The status, or the error that ended the request. */
	outcome: number | string;
}

/** One GET on its own connection (so no request waits on a socket the kill closed). */
function get(port: number, target: string, agent?: Agent): Promise<Sent> {
	const start = performance.now();
	return new Promise((resolve) => {
		const done = (outcome: number | string) =>
			resolve({ target, start, end: performance.now(), outcome });
		const outgoing = httpRequest(
			agent
				? { host: '127.0.0.1', port, path: target, agent }
				: { host: '127.0.0.1', port, path: target, agent: false, headers: { connection: 'close' } },
			(response) => {
				response.resume();
				response.on('end', () => done(response.statusCode ?? 0));
				response.on('error', (error) => done(error.message));
			}
		);
		outgoing.setTimeout(15_000, () => outgoing.destroy(new Error('timed out')));
		outgoing.on('error', (error) => done(error.message));
		outgoing.end();
	});
}

/** Sends requests, CONCURRENCY at a time, until `until` resolves; returns every one sent. */
async function load(port: number, until: Promise<unknown>): Promise<Sent[]> {
	const sent: Sent[] = [];
	let running = true;
	void until.then(() => (running = false));
	await Promise.all(
		Array.from({ length: CONCURRENCY }, async (_, lane) => {
			for (let i = lane; running; i++) sent.push(await get(port, TARGETS[i % TARGETS.length]!));
		})
	);
	return sent;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The pids of the workers the primary reported at startup. */
async function workerPids(server: RunningServer): Promise<number[]> {
	const line = await server.waitFor(/Listening on \S+ \(2 workers: \d+, \d+\)/);
	return [...line.matchAll(/\d+(?=,|\))/g)].map((match) => Number(match[0]));
}

test.describe('the cluster', () => {
	test(
		'a worker killed under load is replaced; only requests in flight on it fail',
		{ tag: '@timed' },
		async () => {
			test.setTimeout(90_000);
			const server = await startServer({ ROLEGRAPH_WORKERS: '2' });
			try {
				const [victim, survivor] = await workerPids(server);
				let killedAt = 0;
				let noticedAt = 0;
				let restartedAt = 0;
				const run = load(
					server.port,
					(async () => {
						await sleep(2000);
						killedAt = performance.now();
						process.kill(victim!, 'SIGKILL');
						await server.waitFor(new RegExp(`Worker ${victim} stopped \\(signal SIGKILL\\)`));
						noticedAt = performance.now();
						const started = await server.waitFor(/Worker (\d+) started\./);
						restartedAt = performance.now();
						await sleep(2000);
						return started;
					})()
				);
				const sent = await run;
				const failed = sent.filter((one) => one.outcome !== 200);
				const summary = `${sent.length} requests, ${failed.length} failed; the dead worker noticed ${Math.round(noticedAt - killedAt)} ms after the kill, replaced ${Math.round(restartedAt - killedAt)} ms after it`;
				console.log(`cluster: ${summary}`);
				test.info().annotations.push({ type: 'worker kill', description: summary });
				expect(sent.length).toBeGreaterThan(50);
				// Requests sent before the kill and after it was handled got through; the only ones lost
				// were under way on the dead worker: started before its death was noticed, ended after the kill.
				for (const one of failed) {
					expect(one.start, JSON.stringify(one)).toBeLessThan(noticedAt);
					expect(one.end, JSON.stringify(one)).toBeGreaterThan(killedAt);
				}
				expect(failed.length).toBeLessThanOrEqual(CONCURRENCY);
				expect(
					sent.filter((one) => one.start > noticedAt && one.outcome === 200).length
				).toBeGreaterThan(20);

				// Two workers again: the survivor and the new one both answer.
				const replacement = Number(/\d+/.exec(server.output().split('Worker').at(-1)!)![0]);
				expect(replacement).not.toBe(victim);
				for (const pid of [survivor!, replacement])
					expect(() => process.kill(pid, 0)).not.toThrow();

				// A second crash soon after waits longer before its replacement (the back-off).
				process.kill(replacement, 'SIGKILL');
				await server.waitFor(
					new RegExp(
						`Worker ${replacement} stopped \\(signal SIGKILL\\); starting another in 200 ms`
					)
				);
			} finally {
				expect(await server.stop()).toBe(0);
			}
		}
	);

	test('SIGTERM lets the requests under way finish, then stops every worker', async () => {
		test.setTimeout(60_000);
		const server = await startServer({ ROLEGRAPH_WORKERS: '2' });
		const pids = await workerPids(server);
		// One connection, kept alive: once a first answer has come back on it, a worker owns it
		// (the primary hands connections over by IPC, which on a busy machine takes a while).
		const agent = new Agent({ keepAlive: true, maxSockets: 1 });
		expect((await get(server.port, '/api/datasets', agent)).outcome).toBe(200);
		// Then a first O*NET comparison page: loads the dataset, so it takes a while.
		let settled = false;
		const slow = get(server.port, '/compare/15-1252.00/15-1254.00?dataset=onet', agent).finally(
			() => (settled = true)
		);
		await sleep(300);
		expect(settled, 'the request should still be under way when the server is told to stop').toBe(
			false
		);
		const code = await server.stop();
		expect((await slow).outcome).toBe(200);
		expect(code).toBe(0);
		for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow();
		agent.destroy();
	});

	test('a worker that cannot start stops the server with its code', async () => {
		await expect(
			startServer({ ROLEGRAPH_WORKERS: '2', ROLEGRAPH_DATA: 'no-such-folder' })
		).rejects.toThrow(
			/exited \(1\) before listening[\s\S]*rolegraph cannot start[\s\S]*no-such-folder does not exist/
		);
	});
});
