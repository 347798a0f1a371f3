import { fromValidated } from '../graph/build';
import type { KnowledgeGraph } from '../graph/types';
import { validateSerializedGraph } from '../graph/validate';
import { db, onLocalDatasetsChange, summary, type LocalDatasetSummary } from './local-datasets';

/** Built graphs, so moving around a local dataset does not rebuild it each time. */
const built = new Map<string, { graph: KnowledgeGraph; dataset: LocalDatasetSummary }>();
// A graph removed (or added) in this tab is never served from the cache afterwards.
onLocalDatasetsChange(() => built.clear());

/**
 * A local dataset's graph, built (and validated again: what IndexedDB holds could have been
 * changed outside rolegraph), or undefined if this browser has no such dataset.
 */
export async function localGraph(
	id: string
): Promise<{ graph: KnowledgeGraph; dataset: LocalDatasetSummary } | undefined> {
	const cached = built.get(id);
	if (cached) return cached;
	const record = await (await db()).get('datasets', id);
	if (!record) return undefined;
	const entry = {
		graph: fromValidated(validateSerializedGraph(record.graph)),
		dataset: summary(record)
	};
	built.set(id, entry);
	return entry;
}
