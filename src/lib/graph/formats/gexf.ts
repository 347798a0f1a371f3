import write from 'graphology-gexf/common/writer.js';
import type { KnowledgeGraph } from '../types';
import { encodeGraphAttributes } from './encoding';

/**
 * The graph as GEXF 1.3 (Gephi's format), via graphology-gexf. Lists use GEXF's own list
 * syntax; graph-level lists go in <meta> as JSON text (GEXF has no richer place for them).
 */
export function toGexf(graph: KnowledgeGraph): string {
	const copy = graph.copy();
	copy.replaceAttributes(encodeGraphAttributes(graph.getAttributes()) as never);
	return write(copy, { version: '1.3', pretty: true });
}
