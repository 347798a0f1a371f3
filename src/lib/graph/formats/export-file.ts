import { InvalidQueryError } from '../errors';
import type { KnowledgeGraph } from '../types';
import { viewGraph, viewTitle, type ViewSpec } from '../views';
import { fileSlug } from './encoding';
import { comparisonCsv, EXPORT_FORMATS, serialise, type ExportFormat } from './index';

/** A file ready to save: its text, its name and its media type. */
export interface ExportedFile {
	text: string;
	filename: string;
	mime: string;
}

/** The base of a view's file name: "backend-engineer-vs-backend-developer", "nginx", "…-whole-graph". */
export function viewFileBase(graph: KnowledgeGraph, spec: ViewSpec): string {
	const base = fileSlug(viewTitle(graph, spec));
	return spec.kind === 'whole' ? `${base}-whole-graph` : base;
}

/**
 * A view of a graph written as a file in one of the export formats. CSV is the comparison
 * table, so it needs a comparison view; the graph formats take any view.
 */
export function exportFile(
	graph: KnowledgeGraph,
	format: ExportFormat,
	spec: ViewSpec
): ExportedFile {
	const { extension, mime } = EXPORT_FORMATS[format];
	const filename = `${viewFileBase(graph, spec)}.${extension}`;
	if (format === 'csv') {
		if (spec.kind !== 'compare') {
			throw new InvalidQueryError(
				'view',
				'CSV export is the comparison table: use view=compare with a and b.'
			);
		}
		// A source whose licence asks for credit (O*NET's CC BY) gets it in the file too.
		const credits = graph
			.getAttribute('sources')
			.flatMap((source) => (source.credit ? [source.credit] : []));
		const credit = credits.join(' ') || undefined;
		return { text: comparisonCsv(graph, spec.a, spec.b, spec.options, credit), filename, mime };
	}
	return { text: serialise(viewGraph(graph, spec), format), filename, mime };
}
