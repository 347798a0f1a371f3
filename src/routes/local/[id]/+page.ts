import { error } from '@sveltejs/kit';
import { comparisonPage, datasetInfo } from '$lib/graph/compare-page';
import { statusOf } from '$lib/graph/errors';
import type { PageLoad } from './$types';

/** Graphs imported into this browser live in its IndexedDB: the server has nothing to render. */
export const ssr = false;

export const load: PageLoad = async ({ params, url }) => {
	const { localGraph } = await import('$lib/client/local-graph');
	let entry: Awaited<ReturnType<typeof localGraph>>;
	try {
		entry = await localGraph(params.id);
	} catch (caught) {
		error(
			500,
			`The imported graph could not be read from this browser: ${(caught as Error).message}`
		);
	}
	if (!entry) {
		error(
			404,
			`This browser has no imported graph "${params.id}". Imported graphs stay in the browser they were imported into (and are gone if its site data was cleared): import the file again.`
		);
	}
	const values = (name: string) => url.searchParams.getAll(name).filter((value) => value !== '');
	const a = url.searchParams.get('a');
	const b = url.searchParams.get('b');
	try {
		return {
			...comparisonPage(entry.graph, datasetInfo(entry.graph, params.id), {
				pair: a && b ? { a, b } : undefined,
				categories: values('category'),
				sources: values('source'),
				node: url.searchParams.get('node') || undefined
			}),
			graph: entry.graph,
			local: entry.dataset
		};
	} catch (caught) {
		// The same mapping as the server's: a rolegraph error carries its status.
		const status = statusOf(caught);
		if (status < 500) error(status, (caught as Error).message);
		throw caught;
	}
};
