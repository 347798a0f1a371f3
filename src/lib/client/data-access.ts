import type { ResolvedPathname } from '$app/types';
import { getContext, setContext } from 'svelte';
import type { SimilarAnswer } from '../api/answers';
import type { ExportFormat } from '../graph/formats/registry';
import type { ExportedFile } from '../graph/formats/export-file';
import type { NodeSummary } from '../graph/types';
import type { ViewSpec } from '../graph/view-graph';
import { compareHref, compareManyHref, gapHref, matchHref, nodeHref, type Query } from './links';
import { fetchNode, fetchSearch, fetchSimilar, type NodeResponse } from './api';

/**
 * Where a view gets what it fetches after the page loaded: the server's API for the server's
 * datasets, the graph in memory for one imported into this browser. Views ask the context and
 * never need to know which.
 */
export interface DataAccess {
	node(id: string, dataset?: string, signal?: AbortSignal): Promise<NodeResponse>;
	search(
		q: string,
		dataset?: string,
		signal?: AbortSignal,
		category?: string
	): Promise<NodeSummary[]>;
	/** The roles closest to a role, best first: at most `limit` (1–50). */
	similar(
		id: string,
		dataset?: string,
		limit?: number,
		signal?: AbortSignal
	): Promise<SimilarAnswer>;
	/** The page comparing two roles, with the view's state as query. */
	compareHref(a: string, b: string, query?: Query): ResolvedPathname;
	/** The page comparing several roles (two: the pair's page), with the view's state as query. */
	compareManyHref?(roles: readonly string[], query?: Query): ResolvedPathname;
	/** The page of the way from one role to another: what carries over, what to learn. */
	gapHref(from: string, to: string, query?: Query): ResolvedPathname;
	/** The page of the roles that fit what someone has (`have=`, as the query gives it). */
	matchHref(query?: Query): ResolvedPathname;
	/** The page of one node, where the dataset has node pages. */
	nodeHref?(id: string, query?: Query): ResolvedPathname;
	/** Makes an export file in the browser (local graphs); the server's are links to its API. */
	exportFile?(format: ExportFormat, spec: ViewSpec): Promise<ExportedFile>;
}

/** The server's API. */
export const serverAccess: DataAccess = {
	node: fetchNode,
	search: fetchSearch,
	similar: fetchSimilar,
	compareHref,
	compareManyHref,
	gapHref,
	matchHref,
	nodeHref
};

const KEY = Symbol('data-access');

/** Makes the views below this component use `access`. */
export function setDataAccess(access: DataAccess): void {
	setContext(KEY, access);
}

/** The data access of the views around this component: the server's unless a page set another. */
export function getDataAccess(): DataAccess {
	return getContext<DataAccess | undefined>(KEY) ?? serverAccess;
}
