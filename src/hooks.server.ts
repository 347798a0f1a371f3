import type { HandleServerError, ServerInit } from '@sveltejs/kit';
import { GraphValidationError } from '$lib/graph/errors';
import { initDatasets } from '$lib/server/datasets';
import { FAST_API, fastApi } from '$lib/server/fast-api';
import { DataIntegrityError } from '$lib/server/table-folder';

/** Loads and validates the graph before the first request: invalid data stops the server. */
export const init: ServerInit = async () => {
	try {
		await initDatasets();
		(globalThis as Record<symbol, unknown>)[FAST_API] = fastApi;
	} catch (error) {
		const detail =
			error instanceof GraphValidationError || error instanceof DataIntegrityError
				? error.message
				: String(error);
		console.error(`rolegraph cannot start.\n${detail}`);
		process.exit(1);
	}
};

/** Unexpected errors are logged with detail but shown to users without internals. */
export const handleError: HandleServerError = ({ error, status, message }) => {
	if (status >= 500) console.error(error);
	return { message: status >= 500 ? 'Something went wrong on the server.' : message };
};
