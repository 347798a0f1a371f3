/**
 * Run as a child process by the bench (fresh heap): loads the O*NET dataset the way the server
 * does on first use and prints its time and the extra resident memory, as JSON.
 */
import { join } from 'node:path';
import { prepareSearchAsync } from '../../src/lib/graph/search';
import { dataRoot } from '../../src/lib/server/data-folder';
import { loadTableDataset, verifyTableFolder } from '../../src/lib/server/table-folder';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const folder = join(dataRoot(), 'onet');
const manifest = verifyTableFolder(folder);
gc();
const before = process.memoryUsage().rss;
const started = performance.now();
const graph = await loadTableDataset(folder, manifest);
const loadMs = performance.now() - started;
gc();
const afterLoad = process.memoryUsage().rss;
const searchStarted = performance.now();
await prepareSearchAsync(graph);
const searchMs = performance.now() - searchStarted;
gc();
const afterSearch = process.memoryUsage().rss;
console.log(
	JSON.stringify({
		loadMs,
		searchIndexMs: searchMs,
		extraRssMb: (afterLoad - before) / 1e6,
		extraRssWithSearchMb: (afterSearch - before) / 1e6,
		nodes: graph.order,
		edges: graph.size
	})
);
