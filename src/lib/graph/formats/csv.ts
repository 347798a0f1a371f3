import { defineFormat } from './format';

/**
 * Tables: rolegraph's CSV edge list (csv-edge-list.ts; written for a comparison or a whole graph
 * by csv-write.ts), and the spreadsheets people keep — a role-by-skill matrix, two columns, lists
 * in a cell — recognised by their shape (table.ts). The readers, and Papa Parse with them, load
 * on first use.
 */
export const csv = defineFormat({
	id: 'csv',
	label: 'CSV (spreadsheet)',
	name: 'CSV',
	extensions: ['csv', 'txt'],
	mime: 'text/csv',
	keepsGraphAttributes: false,
	// Any text that is not XML or JSON: a table is the last guess.
	detect: (file) => (file.isText && !/^[<[{]/.test(file.head()) ? 1 : 0),
	async read(file) {
		const { readCsv } = await import('./csv-edge-list');
		const { data, locator, notices, problems } = readCsv(file.text(), file.name);
		return {
			graph: data,
			locator,
			notices,
			problems: problems.map(({ line, message }) => ({ where: `line ${line}`, message }))
		};
	},
	async writeComparison(graph, { a, b, options, credit }) {
		const { comparisonCsv } = await import('./csv-write');
		return comparisonCsv(graph, a, b, options, credit);
	},
	async writeGraph(graph, options) {
		const { graphCsv } = await import('./csv-write');
		return graphCsv(graph, options?.credit);
	}
});
