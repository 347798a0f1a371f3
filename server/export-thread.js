/**
 * A worker thread that builds whole-dataset exports (server/export-builder.js starts it). It
 * loads the app as the server does — build/handler.js, whose init hook registers the app on
 * the bridge — and builds each file it is asked for with the app's own code, off the thread
 * that answers requests.
 */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { startedApp } from '../src/lib/server/bridge.js';

// Building exports is background work: requests come first. On Linux a nice value belongs to a
// thread, so this lowers this thread only (elsewhere it would lower the whole process: skipped).
if (process.platform === 'linux') setPriority(10);

await import(/** @type {{ handler: string }} */ (workerData).handler);
const app = startedApp();
if (!app) throw new Error('The app did not register itself in the export thread.');

parentPort?.on(
	'message',
	async (
		/** @type {{ id: number, dataset: string, format: string }} */ { id, dataset, format }
	) => {
		try {
			parentPort?.postMessage({ id, file: await app.buildWholeExport(dataset, format) });
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			parentPort?.postMessage({ id, error: { status: app.statusOf(error), message } });
		}
	}
);
