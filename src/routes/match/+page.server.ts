import { prepareSearchAsync } from '$lib/graph/search';
import { prepareSimilarityAsync } from '$lib/graph/similarity-index';
import { serverDatasetInfo } from '$lib/server/compare-page';
import { getGraph } from '$lib/server/datasets';
import { loadPage } from '$lib/server/http-errors';
import { datasetParam } from '$lib/server/params';
import { matchEntries, matchPage, type MatchPageData } from '$lib/views/match/match-page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) =>
	loadPage(async (): Promise<MatchPageData> => {
		const entries = matchEntries(url);
		const dataset = datasetParam(url);
		const graph = await getGraph(dataset);
		// Both are built in the background after the dataset loads; a page that comes first waits.
		await prepareSearchAsync(graph);
		await prepareSimilarityAsync(graph);
		return matchPage(graph, serverDatasetInfo(graph, dataset), entries);
	});
