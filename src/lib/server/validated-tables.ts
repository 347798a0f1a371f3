import record from './validated-tables.json' with { type: 'json' };
import { schemaFingerprint } from './schema-fingerprint';
import { createHash } from 'node:crypto';
import type { Manifest } from './table-folder';

/** What the record holds per table dataset digest: its id, and the schema it passed under. */
export interface ValidatedEntry {
	dataset: string;
	schema: string;
}

/** The record's file, relative to the project (scripts write it; the server only reads it). */
export const VALIDATED_TABLES_FILE = 'src/lib/server/validated-tables.json';

/**
 * Whether a table dataset's content (its manifest digest) is recorded as having passed full
 * validation under the current schema. The record lives with the code, where the data folder
 * cannot write: a manifest that only claims its data was validated (its `schema` field) is not
 * believed. `npm run import:onet` and `npm run graph:validate -- --record` write it, after a
 * full validation. Unrecorded data is validated in full before it is served.
 */
export function recordedAsValid(manifest: Manifest): boolean {
	const entry = (record as Record<string, ValidatedEntry>)[manifestDigest(manifest)];
	return entry?.schema === schemaFingerprint();
}

/**
 * What identifies a table dataset's content: a hash of its manifest (every file's checksum and
 * the counts it claims). Once the files match their checksums, equal digests mean equal data.
 */
export function manifestDigest(manifest: Manifest): string {
	const { format, dataset, nodes, edges, roles, files } = manifest;
	const sorted = Object.entries(files).sort(([x], [y]) => (x < y ? -1 : 1));
	return createHash('sha256')
		.update(JSON.stringify([format, dataset, nodes, edges, roles, sorted]))
		.digest('hex');
}
