import { datasetInfo } from '$lib/graph/compare-page';
import { prepareSimilarityAsync } from '$lib/graph/similarity-index';
import { loadLocalPage } from '$lib/client/local-page';
import { gapPage } from '$lib/views/gap/gap-page';
import type { PageLoad } from './$types';

/** Graphs imported into this browser live in its IndexedDB: the server has nothing to render. */
export const ssr = false;

export const load: PageLoad = ({ params }) =>
	loadLocalPage(params.id, async (graph) => {
		await prepareSimilarityAsync(graph);
		return gapPage(graph, datasetInfo(graph, params.id), params.from, params.to);
	});
