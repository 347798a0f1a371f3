/** The data formats rolegraph exports, with the type and extension each file gets. */
export const EXPORT_FORMATS = {
	json: { label: 'graphology JSON', extension: 'json', mime: 'application/json' },
	gexf: { label: 'GEXF (Gephi)', extension: 'gexf', mime: 'application/gexf+xml' },
	graphml: { label: 'GraphML', extension: 'graphml', mime: 'application/graphml+xml' },
	cyjs: { label: 'Cytoscape desktop (.cyjs)', extension: 'cyjs', mime: 'application/json' },
	csv: { label: 'CSV (spreadsheet)', extension: 'csv', mime: 'text/csv' }
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** Whether a string names an export format. */
export function isExportFormat(value: string): value is ExportFormat {
	return Object.hasOwn(EXPORT_FORMATS, value);
}
