/**
 * Writes the record of table datasets that passed full validation (see
 * src/lib/server/validated-tables.ts). Only scripts write it, after validating in full; the
 * server reads it and never writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { schemaFingerprint } from '../src/lib/server/schema-fingerprint';
import type { Manifest } from '../src/lib/server/table-folder';
import {
	VALIDATED_TABLES_FILE,
	manifestDigest,
	recordedAsValid,
	type ValidatedEntry
} from '../src/lib/server/validated-tables';

/** Records a dataset's content as valid under the current schema, replacing older records of the same dataset id. */
export function recordValidated(manifest: Manifest): void {
	const record = JSON.parse(readFileSync(VALIDATED_TABLES_FILE, 'utf8')) as Record<
		string,
		ValidatedEntry
	>;
	const kept = Object.entries(record).filter(([, entry]) => entry.dataset !== manifest.dataset);
	kept.push([manifestDigest(manifest), { dataset: manifest.dataset, schema: schemaFingerprint() }]);
	kept.sort(([, x], [, y]) => x.dataset.localeCompare(y.dataset));
	writeFileSync(VALIDATED_TABLES_FILE, `${JSON.stringify(Object.fromEntries(kept), null, '\t')}\n`);
}

export { recordedAsValid };
