/**
 * The node-page figures alone (issue 20), without the rest of npm run bench:
 * `npx tsx scripts/bench/nodes-only.ts` (BENCH_PORT as for npm run bench).
 */
import { buildIfStale } from '../build-if-stale.js';
import { loadOnet } from './onet-bench';
import { benchNodePages, benchNodesHttp, benchTogether, sayNodeFigures } from './nodes-bench';
import { startServer } from './server';

const PORT = Number(process.env.BENCH_PORT ?? 4391);
const onet = await loadOnet();
const inProcess = benchTogether(onet);
buildIfStale();
const server = await startServer(PORT);
try {
	const http = await benchNodesHttp(server.url, onet);
	const pages = await benchNodePages(server.url, onet);
	sayNodeFigures(console.log, inProcess, http, pages);
} finally {
	server.stop();
}
