import { exportFile } from '../graph/formats/export-file';
import { nodeResponse, roleAttributes } from '../graph/nodes';
import { prepareSearchAsync, searchNodes } from '../graph/search';
import { closestRoles } from '../graph/similarity';
import { prepareSimilarityAsync } from '../graph/similarity-index';
import { CATEGORIES, type Category, type KnowledgeGraph } from '../graph/types';
import { localGapHref, localHref, localMatchHref } from './links';
import type { DataAccess } from './data-access';

/** Answers from a graph in memory, as the server's API would: for graphs imported into this browser. */
export function localAccess(graph: () => KnowledgeGraph, dataset: () => string): DataAccess {
	return {
		async node(id) {
			return nodeResponse(graph(), id);
		},
		async search(q, _dataset, _signal, category) {
			// The index is kept with the graph, built on the first search.
			await prepareSearchAsync(graph());
			const known = CATEGORIES.includes(category as Category) ? (category as Category) : undefined;
			return searchNodes(graph(), q, 10, { category: known });
		},
		async similar(id, _dataset, limit) {
			// The index is kept with the graph, built (in slices) on the first question.
			await prepareSimilarityAsync(graph());
			const { label } = roleAttributes(graph(), id);
			return { role: { id, label }, similar: closestRoles(graph(), id, limit) };
		},
		compareHref: (a, b, query = {}) => localHref(dataset(), { ...query, dataset: undefined, a, b }),
		// Two roles keep the pair's a= and b=; several go as repeated role=.
		compareManyHref: (roles, query = {}) =>
			roles.length === 2
				? localHref(dataset(), { ...query, dataset: undefined, a: roles[0], b: roles[1] })
				: localHref(dataset(), { ...query, dataset: undefined, role: roles }),
		gapHref: (from, to, query = {}) =>
			localGapHref(dataset(), from, to, { ...query, dataset: undefined }),
		matchHref: (query = {}) => localMatchHref(dataset(), { ...query, dataset: undefined }),
		exportFile: (format, spec) => exportFile(graph(), format, spec)
	};
}
