import type { Query } from './links';

/** What an explorer URL carries besides the path: dataset, filters and the selected node. */
export interface ExplorerState {
	/** The dataset, or undefined for the default one (kept out of URLs). */
	dataset?: string;
	categories: readonly string[];
	sources: readonly string[];
	node: string | null;
}

/** The query string parameters for an explorer state, in a stable order. */
export function explorerQuery(state: ExplorerState): Query {
	return {
		dataset: state.dataset,
		category: state.categories,
		source: state.sources,
		node: state.node
	};
}
