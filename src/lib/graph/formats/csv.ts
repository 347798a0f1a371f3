import { defineFormat } from './format';

/**
 * rolegraph's CSV edge list (see csv-edge-list.ts): read as a graph, written as the table of one
 * comparison. The reader and writer, and Papa Parse with them, load on first use.
 */
export const csv = defineFormat({
	id: 'csv',
	label: 'CSV (spreadsheet)',
	name: 'CSV',
	extensions: ['csv', 'txt'],
	mime: 'text/csv',
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
	async writeComparison(graph, { a, b, roles, options, credit }) {
		if (roles && roles.length > 2) {
			// Several roles: a table with one column per role (csv-role-matrix.ts).
			const { roleMatrixCsv } = await import('./csv-role-matrix');
			return roleMatrixCsv(graph, roles, options, credit);
		}
		const { comparisonCsv } = await import('./csv-edge-list');
		return comparisonCsv(graph, a, b, options, credit);
	}
});
