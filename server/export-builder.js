/**
 * Builds whole-dataset exports in a child process (server/export-process.js), each once: a
 * dataset never changes while the server runs. In a cluster the primary holds the one builder
 * and the workers ask it (server/primary-exports.js), so a file is built once for all of them.
 * The child runs at a lower priority (building is background work: requests come first, its
 * garbage collector's threads included), holds its own copy of the dataset while it works, and
 * exits after 20 s idle, giving all that memory back.
 */
import { fork } from 'node:child_process';
import { setPriority } from 'node:os';

/** How long the child stays after its last job (the next format reuses the loaded dataset). */
const IDLE = 20_000;
/** The child's nice value: below the server's processes, above idle. */
const PRIORITY = 10;

/** @typedef {import('../src/lib/server/bridge.js').WholeExport} WholeExport */

/**
 * A builder of whole exports, running the app at `handler` (build/handler.js) in its child.
 * @param {string} handler
 */
export function exportBuilder(handler) {
	/** @type {Map<string, Promise<WholeExport>>} */
	const built = new Map();
	/** @type {ReturnType<typeof startChild> | undefined} */
	let current;
	let nextId = 0;

	/** A child and the jobs it has under way. */
	function startChild() {
		const child = fork(new URL('./export-process.js', import.meta.url), {
			env: { ...process.env, ROLEGRAPH_HANDLER: handler },
			serialization: 'advanced'
		});
		try {
			if (child.pid) setPriority(child.pid, PRIORITY);
		} catch {
			// Not allowed here: it builds at the server's priority.
		}
		/** @type {Map<number, { resolve: (file: WholeExport) => void, reject: (error: Error) => void }>} */
		const jobs = new Map();
		/** @type {NodeJS.Timeout | undefined} */
		let idle;
		const retire = () => {
			if (current === self) current = undefined;
			child.kill();
		};
		child.on(
			'message',
			(
				/** @type {{ id: number, file?: WholeExport, error?: { status: number, message: string } }} */ reply
			) => {
				const job = jobs.get(reply.id);
				jobs.delete(reply.id);
				if (reply.file) job?.resolve(reply.file);
				else job?.reject(failed(reply.error?.status ?? 500, reply.error?.message ?? 'failed'));
				if (jobs.size === 0) idle = setTimeout(retire, IDLE).unref();
			}
		);
		child.on('exit', (code, signal) => {
			if (current === self) current = undefined;
			if (jobs.size > 0)
				console.error(`The export builder stopped (${signal ?? `exit code ${code}`}).`);
			for (const job of jobs.values()) job.reject(failed(500, 'The export could not be built.'));
			jobs.clear();
		});
		child.on('error', (error) => console.error(error));
		const self = {
			/** @param {string} dataset @param {string} format @returns {Promise<WholeExport>} */
			run: (dataset, format) =>
				new Promise((resolve, reject) => {
					clearTimeout(idle);
					const id = nextId++;
					jobs.set(id, { resolve, reject });
					child.send({ id, dataset, format });
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
				current ??= startChild();
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
