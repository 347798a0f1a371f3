import { createHash } from 'node:crypto';
import * as z from 'zod';
import { SCHEMA_REVISION, serializedGraphSchema } from '../graph/schema';

let fingerprint: string | undefined;

/**
 * A hash of the graph schema (its JSON Schema form and revision). A table dataset records the
 * fingerprint it was validated under; while that still matches, loading skips the schema pass.
 */
export function schemaFingerprint(): string {
	fingerprint ??= createHash('sha256')
		.update(JSON.stringify(z.toJSONSchema(serializedGraphSchema, { unrepresentable: 'any' })))
		.update(`|revision ${SCHEMA_REVISION}`)
		.digest('hex');
	return fingerprint;
}
