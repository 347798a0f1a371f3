/**
 * Helpers shared by tests (Node only: they read graph/ from disk, so they live outside the pure
 * graph core).
 */
import { join } from 'node:path';
import { fromValidated } from '../graph/build';
import { readTables } from '../graph/table-dataset';
import type { KnowledgeGraph } from '../graph/types';
import { loadYamlDataset } from '../server/yaml-folder';
import { readTableFiles, verifyTableFolder } from '../server/table-folder';

/** The repository's root folder. */
export const repoRoot = join(import.meta.dirname, '../../..');

/** The seed graph, loaded from graph/seed the way the server loads it. */
export function seedGraph(): Promise<KnowledgeGraph> {
	return loadYamlDataset(join(repoRoot, 'graph/seed'));
}

/** O*NET 29.3, read from graph/onet's tables (checksums verified, no schema pass: it is recorded valid). */
export async function onetGraph(): Promise<KnowledgeGraph> {
	const folder = join(repoRoot, 'graph/onet');
	return fromValidated(readTables(await readTableFiles(folder, verifyTableFolder(folder)), ''));
}

/** Everything a graph says, in a form that compares equal whatever the order of elements. */
export function contents(graph: KnowledgeGraph) {
	const exported = graph.export();
	return {
		attributes: exported.attributes,
		nodes: [...exported.nodes].sort((a, b) => a.key.localeCompare(b.key)),
		edges: [...exported.edges]
			.map(({ key, source, target, attributes }) => ({ key, source, target, attributes }))
			.sort((a, b) => `${a.source}>${a.target}`.localeCompare(`${b.source}>${b.target}`))
	};
}
