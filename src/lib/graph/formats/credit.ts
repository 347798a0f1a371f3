import type { KnowledgeGraph } from '../types';

/**
 * The credit the graph's sources ask for (O*NET's CC BY), for formats that carry it in the file;
 * the graph's own credit when its sources name none (a table read back keeps it there).
 */
export function creditOf(graph: KnowledgeGraph): string | undefined {
	const credits = graph
		.getAttribute('sources')
		.flatMap((source) => (source.credit ? [source.credit] : []));
	return credits.join(' ') || graph.getAttribute('credit') || undefined;
}
