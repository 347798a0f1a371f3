/**
 * Memory at rest, for `npm run load` (which starts the server with --expose-gc): garbage is
 * collected and the whole heap compacted before reading, so that memory is compared at rest,
 * not at a random point of the collector's cycle. (A plain full collection leaves the old
 * generation's fragmented pages committed, measured here at up to twice the memory in use; V8's
 * memory reducer compacts too, in its own time, once a process is idle.)
 */
import v8 from 'node:v8';

const collect = /** @type {{ gc?: () => void }} */ (globalThis).gc;

/** Whether the process can report memory at rest (it runs with --expose-gc). */
export const canCollect = collect !== undefined;

/** @typedef {NodeJS.MemoryUsage & { pid: number }} ProcessMemory */

/** Collects garbage, compacting the heap, and returns this process's memory use. */
export function memoryAtRest() {
	v8.setFlagsFromString('--compact-on-every-full-gc');
	collect?.();
	v8.setFlagsFromString('--no-compact-on-every-full-gc');
	return { pid: process.pid, ...process.memoryUsage() };
}

/**
 * The line `npm run load` reads: the memory of every process of the server (summed), and their
 * pids, so that it can read their resident sizes itself.
 * @param {ProcessMemory[]} processes
 */
export function memoryLine(processes) {
	const sum = (/** @type {'rss' | 'heapUsed' | 'heapTotal' | 'external'} */ key) =>
		processes.reduce((total, one) => total + one[key], 0);
	const report = {
		rss: sum('rss'),
		heapUsed: sum('heapUsed'),
		heapTotal: sum('heapTotal'),
		external: sum('external'),
		pids: processes.map((one) => one.pid)
	};
	return `memory ${JSON.stringify(report)}`;
}
