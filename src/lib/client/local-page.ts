import { error } from '@sveltejs/kit';
import { statusOf } from '../graph/errors';
import type { KnowledgeGraph } from '../graph/types';
import type { LocalDatasetSummary } from './local-datasets';

/**
 * Runs a page load over a graph imported into this browser: reads the graph (SvelteKit's error
 * page says so when this browser has none by that id), then `run`, its unknown ids answered 404
 * and bad parameters 400 (a rolegraph error's own status), as the server answers its own pages.
 */
export async function loadLocalPage<T>(
	id: string,
	run: (graph: KnowledgeGraph, dataset: LocalDatasetSummary) => T | Promise<T>
): Promise<T & { graph: KnowledgeGraph; local: LocalDatasetSummary }> {
	const { localGraph } = await import('./local-graph');
	let entry: Awaited<ReturnType<typeof localGraph>>;
	try {
		entry = await localGraph(id);
	} catch (caught) {
		error(
			500,
			`The imported graph could not be read from this browser: ${(caught as Error).message}`
		);
	}
	if (!entry) {
		error(
			404,
			`This browser has no imported graph "${id}". Imported graphs stay in the browser they were imported into (and are gone if its site data was cleared): import the file again.`
		);
	}
	try {
		return { ...(await run(entry.graph, entry.dataset)), graph: entry.graph, local: entry.dataset };
	} catch (caught) {
		// The same mapping as the server's: a rolegraph error carries its status.
		const status = statusOf(caught);
		if (status < 500) error(status, (caught as Error).message);
		throw caught;
	}
}
