/**
 * Builds whole-dataset exports in a worker thread (server/export-thread.js), each once: a
 * dataset never changes while the server runs. In a cluster the primary holds the one builder
 * and the workers ask it (server/cluster.js), so a file is built once for all of them. The
 * thread holds its own copy of the dataset while it works, and stops after 20 s idle,
 * giving that memory back.
 */
import { Worker } from 'node:worker_threads';

/** How long the thread stays after its last job (the next format reuses the loaded dataset). */
const IDLE = 20_000;

/** @typedef {import('../src/lib/server/bridge.js').WholeExport} WholeExport */

/**
 * A builder of whole exports, running the app at `handler` (build/handler.js) in its thread.
 * @param {string} handler
 */
export function exportBuilder(handler) {
	/** @type {Map<string, Promise<WholeExport>>} */
	const built = new Map();
	/** @type {ReturnType<typeof startThread> | undefined} */
	let current;
	let nextId = 0;

	/** A thread and the jobs it has under way. */
	function startThread() {
		const worker = new Worker(new URL('./export-thread.js', import.meta.url), {
			workerData: { handler }
		});
		/** @type {Map<number, { resolve: (file: WholeExport) => void, reject: (error: Error) => void }>} */
		const jobs = new Map();
		/** @type {NodeJS.Timeout | undefined} */
		let idle;
		const retire = () => {
			if (current === self) current = undefined;
			void worker.terminate();
		};
		worker.on('message', ({ id, file, error }) => {
			const job = jobs.get(id);
			jobs.delete(id);
			if (error) job?.reject(failed(error.status, error.message));
			else job?.resolve(file);
			if (jobs.size === 0) idle = setTimeout(retire, IDLE).unref();
		});
		const lost = (/** @type {unknown} */ cause) => {
			if (current === self) current = undefined;
			if (cause) console.error(cause);
			for (const job of jobs.values()) job.reject(failed(500, 'The export could not be built.'));
			jobs.clear();
		};
		worker.on('error', lost);
		worker.on('exit', () => lost(undefined));
		const self = {
			/** @param {string} dataset @param {string} format @returns {Promise<WholeExport>} */
			run: (dataset, format) =>
				new Promise((resolve, reject) => {
					clearTimeout(idle);
					const id = nextId++;
					jobs.set(id, { resolve, reject });
					worker.postMessage({ id, dataset, format });
				})
		};
		return self;
	}

	return {
		/** A whole export, built once (a failure is not kept: the next request tries again). */
		wholeExport(/** @type {string} */ dataset, /** @type {string} */ format) {
			const key = JSON.stringify([dataset, format]);
			let file = built.get(key);
			if (!file) {
				current ??= startThread();
				file = current.run(dataset, format);
				built.set(key, file);
				file.catch(() => built.delete(key));
			}
			return file;
		}
	};
}

/** An Error carrying the HTTP status the failure maps to. */
function failed(/** @type {number} */ status, /** @type {string} */ message) {
	return Object.assign(new Error(message), { status });
}
