import { compareRoles } from '../graph/compare';
import type { KnowledgeGraph } from '../graph/types';
import { ResponseCache } from './response-cache';

/** The serialised answers of GET /api/compare, shared by the endpoint and the fast path. */
const cache = new ResponseCache(500);

/** What identifies a comparison answer: dataset, the two roles, and the filters. */
export function compareKey(
	dataset: string,
	a: string,
	b: string,
	categories: readonly string[],
	sources: readonly string[]
): string {
	return JSON.stringify([dataset, a, b, categories, sources]);
}

/** The JSON bytes of a comparison, computed once per key (compareRoles throws for bad input). */
export function comparisonJson(
	graph: KnowledgeGraph,
	key: string,
	a: string,
	b: string,
	options: { categories: readonly string[]; sources: readonly string[] }
): Uint8Array<ArrayBuffer> {
	return cache.get(key, () => JSON.stringify(compareRoles(graph, a, b, options)));
}

/** The cached answer for a key, if one has been computed. */
export function cachedComparison(key: string): Uint8Array<ArrayBuffer> | undefined {
	return cache.peek(key);
}
