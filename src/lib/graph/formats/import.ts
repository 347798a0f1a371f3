import { fromValidated } from '../build';
import { GraphValidationError, type ValidationIssue } from '../errors';
import type { SerializedKnowledgeGraph } from '../schema';
import type { KnowledgeGraph } from '../types';
import { validateSerializedGraph } from '../validate';
import { fillDefaults } from './defaults';
import type { ReadContext, Reading } from './format';
import { FormatError } from './format-error';
import { ImportInput } from './input';
import { sizeProblem } from './limits';
import { detectFormat, formatById, importNames, type FormatId } from './registry';

/** What importing a file gave: the graph (validated), the format it was read as, and notes. */
export interface ImportedGraph {
	graph: SerializedKnowledgeGraph;
	format: FormatId;
	/** What was left out, filled in or decoded, said plainly; empty when read as it is. */
	notices: string[];
}

/** A file's content: its bytes, or text (taken as UTF-8, for tests and callers holding a string). */
export type FileContent = Uint8Array | string;

function asBytes(content: FileContent): Uint8Array {
	return typeof content === 'string' ? new TextEncoder().encode(content) : content;
}

/** The line an issue is at (0 when it names none), to keep a file's problems in its order. */
function lineOf(issue: ValidationIssue): number {
	return Number(/^line (\d+)/.exec(issue.where)?.[1] ?? 0);
}

/** Validates what a reader made; its own problems and the schema's come as one list, in file order. */
function validated(reading: Reading, data: unknown): SerializedKnowledgeGraph {
	const problems = reading.problems ?? [];
	if (problems.length === 0) return validateSerializedGraph(data, reading.locator);
	const issues = [...problems];
	try {
		validateSerializedGraph(data, reading.locator);
	} catch (error) {
		if (!(error instanceof GraphValidationError)) throw error;
		issues.push(...error.issues);
	}
	throw new GraphValidationError(issues.sort((a, b) => lineOf(a) - lineOf(b)));
}

/** Why no format claims a file: it is not text (said with the formats rolegraph reads), or it is none of them. */
function unreadable(file: ImportInput): FormatError {
	try {
		file.text();
	} catch (error) {
		if (!(error instanceof FormatError) || error.problem !== 'binary') throw error;
		return new FormatError(`${error.message} It imports ${importNames('and')}.`, 'binary');
	}
	return new FormatError(`${file.name} is in no format rolegraph reads (${importNames()}).`);
}

/**
 * rolegraph's import, built for a platform (browser.ts and node.ts each give the XML parser they
 * have; everything else is this code, so both give the same verdict on every file).
 */
export function createImporter(context: ReadContext) {
	/**
	 * Reads a file a person brings: decoded (decode.ts), its format detected (registry.ts), read,
	 * with what other tools leave out filled in and what rolegraph does not use left out, each
	 * said in a notice; then the same validation as graph/. Throws FormatError, CsvError or
	 * GraphValidationError, each naming the line or element.
	 */
	async function importFile(name: string, content: FileContent): Promise<ImportedGraph> {
		const bytes = asBytes(content);
		const tooBig = sizeProblem(name, bytes.length);
		if (tooBig) throw new FormatError(tooBig, 'too-big');
		const file = new ImportInput(name, bytes);
		if (bytes.length === 0 || (file.isText && file.text().trim() === '')) {
			throw new FormatError(`${name} is empty.`, 'empty');
		}
		const format = detectFormat(file);
		if (!format?.read) throw unreadable(file);
		const reading = await format.read(file, context);
		const notices = [...file.notices, ...reading.notices];
		const data = fillDefaults(reading.graph, name, notices);
		return { graph: validated(reading, data), format: format.id, notices };
	}

	/** Reads text in one format, as it is (nothing filled in), validated; for tests and tools. */
	async function readSerialised(
		content: FileContent,
		id: FormatId
	): Promise<SerializedKnowledgeGraph> {
		const format = formatById(id);
		if (!format.read) throw new FormatError(`rolegraph does not read ${format.label}.`);
		const reading = await format.read(
			new ImportInput(`file.${format.extensions[0]}`, asBytes(content)),
			context
		);
		return validated(reading, reading.graph);
	}

	/** Reads text in one format into a graph; throws FormatError or GraphValidationError. */
	async function readGraph(content: FileContent, id: FormatId): Promise<KnowledgeGraph> {
		return fromValidated(await readSerialised(content, id));
	}

	return { importFile, readSerialised, readGraph };
}
