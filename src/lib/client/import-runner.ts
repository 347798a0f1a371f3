import type { ImportMapping } from '../graph/formats/mapping';
import type { ImportProgress } from '../graph/formats/import';
import type { ImportFailure, ImportReply } from './import-messages';
import { localDatasetsChanged, type LocalDatasetSummary } from './local-datasets';

/** What an import gave: the graph kept, with its notices, or why it failed. */
export type ImportResult =
	| { ok: true; saved: LocalDatasetSummary; notices: string[]; shape?: string }
	| { ok: false; failure: ImportFailure };

/**
 * Imports a file in a Web Worker (import-worker.ts): the file is read, mapped, validated and kept
 * off the page's thread; `onProgress` hears each step. One worker per import, ended when done.
 */
export function importInWorker(
	file: File,
	mapping: ImportMapping | undefined,
	onProgress: (progress: ImportProgress) => void
): Promise<ImportResult> {
	const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
	return new Promise<ImportResult>((resolve) => {
		worker.addEventListener('message', (event: MessageEvent<ImportReply>) => {
			const message = event.data;
			if (message.type === 'progress') {
				onProgress(message);
				return;
			}
			worker.terminate();
			if (message.type === 'done') {
				localDatasetsChanged();
				resolve({ ok: true, saved: message.saved, notices: message.notices, shape: message.shape });
			} else resolve({ ok: false, failure: message.failure });
		});
		worker.addEventListener('error', (event) => {
			worker.terminate();
			resolve({
				ok: false,
				failure: {
					name: 'Error',
					message: `The import stopped: ${event.message || 'the import worker failed'}.`
				}
			});
		});
		worker.postMessage({ file, mapping });
	});
}
