import { manyComparisonPage } from '$lib/graph/compare-many-page';
import { prepareSimilarityAsync } from '$lib/graph/similarity-index';
import { serverDatasetInfo } from '$lib/server/compare-page';
import { getGraph } from '$lib/server/datasets';
import { loadPage } from '$lib/server/http-errors';
import { datasetParam, listParam, param } from '$lib/server/params';
import type { PageServerLoad } from './$types';

/** Three to six roles (two are /compare/[a]/[b]); a wrong count is answered with a clear 400. */
export const load: PageServerLoad = ({ params, url }) =>
	loadPage(async () => {
		const dataset = datasetParam(url);
		const graph = await getGraph(dataset);
		// How close each pair is needs the similarity index (built in the background at load).
		await prepareSimilarityAsync(graph);
		return manyComparisonPage(graph, serverDatasetInfo(graph, dataset), {
			roles: params.roles.split('/').filter((role) => role !== ''),
			categories: listParam(url, 'category'),
			sources: listParam(url, 'source'),
			node: param(url, 'node')
		});
	});
