/**
 * One import in a fresh process, for import-bench.ts: the code the browser's import worker runs
 * (createImporter, XML read in one streaming pass), on one file; prints the peak resident memory (maxRSS) before and
 * after, so the bench can set the import limit from measured memory.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createImporter } from '../../src/lib/graph/formats/import';

const path = process.argv[2]!;
const { importFile } = createImporter();
const bytes = new Uint8Array(readFileSync(path));
const baselineKb = process.resourceUsage().maxRSS;
const started = performance.now();
const result = await importFile(basename(path), bytes);
const ms = performance.now() - started;
console.log(
	JSON.stringify({
		bytes: bytes.length,
		baselineKb,
		peakKb: process.resourceUsage().maxRSS,
		ms: Math.round(ms),
		nodes: result.graph.nodes.length,
		edges: result.graph.edges.length
	})
);
