import type { Query } from '../../client/links';

/** The explorer's filters, as the URL carries them. */
export interface ExploreFilters {
	families: string[];
	hotOnly: boolean;
	minDegree: number;
	/** Everything, whatever the defaults (for big datasets, an explicit choice). */
	all: boolean;
}

/**
 * The filters a URL asks for; a big dataset's defaults when it asks for none: one family's roles
 * (the one its description opens on, else the first) and their highlighted links.
 */
export function exploreFiltersFrom(
	url: URL,
	large: boolean,
	families: string[],
	opening?: string
): ExploreFilters {
	const params = url.searchParams;
	const asked = ['family', 'hot', 'minDegree', 'all'].some((name) => params.has(name));
	if (large && !asked) {
		const family = opening && families.includes(opening) ? opening : families[0];
		return { families: family ? [family] : [], hotOnly: true, minDegree: 1, all: false };
	}
	const minDegree = Number(params.get('minDegree') ?? 1);
	return {
		families: params.getAll('family').filter((family) => families.includes(family)),
		hotOnly: params.get('hot') === '1',
		minDegree: Number.isInteger(minDegree) && minDegree >= 1 ? minDegree : 1,
		all: params.get('all') === '1'
	};
}

/** The page's query for a set of filters (explicit, so a copied link shows the same part). */
export function exploreFilterQuery(filters: ExploreFilters): Query {
	if (filters.all) return { all: '1' };
	return {
		family: filters.families,
		hot: filters.hotOnly ? '1' : '0',
		minDegree: filters.minDegree > 1 ? String(filters.minDegree) : undefined
	};
}

/**
 * The API's query for the same filters. A big dataset is explored as its technology graph
 * (roles and the technologies they use); a small one whole.
 */
export function graphApiQuery(
	filters: ExploreFilters,
	dataset: string | undefined,
	large: boolean
): Query {
	const category = large ? ['technology'] : undefined;
	if (filters.all) return { dataset, category };
	return {
		dataset,
		category,
		family: filters.families,
		hot: filters.hotOnly ? '1' : undefined,
		minDegree: filters.minDegree > 1 ? String(filters.minDegree) : undefined
	};
}
