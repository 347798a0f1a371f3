import { Readable } from 'node:stream';
import { createGunzip, gzipSync } from 'node:zlib';
import type { ExportFormat } from '../graph/formats/registry';
import { exportFile } from '../graph/formats/export-file';
import { host, type WholeExport } from './bridge.js';
import { datasetSize, getGraph } from './datasets';
import { StatusError } from './http-errors';

/**
 * Datasets up to this many nodes and edges are exported in the request's own thread (the seed
 * graph: a few milliseconds). Larger ones (O*NET: 100,000, 30–38 MB a file, 1–5 s of work)
 * are built by server.js in a process of their own.
 */
const SMALL = 20_000;

/** Whole exports built or being built in this process, by dataset and format. */
const built = new Map<string, Promise<WholeExport>>();

/** Whether a format writes a graph (CSV is the comparison table: it has no whole-graph form). */
export function isGraphFormat(format: ExportFormat): format is Exclude<ExportFormat, 'csv'> {
	return format !== 'csv';
}

/**
 * A dataset's whole graph in a graph format, built once: a dataset never changes while the
 * server runs. Kept gzipped (O*NET: 30–38 MB a file, 2.3 MB gzipped), so every client shares
 * the same bytes, however many there are and however slowly they read. A failure is not kept.
 */
export function wholeExport(dataset: string, format: ExportFormat): Promise<WholeExport> {
	const key = JSON.stringify([dataset, format]);
	let file = built.get(key);
	if (!file) {
		file = build(dataset, format);
		built.set(key, file);
		file.catch(() => built.delete(key));
	}
	return file;
}

async function build(dataset: string, format: ExportFormat): Promise<WholeExport> {
	const builtByHost = host()?.wholeExport;
	if (!builtByHost || (await datasetSize(dataset)) <= SMALL) {
		return buildWholeExport(dataset, format);
	}
	try {
		return await builtByHost(dataset, format);
	} catch (error) {
		const { status = 500, message } = error as Error & { status?: number };
		throw new StatusError(status, message);
	}
}

/**
 * Builds a whole export in this thread: the file, then its gzip (here too, so that it runs at
 * the priority of the process server.js builds exports in).
 */
export async function buildWholeExport(dataset: string, format: string): Promise<WholeExport> {
	const file = await exportFile(await getGraph(dataset), format as ExportFormat, { kind: 'whole' });
	const bytes = Buffer.from(file.text);
	const compressed = gzipSync(bytes);
	return { gzip: compressed, size: bytes.byteLength, mime: file.mime, filename: file.filename };
}

/**
 * The slice of a gzipped file sent at a time: views, not copies, so size costs no memory, and
 * fewer, larger writes double the throughput (64 KB slices: 97 MB/s; 256 KB: 190 MB/s here).
 */
const SLICE = 256 * 1024;
/** The inflated output produced at a time for a client that refuses gzip (a buffer each). */
const INFLATED = 64 * 1024;

/**
 * The answer for a whole export: the gzipped bytes for a client that accepts gzip, else the
 * file inflated as it goes out. Either way a slice is produced only when the client has taken
 * the one before (SvelteKit waits for the socket to drain), so a client that reads slowly, or
 * not at all, holds a slice, not a copy of the file.
 */
export function wholeExportResponse(file: WholeExport, acceptsGzip: boolean): Response {
	const headers = {
		'content-type': `${file.mime}; charset=utf-8`,
		'content-disposition': `attachment; filename="${file.filename}"`,
		vary: 'accept-encoding'
	};
	if (acceptsGzip) {
		return new Response(slices(file.gzip), {
			headers: {
				...headers,
				'content-encoding': 'gzip',
				'content-length': String(file.gzip.byteLength)
			}
		});
	}
	return new Response(inflated(file.gzip), {
		headers: { ...headers, 'content-length': String(file.size) }
	});
}

/** Bytes as a stream of views into them (no copy), one slice per read. */
function slices(bytes: Uint8Array): ReadableStream<Uint8Array> {
	let offset = 0;
	return new ReadableStream(
		{
			pull(controller) {
				controller.enqueue(bytes.subarray(offset, offset + SLICE));
				offset += SLICE;
				if (offset >= bytes.byteLength) controller.close();
			}
		},
		{ highWaterMark: 0 }
	);
}

/** Gzipped bytes inflated as they are read: zlib pauses while the reader does not read. */
function inflated(bytes: Uint8Array): ReadableStream<Uint8Array> {
	const gunzip = createGunzip({ chunkSize: INFLATED });
	gunzip.end(bytes);
	return Readable.toWeb(gunzip) as ReadableStream<Uint8Array>;
}
