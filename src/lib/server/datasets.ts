import { RolegraphError } from '../graph/errors';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fromValidated } from '../graph/build';
import { prepareComparisons } from '../graph/compare';
import { assembleDataFiles } from '../graph/data-files';
import { readTables } from '../graph/table-dataset';
import { prepareSearchAsync } from '../graph/search';
import { prepareSimilarityInBackground } from '../graph/similarity-index';
import type { KnowledgeGraph } from '../graph/types';
import { dataRoot, displayPath, readYamlFiles } from './data-folder';
import {
	DataIntegrityError,
	POSITIONS_FILE,
	readPositions,
	readTableFiles,
	type Layouts,
	type Manifest
} from './table-folder';
import { recordedAsValid } from './validated-tables';
import { datasetFolderKind, readTableSummary, type TableSummary } from './folder-kind';

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

interface DatasetEntry {
	id: string;
	folder: string;
	/** For table datasets: what the manifest says they hold (known before loading). */
	manifest?: Manifest;
	/** For table datasets: the graph attributes from dataset.json (known before loading). */
	summary?: TableSummary;
	/** Precomputed positions for /explore, if the dataset has them. */
	positions?: () => Promise<Layouts>;
	load: () => Promise<KnowledgeGraph>;
}

let registry: Map<string, DatasetEntry> | undefined;
const loading = new Map<string, Promise<KnowledgeGraph>>();
/** Datasets whose load has finished. */
const loadedGraphs = new Set<string>();

/** Loads a folder of YAML files (dataset.yaml, sources.yaml, nodes/, edges/) into a graph. */
export async function loadYamlDataset(folder: string): Promise<KnowledgeGraph> {
	return fromValidated(assembleDataFiles(await readYamlFiles(folder)));
}

/**
 * Loads a table dataset folder (manifest.json, dataset.json, nodes-*.tsv, edges-*.tsv) whose
 * files match their checksums (verifyTableFolder) into a graph. Data recorded as valid under
 * the current schema (validated-tables.ts) needs only the cheap reference checks; any other is
 * validated in full — schema, references, positions, and the counts its manifest claims — as
 * it is when `full` asks for it (npm run graph:validate).
 */
export async function loadTableDataset(
	folder: string,
	manifest: Manifest,
	{ full = false }: { full?: boolean } = {}
): Promise<KnowledgeGraph> {
	const files = await readTableFiles(folder, manifest);
	const schemaChecked = !full && recordedAsValid(manifest);
	const graph = fromValidated(readTables(files, `${displayPath(folder)}/`, { schemaChecked }));
	checkCounts(graph, manifest, folder);
	if (!schemaChecked && manifest.files[POSITIONS_FILE]) await readPositions(folder);
	// Part of being ready: the first comparison should not pay for ranking 24,000 nodes.
	prepareComparisons(graph);
	return graph;
}

/** Refuses a graph whose size differs from what its manifest told the dataset list. */
function checkCounts(graph: KnowledgeGraph, manifest: Manifest, folder: string): void {
	let roles = 0;
	graph.forEachNode((_id, { category }) => {
		if (category === 'role') roles++;
	});
	const actual = { nodes: graph.order, edges: graph.size, roles };
	const wrong = (['nodes', 'edges', 'roles'] as const).filter((k) => actual[k] !== manifest[k]);
	if (wrong.length > 0) {
		throw new DataIntegrityError(
			`${displayPath(join(folder, 'manifest.json'))} claims ${wrong.map((k) => `${manifest[k]} ${k}`).join(', ')}; ` +
				`the data has ${wrong.map((k) => `${actual[k]} ${k}`).join(', ')}.`
		);
	}
}

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
		const kind = datasetFolderKind(folder);
		if (kind?.kind === 'yaml') {
			found.set(entry.name, { id: entry.name, folder, load: () => loadYamlDataset(folder) });
		} else if (kind?.kind === 'tables') {
			const { manifest } = kind;
			found.set(entry.name, {
				id: entry.name,
				folder,
				manifest,
				summary: readTableSummary(folder),
				positions: manifest.files[POSITIONS_FILE] ? once(() => readPositions(folder)) : undefined,
				load: () => loadTableDataset(folder, manifest)
			});
		}
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
		if (!entry.manifest || !recordedAsValid(entry.manifest)) await getGraph(entry.id);
	}
}

/** The ids of the datasets this server has. */
export function datasetIds(): string[] {
	return [...(registry?.keys() ?? [])];
}

/** What a dataset is, without loading it when it is not loaded yet. */
export interface DatasetListing {
	id: string;
	title: string;
	description: string;
	credit?: string;
	default: boolean;
	loaded: boolean;
	roles: number;
	nodes: number;
	edges: number;
}

/** Every dataset with its size; a table dataset not yet loaded is described from its manifest. */
export async function listDatasets(): Promise<DatasetListing[]> {
	const entries = [...(registry?.values() ?? [])];
	return Promise.all(
		entries.map(async (entry) => {
			const loaded = loadedGraphs.has(entry.id);
			if (!loaded && entry.manifest) {
				const attributes = entry.summary!;
				return {
					id: entry.id,
					title: attributes.title,
					description: attributes.description,
					credit: attributes.credit,
					default: entry.id === DEFAULT_DATASET,
					loaded,
					roles: entry.manifest.roles,
					nodes: entry.manifest.nodes,
					edges: entry.manifest.edges
				};
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
	if (entry.manifest && !loadedGraphs.has(id)) return entry.manifest.nodes + entry.manifest.edges;
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

function once<T>(make: () => Promise<T>): () => Promise<T> {
	let value: Promise<T> | undefined;
	return () => (value ??= make());
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
