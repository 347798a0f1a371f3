import { error, json } from '@sveltejs/kit';
import { RolegraphError, statusOf } from '../graph/errors';
import { problemResponse } from './http-contract.js';

export { statusOf };

/** A request problem the user can fix (a 400). */
export class BadRequestError extends RolegraphError {
	constructor(message: string) {
		super(message, { status: 400 });
	}
}

/** A failure that already knows its HTTP status (e.g. one reported by another process). */
export class StatusError extends RolegraphError {
	constructor(status: number, message: string) {
		super(message, { status });
	}
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
