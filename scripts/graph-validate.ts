/**
 * npm run graph:validate — checks every dataset under graph/ (or ROLEGRAPH_DATA) against the
 * schema and its references, and prints what each holds. Exits 1 naming every problem found.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { GraphValidationError } from '../src/lib/graph/errors';
import type { KnowledgeGraph } from '../src/lib/graph/types';
import { dataRoot, displayPath } from '../src/lib/server/data-folder';
import { loadYamlDataset } from '../src/lib/server/datasets';

function describe(graph: KnowledgeGraph): string {
	const counts = new Map<string, number>();
	graph.forEachNode((_id, { category }) => counts.set(category, (counts.get(category) ?? 0) + 1));
	const parts = [...counts].map(([category, n]) => `${n} ${category}`).join(', ');
	return `${graph.order} nodes (${parts}), ${graph.size} edges, ${graph.getAttribute('sources').length} sources`;
}

async function main(): Promise<number> {
	const root = dataRoot();
	const folders = (await readdir(root, { withFileTypes: true }))
		.filter((entry) => entry.isDirectory())
		.map((entry) => join(root, entry.name));
	let failed = 0;
	for (const folder of folders) {
		try {
			const graph = await loadYamlDataset(folder);
			console.log(`✓ ${displayPath(folder)}: ${describe(graph)}`);
		} catch (error) {
			failed++;
			const message = error instanceof GraphValidationError ? error.message : String(error);
			console.error(`✗ ${displayPath(folder)}: ${message}`);
		}
	}
	return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
