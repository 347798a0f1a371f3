import { comparisonPage, datasetInfo } from '$lib/graph/compare-page';
import { prepareSimilarityAsync } from '$lib/graph/similarity-index';
import { loadLocalPage } from '$lib/client/local-page';
import type { PageLoad } from './$types';

/** Graphs imported into this browser live in its IndexedDB: the server has nothing to render. */
export const ssr = false;

export const load: PageLoad = ({ params, url }) =>
	loadLocalPage(params.id, async (graph) => {
		// The summary reads the similarity index: built in slices, the page staying responsive.
		await prepareSimilarityAsync(graph);
		const values = (name: string) => url.searchParams.getAll(name).filter((value) => value !== '');
		const a = url.searchParams.get('a');
		const b = url.searchParams.get('b');
		return comparisonPage(graph, datasetInfo(graph, params.id), {
			pair: a && b ? { a, b } : undefined,
			categories: values('category'),
			sources: values('source'),
			node: url.searchParams.get('node') || undefined
		});
	});
