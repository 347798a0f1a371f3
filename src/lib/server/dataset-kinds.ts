/**
 * The kinds of dataset folder the server reads, and how a folder is recognised as one. A kind
 * says how its data is loaded and verified and what is known before loading; what the data
 * means (its extra fields, its families of roles, which categories it rates for every role) is
 * described by the data itself (graph/fields.ts, graph/families.ts), so a new kind needs no
 * change in src/lib/graph. Graphs imported into a browser are the fourth kind, kept there
 * (client/local-datasets.ts); O*NET is a table dataset whose dataset.json describes it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeGraph } from '../graph/types';
import { DataIntegrityError, displayPath } from './data-folder';
import { tableKind, type Layouts, type Manifest } from './table-folder';
import { yamlKind } from './yaml-folder';

/** What the dataset list shows of a dataset. */
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

/** A dataset folder opened by its kind: what is known before loading it, and how to load it. */
export interface OpenedDataset {
	kind: DatasetKind['name'];
	/** What the dataset list shows before the data is loaded (absent: loaded to list it). */
	listing?: Omit<DatasetListing, 'id' | 'default' | 'loaded'>;
	/** For table datasets: what the manifest says they hold (graph:validate records it). */
	manifest?: Manifest;
	/** Whether nothing vouches for the data yet, so the server loads and validates it at startup. */
	validateAtStartup: boolean;
	/** Precomputed layouts for drawing the graph whole (or a family of it), if the kind has them. */
	positions?: () => Promise<Layouts>;
	/** Loads the graph; `full` validates everything whatever vouches for it (graph:validate). */
	load: (options?: { full?: boolean }) => Promise<KnowledgeGraph>;
}

/** A kind of dataset folder. */
export interface DatasetKind {
	name: 'yaml' | 'tables';
	/** How messages name its files: "table files", "YAML files". */
	files: string;
	/** The file whose presence makes a folder of this kind. */
	marker: string;
	/** What to do when the data files are there and the marker is not (ends the message). */
	lostMarker: string;
	/** The data files of this kind in a folder (found without the marker, they are refused). */
	dataFiles: (folder: string) => string[];
	/** Checks what can be checked cheaply (checksums, the description) and says how to load. */
	open: (folder: string) => OpenedDataset;
}

/** Every kind, in the order a folder is tried: a new kind is one module and one entry here. */
export const DATASET_KINDS: readonly DatasetKind[] = [yamlKind, tableKind];

/**
 * Opens a folder of the data folder by its kind; undefined for a folder with no data. A folder
 * holding a kind's data files without its marker is refused rather than skipped: a lost
 * manifest would otherwise drop a dataset without a word.
 */
export function openDatasetFolder(folder: string): OpenedDataset | undefined {
	const kind = DATASET_KINDS.find((candidate) => existsSync(join(folder, candidate.marker)));
	if (kind) return kind.open(folder);
	for (const candidate of DATASET_KINDS) {
		const files = candidate.dataFiles(folder);
		if (files.length === 0) continue;
		const named = `${files.slice(0, 3).join(', ')}${files.length > 3 ? ', …' : ''}`;
		throw new DataIntegrityError(
			`${displayPath(folder)} holds ${candidate.files} (${named}) but no ${candidate.marker}${candidate.lostMarker}`
		);
	}
	return undefined;
}
