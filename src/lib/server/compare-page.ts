import { comparisonPage, datasetInfo } from '../graph/compare-page';
import { prepareSimilarityAsync } from '../graph/similarity-index';
import type { KnowledgeGraph } from '../graph/types';
import { DEFAULT_DATASET, getGraph } from './datasets';
import { loadPage } from './http-errors';
import { lighterComparison } from './page-data';
import { datasetParam, listParam, param } from './params';

/** What pages show of one of the server's datasets. */
export function serverDatasetInfo(graph: KnowledgeGraph, id: string) {
	return datasetInfo(graph, id, id === DEFAULT_DATASET);
}

/** A comparison page of one of the server's datasets, as the URL asks for it. */
export function loadComparison(url: URL, pair?: { a: string; b: string }) {
	return loadPage(async () => {
		const dataset = datasetParam(url);
		const graph = await getGraph(dataset);
		// The summary reads the similarity index, built in the background after the dataset loads.
		await prepareSimilarityAsync(graph);
		const page = comparisonPage(graph, serverDatasetInfo(graph, dataset), {
			pair,
			categories: listParam(url, 'category'),
			sources: listParam(url, 'source'),
			node: param(url, 'node')
		});
		return { ...page, comparison: lighterComparison(page.comparison) };
	});
}
