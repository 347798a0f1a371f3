import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { RolegraphError } from '../graph/errors';
import { prepareSearchAsync } from '../graph/search';
import { prepareSimilarityInBackground } from '../graph/similarity-index';
import type { KnowledgeGraph } from '../graph/types';
import { dataRoot } from './data-folder';
import { openDatasetFolder, type DatasetListing, type OpenedDataset } from './dataset-kinds';
import type { Layouts } from './table-folder';

export type { DatasetListing };

/** The dataset every page and endpoint uses unless `dataset=` says otherwise. */
export const DEFAULT_DATASET = 'seed';

/** A `dataset=` value names no dataset this server has. */
export class UnknownDatasetError extends RolegraphError {
	readonly id: string;
	constructor(id: string, known: string[]) {
		super(`Unknown dataset "${id}"; this server has ${known.map((k) => `"${k}"`).join(', ')}.`, {
			status: 400
		});
		this.id = id;
	}
}

interface DatasetEntry extends OpenedDataset {
	id: string;
	folder: string;
}

let registry: Map<string, DatasetEntry> | undefined;
const loading = new Map<string, Promise<KnowledgeGraph>>();
/** Datasets whose load has finished. */
const loadedGraphs = new Set<string>();

/**
 * Finds the datasets under the data folder: each subfolder with a dataset.yaml (YAML files) or a
 * manifest.json (tables); a folder with data files but neither is refused (datasetFolderKind).
 * Table files are checked against their checksums now; they are parsed and validated when first
 * used, or at startup if their content is not recorded as valid.
 */
async function discover(root: string): Promise<Map<string, DatasetEntry>> {
	const found = new Map<string, DatasetEntry>();
	const entries = await readdir(root, { withFileTypes: true });
	for (const entry of entries
		.filter((e) => e.isDirectory())
		.sort((a, b) => a.name.localeCompare(b.name))) {
		const folder = join(root, entry.name);
		const opened = openDatasetFolder(folder);
		if (opened) found.set(entry.name, { ...opened, id: entry.name, folder });
	}
	return found;
}

/**
 * Finds the datasets and loads the default one, every YAML dataset (small) and every table
 * dataset not recorded as valid, throwing (with every problem named) if any is invalid; the
 * others were checked against their checksums by `discover`. The server calls this once at
 * startup and refuses to start if it throws, so it never serves a dataset with a damaged file.
 */
export async function initDatasets(): Promise<void> {
	const root = dataRoot();
	if (!existsSync(root)) throw new Error(`The data folder ${root} does not exist.`);
	registry = await discover(root);
	if (!registry.has(DEFAULT_DATASET)) {
		throw new Error(`The data folder ${root} has no "${DEFAULT_DATASET}" dataset.`);
	}
	await getGraph(DEFAULT_DATASET);
	for (const entry of registry.values()) {
		if (entry.validateAtStartup) await getGraph(entry.id);
	}
}

/** The ids of the datasets this server has. */
export function datasetIds(): string[] {
	return [...(registry?.keys() ?? [])];
}

/** Every dataset with its size; a table dataset not yet loaded is described from its manifest. */
export async function listDatasets(): Promise<DatasetListing[]> {
	const entries = [...(registry?.values() ?? [])];
	return Promise.all(
		entries.map(async (entry) => {
			const loaded = loadedGraphs.has(entry.id);
			if (!loaded && entry.listing) {
				return { id: entry.id, default: entry.id === DEFAULT_DATASET, loaded, ...entry.listing };
			}
			const graph = await getGraph(entry.id);
			let roles = 0;
			graph.forEachNode((_id, { category }) => {
				if (category === 'role') roles++;
			});
			return {
				id: entry.id,
				title: graph.getAttribute('title'),
				description: graph.getAttribute('description'),
				credit: graph.getAttribute('credit'),
				default: entry.id === DEFAULT_DATASET,
				loaded: true,
				roles,
				nodes: graph.order,
				edges: graph.size
			};
		})
	);
}

/** How many nodes and edges a dataset has (from its manifest when it is not loaded yet). */
export async function datasetSize(id: string): Promise<number> {
	if (!registry) throw new Error('Datasets are not initialised; call initDatasets() first.');
	const entry = registry.get(id);
	if (!entry) throw new UnknownDatasetError(id, datasetIds());
	if (entry.listing && !loadedGraphs.has(id)) return entry.listing.nodes + entry.listing.edges;
	const graph = await getGraph(id);
	return graph.order + graph.size;
}

/** Precomputed layouts of a dataset (for drawing its graph whole, or a family of it), or undefined. */
export function getPositions(id: string): Promise<Layouts> | undefined {
	if (!registry) throw new Error('Datasets are not initialised; call initDatasets() first.');
	const entry = registry.get(id);
	if (!entry) throw new UnknownDatasetError(id, datasetIds());
	return entry.positions?.();
}

/** The graph of a dataset, loaded on first use and then cached. */
export function getGraph(id: string = DEFAULT_DATASET): Promise<KnowledgeGraph> {
	if (!registry) throw new Error('Datasets are not initialised; call initDatasets() first.');
	const entry = registry.get(id);
	if (!entry) throw new UnknownDatasetError(id, datasetIds());
	let graph = loading.get(id);
	if (!graph) {
		graph = entry.load();
		loading.set(id, graph);
		graph.then(
			(loaded) => {
				loadedGraphs.add(id);
				// Build the search index in the background, in slices, while the first page renders.
				void prepareSearchAsync(loaded);
				prepareSimilarityInBackground(loaded);
			},
			// A failed load is not cached, so a fixed file is picked up on the next request.
			() => loading.delete(id)
		);
	}
	return graph;
}
