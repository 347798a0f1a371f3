import { csv } from './csv';
import { cyjs } from './cyjs';
import { d3 } from './d3';
import type { FileFormat } from './format';
import { gexf } from './gexf';
import { gml } from './gml';
import { graphml } from './graphml';
import type { ImportInput } from './input';
import { json } from './json';
import { xlsx } from './xlsx';

/**
 * Every file format rolegraph knows, in the order menus list them (and detection breaks ties).
 * A new format is one module (formats/<id>.ts, see format.ts) added here; the export menu, the
 * export API's check, the file input's `accept`, the import's help text and detection follow,
 * and formats.spec.ts fails until the new format has its round-trip and reader tests.
 */
export const FORMATS = [json, gexf, graphml, cyjs, csv, xlsx, d3, gml] as const;

/** The id of a format rolegraph knows. */
export type FormatId = (typeof FORMATS)[number]['id'];

/** The id an export names (isExportFormat checks, at the door, that its format has a writer). */
export type ExportFormat = FormatId;

/** The format with this id. */
export function formatById(id: FormatId): FileFormat<FormatId> {
	return FORMATS.find((format) => format.id === id)!;
}

/** Whether a string names a format rolegraph writes (the export API's check). */
export function isExportFormat(value: string): value is ExportFormat {
	return EXPORT_FORMATS.some((format) => format.id === value);
}

/** Formats that write a whole graph or any view of it. */
export const GRAPH_EXPORT_FORMATS: readonly FileFormat<FormatId>[] = FORMATS.filter(
	(format) => format.writeGraph !== undefined
);

/** Formats that write the table of one comparison. */
export const COMPARISON_EXPORT_FORMATS: readonly FileFormat<FormatId>[] = FORMATS.filter(
	(format) => format.writeComparison !== undefined
);

/** Every format rolegraph writes. */
export const EXPORT_FORMATS: readonly FileFormat<FormatId>[] = FORMATS.filter(
	(format) => format.writeGraph !== undefined || format.writeComparison !== undefined
);

/** Every format rolegraph reads. */
export const IMPORT_FORMATS: readonly FileFormat<FormatId>[] = FORMATS.filter(
	(format) => format.read !== undefined
);

/** The file input's `accept`: every extension a readable format has (".json,.gexf,.xml,…"). */
export const IMPORT_ACCEPT = [
	...new Set(IMPORT_FORMATS.flatMap((format) => format.extensions.map((e) => `.${e}`)))
].join(',');

/** "A, B or C" (or "and"). */
function listed(names: readonly string[], last: 'or' | 'and'): string {
	return names.length < 2
		? (names[0] ?? '')
		: `${names.slice(0, -1).join(', ')} ${last} ${names.at(-1)}`;
}

/** The short names of the readable formats, for messages: "JSON, GEXF, GraphML, .cyjs or CSV". */
export function importNames(last: 'or' | 'and' = 'or'): string {
	return listed(
		IMPORT_FORMATS.map((format) => format.name),
		last
	);
}

/** The readable formats by label, for the import's help: "graphology JSON, GEXF (Gephi), … and CSV (spreadsheet)". */
export function importLabels(): string {
	return listed(
		IMPORT_FORMATS.map((format) => format.label),
		'and'
	);
}

/**
 * The format a file is in, from its content first and its name second: each readable format
 * says how sure it is from the content (0, 1 or 2); the surest wins, a matching extension breaks
 * a tie, then the order of FORMATS. Undefined when no format claims the file.
 */
export function detectFormat(file: ImportInput): FileFormat<FormatId> | undefined {
	let best: { format: FileFormat<FormatId>; score: number } | undefined;
	for (const format of IMPORT_FORMATS) {
		const confidence = format.detect?.(file) ?? 0;
		if (confidence === 0) continue;
		const score = confidence * 2 + (format.extensions.includes(file.extension) ? 1 : 0);
		if (!best || score > best.score) best = { format, score };
	}
	return best?.format;
}
