import { error, json } from '@sveltejs/kit';
import { InvalidQueryError, NotARoleError, UnknownNodeError } from '../graph/errors';
import { UnknownDatasetError } from './datasets';
import { problemResponse } from './http-contract.js';

/** A request problem the user can fix, with the HTTP status it maps to. */
export class BadRequestError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'BadRequestError';
	}
}

/** A failure that already knows its HTTP status (e.g. one reported by another thread). */
export class StatusError extends Error {
	readonly status: number;
	constructor(status: number, message: string) {
		super(message);
		this.name = 'StatusError';
		this.status = status;
	}
}

/** The HTTP status for an error a query threw: 404 for unknown ids, 400 for bad parameters. */
export function statusOf(error: unknown): number {
	if (error instanceof StatusError) return error.status;
	if (error instanceof UnknownNodeError || error instanceof NotARoleError) return 404;
	if (
		error instanceof InvalidQueryError ||
		error instanceof UnknownDatasetError ||
		error instanceof BadRequestError
	) {
		return 400;
	}
	return 500;
}

/** The JSON error body every API endpoint uses: `{ "error": { "message": "…" } }`. */
export function errorResponse(status: number, message: string): Response {
	return problemResponse(status, message, true);
}

/** Runs an API handler, turning known errors into JSON 4xx answers and anything else into a 500. */
export async function answer(run: () => Promise<unknown> | unknown): Promise<Response> {
	try {
		const body = await run();
		return body instanceof Response ? body : json(body);
	} catch (error) {
		const status = statusOf(error);
		if (status === 500) {
			console.error(error);
			return errorResponse(500, 'Something went wrong on the server.');
		}
		return errorResponse(status, (error as Error).message);
	}
}

/** Runs a page load, turning known errors into SvelteKit's error page with the right status. */
export async function loadPage<T>(run: () => Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (caught) {
		const status = statusOf(caught);
		if (status === 500) throw caught;
		error(status, (caught as Error).message);
	}
}
