/**
 * The YAML dataset kind (the seed graph, hand-written data): dataset.yaml, sources.yaml and
 * folders of node and edge files, small enough to be validated in full every time it loads.
 */
import { readdirSync } from 'node:fs';
import { fromValidated } from '../graph/build';
import { assembleDataFiles } from '../graph/data-files';
import type { KnowledgeGraph } from '../graph/types';
import { readYamlFiles } from './data-folder';
import type { DatasetKind } from './dataset-kinds';

/** Loads a folder of YAML files (dataset.yaml, sources.yaml, nodes/, edges/) into a graph. */
export async function loadYamlDataset(folder: string): Promise<KnowledgeGraph> {
	return fromValidated(assembleDataFiles(await readYamlFiles(folder)));
}

/** The YAML kind: a folder with a dataset.yaml; loaded and validated whole at startup. */
export const yamlKind: DatasetKind = {
	name: 'yaml',
	files: 'YAML files',
	marker: 'dataset.yaml',
	lostMarker: ': restore it, or remove the folder.',
	dataFiles: (folder) =>
		readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) =>
			/\.ya?ml$/.test(name)
		),
	open: (folder) => ({
		kind: 'yaml',
		validateAtStartup: true,
		load: () => loadYamlDataset(folder)
	})
};
