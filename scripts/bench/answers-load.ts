/**
 * Run as a child process by the bench (fresh heap): loads O*NET as the server does, then builds
 * the similarity index in the background as the server does after a load, and prints its time
 * (wall, and the longest slice the event loop waited for), and the memory it added, as JSON.
 */
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { prepareSimilarityAsync, similarityIndex } from '../../src/lib/graph/similarity-index';
import { dataRoot } from '../../src/lib/server/data-folder';
import { loadTableDataset, verifyTableFolder } from '../../src/lib/server/table-folder';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const folder = join(dataRoot(), 'onet');
const graph = await loadTableDataset(folder, verifyTableFolder(folder));
gc();
const before = process.memoryUsage();
const delay = monitorEventLoopDelay({ resolution: 1 });
delay.enable();
const started = performance.now();
await prepareSimilarityAsync(graph);
const backgroundMs = performance.now() - started;
delay.disable();
gc();
const after = process.memoryUsage();
// The same build in one go, on a copy of the graph (a fresh index), for the CPU time alone.
const copy = graph.copy();
const syncStarted = performance.now();
similarityIndex(copy);
const oneGoMs = performance.now() - syncStarted;
console.log(
	JSON.stringify({
		backgroundMs,
		oneGoMs,
		longestPauseMs: delay.max / 1e6,
		extraRssMb: (after.rss - before.rss) / 1e6,
		extraHeapMb: (after.heapUsed - before.heapUsed + after.arrayBuffers - before.arrayBuffers) / 1e6
	})
);
