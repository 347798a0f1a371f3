/**
 * A child process that builds whole-dataset exports (server/export-builder.js starts it, at a
 * lower priority). It loads the app as the server does — build/handler.js, whose init hook
 * registers the app on the bridge — and builds each file it is asked for with the app's own
 * code, away from the processes that answer requests.
 */
import { startedApp } from '../src/lib/server/bridge.js';

const handler = process.env.ROLEGRAPH_HANDLER;
if (!handler) throw new Error('ROLEGRAPH_HANDLER names no app to load.');
await import(handler);
const app = startedApp();
if (!app) throw new Error('The app did not register itself in the export process.');

process.on(
	'message',
	async (
		/** @type {{ id: number, dataset: string, format: string }} */ { id, dataset, format }
	) => {
		try {
			process.send?.({ id, file: await app.buildWholeExport(dataset, format) });
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			process.send?.({ id, error: { status: app.statusOf(error), message } });
		}
	}
);
