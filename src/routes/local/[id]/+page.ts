import { manyComparisonPage } from '$lib/graph/compare-many-page';
import { comparisonPage, datasetInfo } from '$lib/graph/compare-page';
import { prepareSimilarityAsync } from '$lib/graph/similarity-index';
import { loadLocalPage } from '$lib/client/local-page';
import type { PageLoad } from './$types';

/** Graphs imported into this browser live in its IndexedDB: the server has nothing to render. */
export const ssr = false;

export const load: PageLoad = ({ params, url }) =>
	loadLocalPage(params.id, async (graph) => {
		const values = (name: string) => url.searchParams.getAll(name).filter((value) => value !== '');
		const filters = {
			categories: values('category'),
			sources: values('source'),
			node: url.searchParams.get('node') || undefined
		};
		// Several roles come as repeated role=… (two keep a= and b=, as the pair's page has them).
		const roles = values('role');
		if (roles.length > 0) {
			return manyComparisonPage(graph, datasetInfo(graph, params.id), { roles, ...filters });
		}
		// The summary reads the similarity index: built in slices, the page staying responsive.
		await prepareSimilarityAsync(graph);
		const a = url.searchParams.get('a');
		const b = url.searchParams.get('b');
		return {
			kind: 'pair' as const,
			...comparisonPage(graph, datasetInfo(graph, params.id), {
				pair: a && b ? { a, b } : undefined,
				...filters
			})
		};
	});
