import type { KnowledgeGraph } from '../types';
import { encodeGraphAttributes } from './encoding';
import { defineFormat } from './format';

/**
 * GEXF 1.3 (Gephi's format), read and written with graphology-gexf. Lists use GEXF's own list
 * syntax; graph-level lists go in <meta> as JSON text (GEXF has no richer place for them).
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
	async read(file, { xml }) {
		const [{ readXmlGraph }, { default: createParser }] = await Promise.all([
			import('./xml'),
			import('graphology-gexf/common/parser.js')
		]);
		return readXmlGraph(file.text(), 'GEXF', xml, createParser);
	},
	async writeGraph(graph: KnowledgeGraph) {
		const { default: write } = await import('graphology-gexf/common/writer.js');
		const copy = graph.copy();
		copy.replaceAttributes(encodeGraphAttributes(graph.getAttributes()) as never);
		return write(copy, { version: '1.3', pretty: true });
	}
});
