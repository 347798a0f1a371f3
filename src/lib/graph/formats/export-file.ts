import { InvalidQueryError } from '../errors';
import type { KnowledgeGraph } from '../types';
import { viewGraph, viewTitle, type ViewSpec } from '../view-graph';
import { fileSlug } from './encoding';
import { formatById, type ExportFormat } from './registry';

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

/** The credit the graph's sources ask for (O*NET's CC BY), for formats that carry it in the file. */
function creditOf(graph: KnowledgeGraph): string | undefined {
	const credits = graph
		.getAttribute('sources')
		.flatMap((source) => (source.credit ? [source.credit] : []));
	return credits.join(' ') || undefined;
}

/**
 * A view of a graph written as a file in one of the export formats. A format that writes graphs
 * takes any view; one that writes the table of a comparison (CSV) needs a comparison view.
 */
export async function exportFile(
	graph: KnowledgeGraph,
	id: ExportFormat,
	spec: ViewSpec
): Promise<ExportedFile> {
	const format = formatById(id);
	const filename = `${viewFileBase(graph, spec)}.${format.extensions[0]}`;
	const file = (text: string) => ({ text, filename, mime: format.mime });
	if (format.writeGraph) return file(await format.writeGraph(viewGraph(graph, spec)));
	if (!format.writeComparison) {
		throw new InvalidQueryError('format', `rolegraph does not write ${format.label}.`);
	}
	if (spec.kind === 'compareMany') {
		const [a = '', b = ''] = spec.roles;
		const { roles, options } = spec;
		return file(
			await format.writeComparison(graph, { a, b, roles, options, credit: creditOf(graph) })
		);
	}
	if (spec.kind !== 'compare') {
		throw new InvalidQueryError(
			'view',
			`${format.name} export is the comparison table: use view=compare with a and b, or with role=… for several roles.`
		);
	}
	const { a, b, options } = spec;
	return file(await format.writeComparison(graph, { a, b, options, credit: creditOf(graph) }));
}
