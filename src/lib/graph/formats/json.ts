import { defineFormat } from './format';

/** graphology's own serialisation: the shape graph/ is validated against. */
export const json = defineFormat({
	id: 'json',
	label: 'graphology JSON',
	name: 'JSON',
	extensions: ['json'],
	mime: 'application/json',
	detect: (file) => (/^[[{]/.test(file.head()) ? 1 : 0),
	async read(file) {
		return { graph: file.json(), notices: [] };
	},
	async writeGraph(graph) {
		return JSON.stringify(graph.export(), null, 2);
	}
});
