import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';

/** Query parameters a link carries: a value, a list of values (repeated), or nothing. */
export type Query = Record<string, string | readonly string[] | undefined | null>;

/** `?a=1&b=2&b=3` for the given parameters, or '' when there are none. */
export function queryString(query: Query = {}): string {
	const params = new URLSearchParams();
	for (const [name, value] of Object.entries(query)) {
		if (value === undefined || value === null) continue;
		for (const one of typeof value === 'string' ? [value] : value) params.append(name, one);
	}
	const text = params.toString();
	return text ? `?${text}` : '';
}

function withQuery(path: ResolvedPathname, query?: Query): ResolvedPathname {
	return `${path}${queryString(query)}` as ResolvedPathname;
}

/** The page of one node. */
export function nodeHref(id: string, query?: Query): ResolvedPathname {
	return withQuery(resolve('/nodes/[id]', { id }), query);
}

/** The comparison of two roles. */
export function compareHref(a: string, b: string, query?: Query): ResolvedPathname {
	return withQuery(resolve('/compare/[a]/[b]', { a, b }), query);
}

/** The home page: the dataset's default comparison. */
export function homeHref(query?: Query): ResolvedPathname {
	return withQuery(resolve('/'), query);
}

/** The whole-graph explorer. */
export function exploreHref(query?: Query): ResolvedPathname {
	return withQuery(resolve('/explore'), query);
}

/** A data export of the API (a file download). */
export function exportHref(format: string, query?: Query): ResolvedPathname {
	return withQuery(resolve('/api/export/[format]', { format }), query);
}

/** The compact graph the explorer draws. */
export function graphApiHref(query?: Query): ResolvedPathname {
	return withQuery(resolve('/api/graph'), query);
}

/** The page of a graph imported into this browser (a comparison, as `a`, `b` and filters say). */
export function localHref(id: string, query?: Query): ResolvedPathname {
	return withQuery(resolve('/local/[id]', { id }), query);
}
