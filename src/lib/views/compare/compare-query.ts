import type { Query } from '../../client/links';
import { DEFAULT_CAP } from '../../viz/collapse';

/** What a comparison's URL carries besides the path: dataset, filters, folding and the selected node. */
export interface CompareQuery {
	/** The dataset, or undefined for the default one (kept out of URLs). */
	dataset?: string;
	categories: readonly string[];
	sources: readonly string[];
	node: string | null;
	/** Nodes drawn per category group before folding the rest (null: all). */
	cap?: number | null;
	/** Groups drawn whole whatever the cap, as `onlyA.technology`. */
	expanded?: readonly string[];
}

/**
 * The query string parameters of a comparison, in a stable order; defaults are left out (the
 * view's default cap may be another than the pair's).
 */
export function compareQuery(state: CompareQuery, defaultCap: number = DEFAULT_CAP): Query {
	const cap =
		state.cap === undefined || state.cap === defaultCap ? undefined : (state.cap ?? 'all');
	return {
		dataset: state.dataset,
		category: state.categories,
		source: state.sources,
		cap: cap === undefined ? undefined : String(cap),
		expand: state.expanded,
		node: state.node
	};
}

/** The fold settings a URL asks for (`cap=24`, `cap=all`, repeated `expand=`), defaults otherwise. */
export function foldingFrom(
	url: URL,
	defaultCap: number = DEFAULT_CAP
): { cap: number | null; expanded: string[] } {
	const raw = url.searchParams.get('cap');
	const number = raw === null ? NaN : Number(raw);
	const cap =
		raw === 'all'
			? null
			: Number.isInteger(number) && number > 0
				? Math.min(number, 1000)
				: defaultCap;
	return { cap, expanded: url.searchParams.getAll('expand').slice(0, 50) };
}
