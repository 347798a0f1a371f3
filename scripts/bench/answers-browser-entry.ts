/**
 * Bundled for headless Chromium by answers-browser.ts: builds O*NET from its table files in the
 * page, as an imported graph is built, then times the similarity index and matchRoles there —
 * the same core code the server runs.
 */
import { fromValidated } from '../../src/lib/graph/build';
import { matchRoles } from '../../src/lib/graph/match';
import { similarityIndex } from '../../src/lib/graph/similarity-index';
import { readTables } from '../../src/lib/graph/table-dataset';

/** Times in milliseconds: building the graph, its index, and each match after a warm-up. */
export function run(files: Record<string, string>, lists: string[][]) {
	let started = performance.now();
	const graph = fromValidated(readTables(files, '', { schemaChecked: true }));
	const graphMs = performance.now() - started;
	started = performance.now();
	similarityIndex(graph);
	const indexMs = performance.now() - started;
	for (const have of lists.slice(0, 50)) matchRoles(graph, have, 20);
	const times = lists.map((have) => {
		const start = performance.now();
		matchRoles(graph, have, 20);
		return performance.now() - start;
	});
	return { graphMs, indexMs, times };
}
