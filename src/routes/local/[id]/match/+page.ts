import { datasetInfo } from '$lib/graph/compare-page';
import { prepareSearchAsync } from '$lib/graph/search';
import { prepareSimilarityAsync } from '$lib/graph/similarity-index';
import { loadLocalPage } from '$lib/client/local-page';
import { matchEntries, matchPage } from '$lib/views/match/match-page';
import type { PageLoad } from './$types';

/** Graphs imported into this browser live in its IndexedDB: the server has nothing to render. */
export const ssr = false;

export const load: PageLoad = ({ params, url }) =>
	loadLocalPage(params.id, async (graph) => {
		const entries = matchEntries(url);
		await prepareSearchAsync(graph);
		await prepareSimilarityAsync(graph);
		return matchPage(graph, datasetInfo(graph, params.id), entries);
	});
