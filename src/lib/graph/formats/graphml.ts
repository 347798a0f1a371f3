import { defineFormat } from './format';

/**
 * GraphML: read in one streaming pass (graphml-reader.ts: plain GraphML, yEd's, rolegraph's own), written
 * valid against the GraphML 1.0 schema with typed keys (graphml-writer.ts).
 */
export const graphml = defineFormat({
	id: 'graphml',
	label: 'GraphML',
	name: 'GraphML',
	extensions: ['graphml', 'xml'],
	mime: 'application/graphml+xml',
	detect(file) {
		const head = file.head();
		if (!head.startsWith('<')) return 0;
		return /<graphml[\s>]/.test(head) ? 2 : 1;
	},
	async read(file) {
		const { readGraphml } = await import('./graphml-reader');
		return readGraphml(file.text());
	},
	async writeGraph(graph) {
		const { toGraphml } = await import('./graphml-writer');
		return toGraphml(graph);
	}
});
