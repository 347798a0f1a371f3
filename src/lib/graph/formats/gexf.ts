import { defineFormat } from './format';
import type { Reading } from './format';

/** rolegraph's graph data, from the last line of a GEXF description it wrote (see gexf-writer.ts). */
async function restoreGraphData(reading: Reading): Promise<Reading> {
	const { GRAPH_DATA_MARK } = await import('./gexf-writer');
	const graph = reading.graph as { attributes: Record<string, unknown> };
	const description = graph.attributes.description;
	if (typeof description !== 'string') return reading;
	const at = description.lastIndexOf(GRAPH_DATA_MARK);
	if (at === -1) return reading;
	try {
		const data: unknown = JSON.parse(description.slice(at + GRAPH_DATA_MARK.length));
		if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
			graph.attributes = data as Record<string, unknown>;
		}
	} catch {
		// Not rolegraph's line after all: the description stays as it is.
	}
	return reading;
}

/**
 * GEXF (Gephi's format): read in one streaming pass (gexf-reader.ts), written valid against the
 * GEXF 1.3 schema in the shape Gephi keeps (gexf-writer.ts).
 */
export const gexf = defineFormat({
	id: 'gexf',
	label: 'GEXF (Gephi)',
	name: 'GEXF',
	extensions: ['gexf', 'xml'],
	mime: 'application/gexf+xml',
	detect(file) {
		const head = file.head();
		if (!head.startsWith('<')) return 0;
		return /<gexf[\s>]/.test(head) ? 2 : 1;
	},
	async read(file) {
		const { readGexf } = await import('./gexf-reader');
		return restoreGraphData(readGexf(file.text()));
	},
	async writeGraph(graph) {
		const { toGexf } = await import('./gexf-writer');
		return toGexf(graph);
	}
});
