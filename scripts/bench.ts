/**
 * npm run bench — speed figures, each measured against its floor in the same run (these
 * machines are noisy, so ratios matter more than absolute times). Writes bench-results/latest.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { benchCompare } from './bench/compare-bench';
import { generateGraph, random } from './bench/generate-graph';
import { loadYamlDataset } from '../src/lib/server/datasets';
import { buildIfStale } from './build-if-stale.js';
import { measurePageLoad } from './bench/browser-bench';
import { startServer } from './bench/server';

const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };

const seed = await loadYamlDataset('graph/seed');
results.seed = benchCompare('seed graph', seed, [['backend-engineer', 'backend-developer']]);

const start = performance.now();
const generated = generateGraph(1_000, 10_000, 40_000);
console.log(
	`generated graph: ${generated.order} nodes, ${generated.size} edges, built and validated in ${(performance.now() - start).toFixed(0)} ms`
);
const next = random(7);
const pairs: [string, string][] = Array.from({ length: 500 }, () => [
	`r${Math.floor(next() * 1000)}`,
	`r${Math.floor(next() * 1000)}`
]);
results.generated = benchCompare(
	'generated 1,000 roles × 10,000 nodes × 40,000 edges',
	generated,
	pairs
);

buildIfStale();
const server = await startServer(4391);
try {
	for (const path of ['/', '/explore']) {
		const figures = await measurePageLoad(server.url, path, 9);
		results[`page ${path}`] = figures;
		console.log(
			`page ${path}: graph first drawn ${figures.medianFirstDrawMs} ms after navigation (median of ${figures.runs}, goal < 1000 ms on /; runs ${figures.firstDrawMs.join(', ')}); ` +
				`first-load JavaScript ${(figures.jsGzipBytes / 1024).toFixed(1)} KB gzip in ${figures.scripts} files (goal ≤ 250 KB; ${(figures.jsTransferredBytes / 1024).toFixed(1)} KB actually transferred, brotli)`
		);
	}
} finally {
	server.stop();
}

mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', JSON.stringify(results, null, 2));
console.log('Figures saved to bench-results/latest.json');
