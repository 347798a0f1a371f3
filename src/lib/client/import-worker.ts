/// <reference lib="webworker" />
/**
 * The import worker: reads a file, maps and validates it, and keeps it in IndexedDB, all off the
 * page's thread, so a large file never freezes the page (the page shows the steps it reports).
 * It runs the same code as the command line (XML read in one streaming pass, no DOM: a worker has
 * no DOMParser), so the browser and `npm run graph:validate` give the same verdict on every file.
 */
import { RolegraphError } from '../graph/errors';
import { createImporter } from '../graph/formats/import';
import type { ImportFailure, ImportReply, ImportRequest } from './import-messages';
import { saveLocalDataset } from './local-datasets';

const { importFile } = createImporter();

function reply(message: ImportReply): void {
	postMessage(message);
}

/** An error as plain data, with what the page needs to show it (and to offer the mapping step). */
function failureOf(error: unknown): ImportFailure {
	const fields = error as Partial<ImportFailure> & Error;
	// Every error the readers throw on purpose lists its problems (one, or many).
	const problems = error instanceof RolegraphError ? error.problems : [];
	return {
		name: fields.name ?? 'Error',
		message: fields.message ?? String(error),
		...(fields.problem ? { problem: fields.problem } : {}),
		...(problems.length > 0
			? { problems: problems.map(({ where, message }) => ({ where, message })) }
			: {}),
		...(fields.profile ? { profile: fields.profile } : {}),
		...(fields.shape ? { shape: fields.shape } : {})
	};
}

addEventListener('message', async (event: MessageEvent<ImportRequest>) => {
	const { file, mapping } = event.data;
	try {
		const bytes = new Uint8Array(await file.arrayBuffer());
		const result = await importFile(file.name, bytes, {
			mapping,
			onProgress: (progress) => reply({ type: 'progress', ...progress })
		});
		reply({ type: 'progress', step: 'checking', says: 'Keeping it in this browser…' });
		const saved = await saveLocalDataset(result.graph, file.name, result.format);
		reply({ type: 'done', saved, notices: result.notices, shape: result.shape });
	} catch (error) {
		reply({ type: 'failed', failure: failureOf(error) });
	}
});
