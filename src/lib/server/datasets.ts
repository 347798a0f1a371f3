import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fromValidated } from '../graph/build';
import { assembleDataFiles } from '../graph/data-files';
import type { KnowledgeGraph } from '../graph/types';
import { dataRoot, readYamlFiles } from './data-folder';

/** The dataset every page and endpoint uses unless `dataset=` says otherwise. */
export const DEFAULT_DATASET = 'seed';

/** A `dataset=` value names no dataset this server has. */
export class UnknownDatasetError extends Error {
	readonly id: string;
	constructor(id: string, known: string[]) {
		super(`Unknown dataset "${id}"; this server has ${known.map((k) => `"${k}"`).join(', ')}.`);
		this.name = 'UnknownDatasetError';
		this.id = id;
	}
}

interface DatasetEntry {
	id: string;
	folder: string;
	load: () => Promise<KnowledgeGraph>;
}

let registry: Map<string, DatasetEntry> | undefined;
const loaded = new Map<string, Promise<KnowledgeGraph>>();

/** Loads a folder of YAML files (dataset.yaml, sources.yaml, nodes/, edges/) into a graph. */
export async function loadYamlDataset(folder: string): Promise<KnowledgeGraph> {
	return fromValidated(assembleDataFiles(await readYamlFiles(folder)));
}

/** Finds the datasets under the data folder: each subfolder with a dataset.yaml. */
async function discover(root: string): Promise<Map<string, DatasetEntry>> {
	const found = new Map<string, DatasetEntry>();
	const entries = await readdir(root, { withFileTypes: true });
	for (const entry of entries
		.filter((e) => e.isDirectory())
		.sort((a, b) => a.name.localeCompare(b.name))) {
		const folder = join(root, entry.name);
		if (existsSync(join(folder, 'dataset.yaml'))) {
			found.set(entry.name, { id: entry.name, folder, load: () => loadYamlDataset(folder) });
		}
	}
	return found;
}

/**
 * Finds the datasets and loads the default one, throwing (with every problem named) if its
 * data is invalid. The server calls this once at startup and refuses to start if it throws.
 */
export async function initDatasets(): Promise<void> {
	const root = dataRoot();
	if (!existsSync(root)) throw new Error(`The data folder ${root} does not exist.`);
	registry = await discover(root);
	if (!registry.has(DEFAULT_DATASET)) {
		throw new Error(`The data folder ${root} has no "${DEFAULT_DATASET}" dataset.`);
	}
	await getGraph(DEFAULT_DATASET);
}

/** The ids of the datasets this server has. */
export function datasetIds(): string[] {
	return [...(registry?.keys() ?? [])];
}

/** The graph of a dataset, loaded on first use and then cached. */
export function getGraph(id: string = DEFAULT_DATASET): Promise<KnowledgeGraph> {
	if (!registry) throw new Error('Datasets are not initialised; call initDatasets() first.');
	const entry = registry.get(id);
	if (!entry) throw new UnknownDatasetError(id, datasetIds());
	let graph = loaded.get(id);
	if (!graph) {
		graph = entry.load();
		loaded.set(id, graph);
		// A failed load is not cached, so a fixed file is picked up on the next request.
		graph.catch(() => loaded.delete(id));
	}
	return graph;
}
