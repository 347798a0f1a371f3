import type {
	ErrorAnswer,
	GraphAnswer,
	NodeAnswer,
	SearchAnswer,
	SimilarAnswer
} from '../api/answers';
import type { NodeResponse } from '../graph/nodes';
import type { SearchHit } from '../graph/search';
import { RolegraphError } from '../graph/errors';
import { queryString } from './links';

export type { NodeResponse };

/** An API call failed; the message is the server's own explanation when it gave one. */
export class ApiError extends RolegraphError {
	constructor(status: number, message: string) {
		super(message, { status });
	}
}

/** GETs an API address and reads its JSON answer; throws ApiError with the server's message on an error answer. */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
	const response = await fetch(path, { signal, headers: { accept: 'application/json' } });
	const body = await response.json().catch(() => undefined);
	if (!response.ok) {
		const message = (body as Partial<ErrorAnswer> | undefined)?.error?.message;
		throw new ApiError(response.status, message ?? `The server answered ${response.status}.`);
	}
	return body as T;
}

/** One node and the roles that link to it. */
export function fetchNode(id: string, dataset?: string, signal?: AbortSignal): Promise<NodeAnswer> {
	return getJson(`/api/nodes/${encodeURIComponent(id)}${queryString({ dataset })}`, signal);
}

/** Search suggestions, best first, each with the alias or code it matched by (if not its label). */
export async function fetchSearch(
	q: string,
	dataset?: string,
	signal?: AbortSignal,
	category?: string
): Promise<SearchHit[]> {
	const body = await getJson<SearchAnswer>(
		`/api/search${queryString({ q, dataset, limit: '10', category })}`,
		signal
	);
	return body.results;
}

/** The roles closest to one, best first: at most `limit` (1–50). */
export function fetchSimilar(
	id: string,
	dataset?: string,
	limit = 10,
	signal?: AbortSignal
): Promise<SimilarAnswer> {
	return getJson(
		`/api/similar/${encodeURIComponent(id)}${queryString({ dataset, limit: String(limit) })}`,
		signal
	);
}

/** The compact graph /explore draws, for the given query (dataset and filters). */
export function fetchGraph(href: string, signal?: AbortSignal): Promise<GraphAnswer> {
	return getJson<GraphAnswer>(href, signal);
}
