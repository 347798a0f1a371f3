import type { KnowledgeGraph } from '../types';
import { comparisonCsv } from './csv';
import { toCyjs } from './cyjs';
import { toGexf } from './gexf';
import { toGraphml } from './graphml';
import type { ExportFormat } from './catalogue';

export { EXPORT_FORMATS, isExportFormat, type ExportFormat } from './catalogue';

/** A graph written in one of the graph formats. */
export function serialise(graph: KnowledgeGraph, format: Exclude<ExportFormat, 'csv'>): string {
	if (format === 'json') return JSON.stringify(graph.export(), null, 2);
	if (format === 'gexf') return toGexf(graph);
	if (format === 'graphml') return toGraphml(graph);
	return JSON.stringify(toCyjs(graph), null, 2);
}

export { comparisonCsv };
