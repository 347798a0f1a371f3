/**
 * Whole exports across the cluster: a worker asks the primary (wholeExportFromPrimary), and the
 * primary answers from its one builder (answerExportRequests), so that each file is built once
 * for all the workers. Messages go over the cluster's IPC channel, which carries bytes as they
 * are (the primary sets up 'advanced' serialization).
 */

/** @typedef {import('../src/lib/server/bridge.js').WholeExport} WholeExport */
/** @typedef {{ type: 'whole-export', id: number, dataset: string, format: string }} ExportRequest */
/** @typedef {{ type: 'whole-export', id: number, file?: WholeExport, error?: { status: number, message: string } }} ExportReply */

/** @type {Map<number, { resolve: (file: WholeExport) => void, reject: (error: Error) => void }>} */
const asked = new Map();
let nextId = 0;

process.on('message', (/** @type {ExportReply} */ reply) => {
	if (reply?.type !== 'whole-export') return;
	const job = asked.get(reply.id);
	asked.delete(reply.id);
	if (reply.file) job?.resolve(reply.file);
	else job?.reject(Object.assign(new Error(reply.error?.message), { status: reply.error?.status }));
});

/** In a worker: a whole export, from the primary's builder. */
export function wholeExportFromPrimary(
	/** @type {string} */ dataset,
	/** @type {string} */ format
) {
	return /** @type {Promise<WholeExport>} */ (
		new Promise((resolve, reject) => {
			const id = nextId++;
			asked.set(id, { resolve, reject });
			process.send?.(/** @type {ExportRequest} */ ({ type: 'whole-export', id, dataset, format }));
		})
	);
}

/**
 * In the primary: answers a worker's requests for whole exports from `builder`.
 * @param {import('node:cluster').Worker} worker
 * @param {{ wholeExport: (dataset: string, format: string) => Promise<WholeExport> }} builder
 */
export function answerExportRequests(worker, builder) {
	worker.on('message', (/** @type {ExportRequest} */ request) => {
		if (request?.type !== 'whole-export') return;
		const { id, dataset, format } = request;
		const reply = (/** @type {Omit<ExportReply, 'type' | 'id'>} */ answer) => {
			if (worker.isConnected()) worker.send({ type: 'whole-export', id, ...answer });
		};
		builder.wholeExport(dataset, format).then(
			(file) => reply({ file }),
			(/** @type {Error & { status?: number }} */ error) =>
				reply({ error: { status: error.status ?? 500, message: error.message } })
		);
	});
}
