import type { GraphAnswer } from '$lib/api/answers';
import { graphAnswer } from '$lib/graph/explore';
import { roleFamilies } from '$lib/graph/families';
import { CATEGORIES, type Category } from '$lib/graph/types';
import { getGraph, getPositions } from '$lib/server/datasets';
import { gzippedJson } from '$lib/server/gzipped-answer';
import { answer, BadRequestError } from '$lib/server/http-errors';
import { datasetParam, listParam, param } from '$lib/server/params';
import { ResponseCache } from '$lib/server/response-cache';
import type { RequestHandler } from './$types';

/** Serialised answers by filters (a family of O*NET takes ~20 ms to compute); 50 at most. */
const cache = new ResponseCache(50);

/**
 * The graph /explore draws, compact: `nodes` as [id, label, category, x?, y?] (positions when
 * the dataset has a precomputed layout) and `edges` as [source index, target index, hot 1/0].
 * Filters: repeated category= and family=, hot=1, minDegree=n.
 */
export const GET: RequestHandler = ({ url, request }) =>
	answer(async () => {
		const dataset = datasetParam(url);
		const categories = listParam(url, 'category');
		for (const category of categories) {
			if (!(CATEGORIES as readonly string[]).includes(category)) {
				throw new BadRequestError(
					`Unknown category "${category}"; use one of ${CATEGORIES.join(', ')}.`
				);
			}
		}
		const families = listParam(url, 'family');
		const minDegreeText = param(url, 'minDegree');
		const minDegree = minDegreeText === undefined ? 1 : Number(minDegreeText);
		if (!Number.isInteger(minDegree) || minDegree < 1 || minDegree > 10_000) {
			throw new BadRequestError(`minDegree must be a whole number from 1, not "${minDegreeText}".`);
		}
		const hotOnly = param(url, 'hot') === '1';
		const graph = await getGraph(dataset);
		const known = roleFamilies(graph).map(({ family }) => family);
		for (const family of families) {
			if (!known.includes(family)) {
				throw new BadRequestError(
					known.length === 0
						? `This dataset has no families; leave out family=.`
						: `Unknown family "${family}"; this dataset's families are ${known.join(', ')}.`
				);
			}
		}
		const layouts = await getPositions(dataset);
		const key = JSON.stringify([dataset, categories, families, hotOnly, minDegree]);
		const body = cache.get(key, () => JSON.stringify(draw()));
		return gzippedJson(request, body);

		function draw() {
			// One family drawn alone has a layout of its own; anything else uses the whole graph's.
			const positions = layouts?.get(families.length === 1 ? families[0]! : '') ?? layouts?.get('');
			const filter = { categories: categories as Category[], families, hotOnly, minDegree };
			return graphAnswer(graph, filter, positions) satisfies GraphAnswer;
		}
	});
