/**
 * The cluster's primary: it serves nothing itself. It starts the workers (each one
 * front-door.js, sharing the port), starts another when one dies, with a back-off, and stops
 * them in order on SIGTERM/SIGINT. It also builds whole-dataset exports for them, once for all
 * (server/export-builder.js).
 */
import cluster from 'node:cluster';
import { exportBuilder } from './export-builder.js';
import { HANDLER } from './front-door.js';
import { canCollect, memoryLine } from './memory.js';
import { answerExportRequests } from './primary-exports.js';

/** The first restart waits this long; each crash in a row doubles it, up to MAX_DELAY. */
const FIRST_DELAY = 100;
const MAX_DELAY = 10_000;
/** A worker that served this long before it died starts the back-off afresh. */
const STABLE_AFTER = 60_000;
/** How long the workers get to finish the requests under way when the server stops. */
const STOP_GRACE = 11_000;

/** The wait before restarting a worker, after `crashes` crashes in a row (1 for the first). */
function restartDelay(/** @type {number} */ crashes) {
	return Math.min(MAX_DELAY, FIRST_DELAY * 2 ** Math.max(0, crashes - 1));
}

/**
 * Runs the server as `count` worker processes. The first starts alone: it validates the data,
 * and if it cannot start (invalid data, port taken) the server exits with its code, as a single
 * process would. The others follow once it listens.
 * @param {number} count
 */
export function supervise(count) {
	// Messages carry bytes (whole exports) as they are, not as JSON.
	cluster.setupPrimary({ serialization: 'advanced' });
	const builder = exportBuilder(HANDLER);
	const port = Number(process.env.PORT ?? 3000);
	const host = process.env.HOST ?? '0.0.0.0';
	/** When each worker started, by worker id. */
	const startedAt = new Map();
	let listening = 0;
	let started = false;
	let stopping = false;
	let crashes = 0;

	const fork = () => {
		const worker = cluster.fork();
		startedAt.set(worker.id, Date.now());
		answerExportRequests(worker, builder);
		worker.once('listening', () => {
			if (started) return console.log(`Worker ${worker.process.pid} started.`);
			if (++listening === 1) for (let i = 1; i < count; i++) fork();
			if (listening < count) return;
			started = true;
			const pids = Object.values(cluster.workers ?? {}).map((w) => w?.process.pid);
			console.log(`Listening on http://${host}:${port} (${count} workers: ${pids.join(', ')})`);
		});
	};

	cluster.on('exit', (worker, code, signal) => {
		if (stopping) {
			if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
			return;
		}
		// A worker that never listened at startup: the server cannot start (it said why).
		if (listening === 0) process.exit(code ?? 1);
		const lived = Date.now() - (startedAt.get(worker.id) ?? 0);
		startedAt.delete(worker.id);
		crashes = lived > STABLE_AFTER ? 1 : crashes + 1;
		const delay = restartDelay(crashes);
		const how = signal ? `signal ${signal}` : `exit code ${code}`;
		console.error(
			`Worker ${worker.process.pid} stopped (${how}); starting another in ${delay} ms.`
		);
		setTimeout(() => stopping || fork(), delay);
	});

	/** Stops every worker (each finishes the requests under way), then exits. */
	const stop = () => {
		if (stopping) return;
		stopping = true;
		const workers = Object.values(cluster.workers ?? {});
		if (workers.length === 0) process.exit(0);
		for (const worker of workers) worker?.process.kill('SIGTERM');
		setTimeout(() => process.exit(0), STOP_GRACE).unref();
	};
	process.on('SIGTERM', stop);
	process.on('SIGINT', stop);

	// For `npm run load`: SIGUSR2 prints the memory at rest of the primary and every worker.
	if (canCollect) {
		process.on('SIGUSR2', async () => {
			const workers = Object.values(cluster.workers ?? {}).flatMap((w) => (w ? [w] : []));
			const reports = await Promise.all(
				workers.map(
					(worker) =>
						new Promise((resolve) => {
							const listen = (/** @type {{ type?: string, usage?: unknown }} */ message) => {
								if (message?.type !== 'memory') return;
								worker.off('message', listen);
								resolve(message.usage);
							};
							worker.on('message', listen);
							worker.send({ type: 'memory' });
						})
				)
			);
			const own = { pid: process.pid, ...process.memoryUsage() };
			console.log(
				memoryLine([own, .../** @type {import('./memory.js').ProcessMemory[]} */ (reports)])
			);
		});
	}

	fork();
}
