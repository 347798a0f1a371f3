import { prepareSimilarityAsync } from '$lib/graph/similarity-index';
import { serverDatasetInfo } from '$lib/server/compare-page';
import { getGraph } from '$lib/server/datasets';
import { loadPage } from '$lib/server/http-errors';
import { datasetParam } from '$lib/server/params';
import { gapPage, type GapPageData } from '$lib/views/gap/gap-page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url }) =>
	loadPage(async (): Promise<GapPageData> => {
		const dataset = datasetParam(url);
		const graph = await getGraph(dataset);
		// Built in the background after the dataset loads; a page that comes first waits for it.
		await prepareSimilarityAsync(graph);
		return gapPage(graph, serverDatasetInfo(graph, dataset), params.from, params.to);
	});
