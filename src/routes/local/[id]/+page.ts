import { error } from '@sveltejs/kit';
import { manyComparisonPage } from '$lib/graph/compare-many-page';
import { comparisonPage, datasetInfo } from '$lib/graph/compare-page';
import { InvalidQueryError, NotARoleError, UnknownNodeError } from '$lib/graph/errors';
import type { PageLoad } from './$types';

/** Graphs imported into this browser live in its IndexedDB: the server has nothing to render. */
export const ssr = false;

export const load: PageLoad = async ({ params, url }) => {
	const { localGraph } = await import('$lib/client/local-graph');
	let entry: Awaited<ReturnType<typeof localGraph>>;
	try {
		entry = await localGraph(params.id);
	} catch (caught) {
		error(
			500,
			`The imported graph could not be read from this browser: ${(caught as Error).message}`
		);
	}
	if (!entry) {
		error(
			404,
			`This browser has no imported graph "${params.id}". Imported graphs stay in the browser they were imported into (and are gone if its site data was cleared): import the file again.`
		);
	}
	const values = (name: string) => url.searchParams.getAll(name).filter((value) => value !== '');
	const a = url.searchParams.get('a');
	const b = url.searchParams.get('b');
	// Several roles come as repeated role=… (two keep a= and b=, as the pair's page has them).
	const roles = values('role');
	try {
		if (roles.length > 0) {
			return {
				...manyComparisonPage(entry.graph, datasetInfo(entry.graph, params.id), {
					roles,
					categories: values('category'),
					sources: values('source'),
					node: url.searchParams.get('node') || undefined
				}),
				graph: entry.graph,
				local: entry.dataset
			};
		}
		return {
			kind: 'pair' as const,
			...comparisonPage(entry.graph, datasetInfo(entry.graph, params.id), {
				pair: a && b ? { a, b } : undefined,
				categories: values('category'),
				sources: values('source'),
				node: url.searchParams.get('node') || undefined
			}),
			graph: entry.graph,
			local: entry.dataset
		};
	} catch (caught) {
		if (caught instanceof UnknownNodeError || caught instanceof NotARoleError) {
			error(404, caught.message);
		}
		if (caught instanceof InvalidQueryError) error(400, caught.message);
		throw caught;
	}
};
