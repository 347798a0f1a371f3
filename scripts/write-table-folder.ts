/**
 * Writes a table dataset folder (read by src/lib/server/table-folder.ts): the tables as
 * graph/table-dataset.ts writes them, extra files beside them, and the manifest of checksums.
 * Scripts only: the server never writes to its data folder.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SerializedKnowledgeGraph } from '../src/lib/graph/schema';
import { writeTables } from '../src/lib/graph/table-dataset';
import { schemaFingerprint } from '../src/lib/server/schema-fingerprint';
import { MANIFEST_FILE, type Manifest } from '../src/lib/server/table-folder';

/**
 * Writes a validated graph as a table dataset folder (`out`), with `extra` files beside the
 * tables (e.g. positions.tsv) and a manifest of every file's checksum: written to a staging
 * folder first and moved into place, so a folder is never left half-written. Returns the
 * manifest and how many bytes the files hold.
 */
export function writeTableFolder(
	out: string,
	graph: SerializedKnowledgeGraph,
	{ generatedBy, extra = {} }: { generatedBy: string; extra?: Record<string, string> }
): { manifest: Manifest; bytes: number; files: number } {
	const files = { ...writeTables(graph), ...extra };
	const manifest: Manifest = {
		format: 'rolegraph-tables/1',
		generatedBy,
		dataset: graph.attributes.id,
		nodes: graph.nodes.length,
		edges: graph.edges.length,
		roles: graph.nodes.filter((node) => node.attributes.category === 'role').length,
		schema: schemaFingerprint(),
		files: Object.fromEntries(
			Object.entries(files)
				.sort(([x], [y]) => x.localeCompare(y))
				.map(([name, text]) => [name, createHash('sha256').update(text).digest('hex')])
		)
	};
	const staging = `${out}.partial`;
	rmSync(staging, { recursive: true, force: true });
	mkdirSync(staging, { recursive: true });
	for (const [name, text] of Object.entries(files)) writeFileSync(join(staging, name), text);
	writeFileSync(join(staging, MANIFEST_FILE), `${JSON.stringify(manifest, null, '\t')}\n`);
	rmSync(out, { recursive: true, force: true });
	renameSync(staging, out);
	const bytes = Object.values(files).reduce((sum, text) => sum + Buffer.byteLength(text), 0);
	return { manifest, bytes, files: Object.keys(files).length + 1 };
}
