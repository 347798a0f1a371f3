import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import type { ViewSpec } from '../graph/view-graph';
import { queryString, type Query } from './query-string';

export { queryString, type Query };

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

/** The comparison of several roles: two keep the pair's address (compareHref). */
export function compareManyHref(roles: readonly string[], query?: Query): ResolvedPathname {
	if (roles.length === 2) return compareHref(roles[0]!, roles[1]!, query);
	const path = roles.map((role) => encodeURIComponent(role)).join('/');
	return withQuery(resolve('/compare/[...roles]', { roles: path }), query);
}

/** What someone in role `from` carries over to role `to`, and what to learn. */
export function gapHref(from: string, to: string, query?: Query): ResolvedPathname {
	return withQuery(resolve('/gap/[from]/[to]', { from, to }), query);
}

/** The roles that fit what someone has (`have`: ids or names, as the page's address keeps them). */
export function matchHref(query?: Query): ResolvedPathname {
	return withQuery(resolve('/match'), query);
}

/** The home page: the dataset's default comparison. */
export function homeHref(query?: Query): ResolvedPathname {
	return withQuery(resolve('/'), query);
}

/** The whole-graph explorer. */
export function exploreHref(query?: Query): ResolvedPathname {
	return withQuery(resolve('/explore'), query);
}

/**
 * The API query of an export of a view: `view=compare&a=…&b=…` (with filters), `view=compare`
 * with repeated `role=…` (several roles), `view=node&id=…` or `view=whole`.
 */
export function viewExportQuery(spec: ViewSpec, dataset?: string): Query {
	if (spec.kind === 'compareMany') {
		return {
			view: 'compare',
			role: spec.roles,
			category: spec.options?.categories,
			source: spec.options?.sources,
			dataset
		};
	}
	if (spec.kind === 'compare') {
		return {
			view: 'compare',
			a: spec.a,
			b: spec.b,
			category: spec.options?.categories,
			source: spec.options?.sources,
			dataset
		};
	}
	if (spec.kind === 'node') return { view: 'node', id: spec.id, dataset };
	return { view: 'whole', dataset };
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

/** The way from one role to another, in a graph imported into this browser. */
export function localGapHref(
	id: string,
	from: string,
	to: string,
	query?: Query
): ResolvedPathname {
	return withQuery(resolve('/local/[id]/gap/[from]/[to]', { id, from, to }), query);
}

/** The roles that fit what someone has, in a graph imported into this browser. */
export function localMatchHref(id: string, query?: Query): ResolvedPathname {
	return withQuery(resolve('/local/[id]/match', { id }), query);
}
