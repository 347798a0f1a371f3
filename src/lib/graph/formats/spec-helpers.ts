/** Test helpers shared by the format specs (Node only: they read graph/ from disk). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromValidated } from '../build';
import { assembleDataFiles } from '../data-files';
import type { KnowledgeGraph } from '../types';

/** The repository's root folder. */
export const repoRoot = join(import.meta.dirname, '../../../..');

/** The seed graph, built from graph/seed. */
export function seedGraph(): KnowledgeGraph {
	const folder = join(repoRoot, 'graph/seed');
	const files = readdirSync(folder, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.yaml'))
		.map((name) => ({ path: name, text: readFileSync(join(folder, name), 'utf8') }));
	return fromValidated(assembleDataFiles(files));
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
