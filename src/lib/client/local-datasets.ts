import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { SerializedKnowledgeGraph } from '../graph/schema';

/**
 * Graphs imported into this browser: kept in IndexedDB, never sent anywhere. This module is
 * light (the header lists and saves with it on every page); building a stored graph is in
 * local-graph.ts, loaded by the pages that show one.
 */

/** A graph imported into this browser. */
export interface LocalDataset {
	id: string;
	title: string;
	fileName: string;
	format: string;
	importedAt: string;
	nodes: number;
	edges: number;
	graph: SerializedKnowledgeGraph;
}

/** A local dataset without its graph: what lists and menus show. */
export type LocalDatasetSummary = Omit<LocalDataset, 'graph'>;

interface Schema extends DBSchema {
	datasets: { key: string; value: LocalDataset };
}

/** The prefix that tells a local dataset's id from the server's (`local-…`). */
export const LOCAL_PREFIX = 'local-';

let database: Promise<IDBPDatabase<Schema>> | undefined;

/** The IndexedDB store of imported graphs (opened on first use). */
export function db(): Promise<IDBPDatabase<Schema>> {
	if (typeof indexedDB === 'undefined') {
		return Promise.reject(new Error('This browser cannot keep graphs (no IndexedDB).'));
	}
	database ??= openDB<Schema>('rolegraph', 1, {
		upgrade(store) {
			store.createObjectStore('datasets', { keyPath: 'id' });
		}
	});
	return database;
}

const listeners = new Set<() => void>();

/** Calls back whenever local datasets are added or removed; returns the unsubscribe. */
export function onLocalDatasetsChange(listener: () => void): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

function changed(): void {
	for (const listener of listeners) listener();
}

/** Tells this page's listeners that a dataset was kept elsewhere (by the import worker). */
export function localDatasetsChanged(): void {
	changed();
}

/** A local dataset without its graph. */
export function summary({ graph: _graph, ...rest }: LocalDataset): LocalDatasetSummary {
	return rest;
}

/** Every graph imported into this browser, newest first. */
export async function listLocalDatasets(): Promise<LocalDatasetSummary[]> {
	const all = await (await db()).getAll('datasets');
	return all.map(summary).sort((a, b) => b.importedAt.localeCompare(a.importedAt));
}

/** Keeps an imported (validated) graph in this browser; returns its summary. */
export async function saveLocalDataset(
	graph: SerializedKnowledgeGraph,
	fileName: string,
	format: string
): Promise<LocalDatasetSummary> {
	const id = `${LOCAL_PREFIX}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
	const record: LocalDataset = {
		id,
		title: graph.attributes.title,
		fileName,
		format,
		importedAt: new Date().toISOString(),
		nodes: graph.nodes.length,
		edges: graph.edges.length,
		graph
	};
	await (await db()).put('datasets', record);
	changed();
	return summary(record);
}

/**
 * What this browser keeps under an id, whatever state the record is in (a graph that no longer
 * opens must still be nameable, and removable): its title and file name when it has them.
 */
export async function storedDataset(
	id: string
): Promise<{ id: string; title?: string; fileName?: string } | undefined> {
	const record = (await (await db()).get('datasets', id)) as Partial<LocalDataset> | undefined;
	if (!record) return undefined;
	const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
	return { id, title: text(record.title), fileName: text(record.fileName) };
}

/** Removes an imported graph from this browser. */
export async function removeLocalDataset(id: string): Promise<void> {
	await (await db()).delete('datasets', id);
	changed();
}
