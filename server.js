/**
 * rolegraph's production server (what `npm start` runs): a small cluster of worker processes,
 * one per core, sharing the port (server/cluster.js), each serving the app behind its front
 * door (server/front-door.js). A worker that dies is replaced; the others serve meanwhile.
 *
 * PORT (3000) and HOST (0.0.0.0) are read as adapter-node reads them. ROLEGRAPH_WORKERS sets
 * the number of workers (default: the cores available); 0 serves from this one process,
 * with nothing to restart it.
 */
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';

/** How many workers to run: ROLEGRAPH_WORKERS if it is a whole number (at most 64), else one per core. */
function workerCount(/** @type {string | undefined} */ setting) {
	const asked = Number(setting);
	if (setting?.trim() && Number.isInteger(asked) && asked >= 0 && asked <= 64) return asked;
	return availableParallelism();
}

const workers = workerCount(process.env.ROLEGRAPH_WORKERS);
if (cluster.isPrimary && workers > 0) {
	const { supervise } = await import('./server/cluster.js');
	supervise(workers);
} else {
	const { serve } = await import('./server/front-door.js');
	await serve({ clustered: cluster.isWorker });
}
