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
	async read(file, { mapping }) {
		const [{ readCsv, CSV_COLUMNS }, { readTable }, { default: Papa }] = await Promise.all([
			import('./csv-edge-list'),
			import('./table'),
			import('papaparse')
		]);
		const text = file.text();
		const rows = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data;
		const header = (rows[0] ?? []).map((name) => name.trim());
		const lower = header.map((name) => name.toLowerCase());
		if (!mapping && CSV_COLUMNS.required.every((column) => lower.includes(column))) {
			// rolegraph's own edge list: read strictly, every problem named by its line.
			const { data, locator, notices, problems } = readCsv(text, file.name);
			return {
				graph: data,
				locator,
				notices,
				problems: problems.map(({ line, message }) => ({ where: `line ${line}`, message }))
			};
		}
		return readTable(header, rows.slice(1), file.name, mapping);
	},
	async writeComparison(graph, { a, b, roles, options, credit }) {
		if (roles && roles.length > 2) {
			// Several roles: a table with one column per role (csv-role-matrix.ts).
			const { roleMatrixCsv } = await import('./csv-role-matrix');
			return roleMatrixCsv(graph, roles, options, credit);
		}
		const { comparisonCsv } = await import('./csv-write');
		return comparisonCsv(graph, a, b, options, credit);
	},
	async writeGraph(graph, options) {
		const { graphCsv } = await import('./csv-write');
		return graphCsv(graph, options?.credit);
	}
});
