import { InvalidQueryError } from '../errors';
import type { KnowledgeGraph } from '../types';
import { viewGraph, viewTitle, type ViewSpec } from '../view-graph';
import { creditOf } from './credit';
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

/**
 * A view of a graph written as a file in one of the export formats. A comparison is written as
 * its table where the format has one (CSV); any other view, or a format without one, as a graph.
 */
export async function exportFile(
	graph: KnowledgeGraph,
	id: ExportFormat,
	spec: ViewSpec
): Promise<ExportedFile> {
	const format = formatById(id);
	const filename = `${viewFileBase(graph, spec)}.${format.extensions[0]}`;
	const file = (text: string) => ({ text, filename, mime: format.mime });
	const credit = creditOf(graph);
	if (spec.kind === 'compare' && format.writeComparison) {
		const { a, b, options } = spec;
		return file(await format.writeComparison(graph, { a, b, options, credit }));
	}
	if (spec.kind === 'compareMany' && format.writeComparison) {
		// Several roles: the format's table of them (CSV: a column per role).
		const [a = '', b = ''] = spec.roles;
		const { roles, options } = spec;
		return file(await format.writeComparison(graph, { a, b, roles, options, credit }));
	}
	if (!format.writeGraph) {
		throw new InvalidQueryError(
			'view',
			`${format.name} export is the comparison table: use view=compare with a and b, or with role=… for several roles.`
		);
	}
	return file(await format.writeGraph(viewGraph(graph, spec), { credit }));
}
