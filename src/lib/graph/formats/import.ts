import { fromValidated } from '../build';
import { GraphValidationError, type ValidationIssue } from '../errors';
import type { SerializedKnowledgeGraph } from '../schema';
import { CATEGORIES, type Category, type KnowledgeGraph } from '../types';
import { validateSerializedGraph } from '../validate';
import { fillDefaults } from './defaults';
import type { ReadContext, Reading } from './format';
import { FormatError } from './format-error';
import { ImportInput } from './input';
import { sizeProblem } from './limits';
import { applyGraphMapping, needsMapping, shapeKey, type ImportMapping } from './mapping';
import { MappingNeededError } from './mapping-needed';
import { profileGraph, type GraphProfile } from './profile';
import { summariseIssues, type FileFields } from './problems';
import { detectFormat, formatById, importNames, type FormatId } from './registry';

/** What importing a file gave: the graph (validated), the format it was read as, and notes. */
export interface ImportedGraph {
	graph: SerializedKnowledgeGraph;
	format: FormatId;
	/** What was left out, filled in, decoded or chosen, said plainly; empty when read as it is. */
	notices: string[];
	/** The shape of the file, for remembering the mapping used (when one was). */
	shape?: string;
}

/** A step of an import, for the progress a person sees. */
export interface ImportProgress {
	step: 'decoding' | 'reading' | 'mapping' | 'checking';
	/** What is being done, in words: "Reading GEXF…", "Checking 4,941 nodes and 33,000 links…". */
	says: string;
}

/** What an import may be given besides the file. */
export interface ImportOptions {
	/** How the file's fields map onto rolegraph's (the mapping step's answer). */
	mapping?: ImportMapping;
	/** Called at each step. */
	onProgress?: (progress: ImportProgress) => void;
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

/** A file's problems, with what the file holds, so the import can offer the mapping step. */
export class ImportValidationError extends GraphValidationError {
	readonly profile?: GraphProfile;
	readonly shape?: string;
	constructor(issues: ValidationIssue[], profile?: GraphProfile) {
		super(issues);
		this.profile = profile;
		this.shape = profile ? shapeKey(profile) : undefined;
	}
}

/**
 * Validates what a reader made; its own problems and the schema's come as one list, in file
 * order, one line per kind of problem (problems.ts).
 */
function validated(
	reading: Reading,
	data: unknown,
	fields?: FileFields,
	profile?: GraphProfile
): SerializedKnowledgeGraph {
	const issues = [...(reading.problems ?? [])];
	try {
		const graph = validateSerializedGraph(data, reading.locator);
		if (issues.length === 0) return graph;
	} catch (error) {
		if (!(error instanceof GraphValidationError)) throw error;
		issues.push(...error.issues);
	}
	throw new ImportValidationError(
		summariseIssues(
			issues.sort((a, b) => lineOf(a) - lineOf(b)),
			fields
		),
		profile
	);
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

const isCategory = (value: unknown): value is Category => CATEGORIES.includes(value as Category);

/** The node attributes of a graph file, commonest first (for messages about what it has). */
function fieldsOf(profile: GraphProfile): FileFields {
	return {
		nodeAttributes: [...profile.nodeFields].sort((a, b) => b.count - a.count).map((f) => f.name)
	};
}

/** The message for a file that needs the mapping step, one line per kind of problem. */
function mappingMessage(name: string, profile: GraphProfile): string {
	const missing = profile.nodes - profile.categorised;
	const attributes = fieldsOf(profile).nodeAttributes.filter((n) => n !== 'category');
	const what =
		missing === 1 && profile.nodes === 1
			? 'its one node has'
			: `${missing.toLocaleString('en')} nodes of ${profile.nodes.toLocaleString('en')} have`;
	return `${name} has no rolegraph categories: ${what} no category; their attributes are ${attributes.join(', ') || 'none'}. Map the file's fields to import it: say which attribute is the label, which gives the category, which nodes are roles (in the import's mapping step, or with --label, --category-from/--categories or --category, --roles on the command line).`;
}

/**
 * rolegraph's import: the same code in the browser's import worker and on the command line, so
 * both give the same verdict on every file.
 */
export function createImporter(context: ReadContext = {}) {
	/**
	 * Reads a file a person brings: decoded (decode.ts), its format detected (registry.ts), read,
	 * mapped (the mapping step's answer, when given), with what other tools leave out filled in
	 * and what rolegraph does not use left out, each said in a notice; then the same validation as
	 * graph/. Throws FormatError, CsvError, MappingNeededError (a file without rolegraph's fields:
	 * with what it holds, for the mapping step) or ImportValidationError, each naming the line or
	 * element, one message per kind of problem.
	 */
	async function importFile(
		name: string,
		content: FileContent,
		options: ImportOptions = {}
	): Promise<ImportedGraph> {
		const say = (step: ImportProgress['step'], says: string) =>
			options.onProgress?.({ step, says });
		const bytes = asBytes(content);
		const tooBig = sizeProblem(name, bytes.length);
		if (tooBig) throw new FormatError(tooBig, 'too-big');
		say('decoding', `Reading ${name}…`);
		const file = new ImportInput(name, bytes);
		if (bytes.length === 0 || (file.isText && file.text().trim() === '')) {
			throw new FormatError(`${name} is empty.`, 'empty');
		}
		const format = detectFormat(file);
		if (!format?.read) throw unreadable(file);
		say('reading', `Reading ${name} as ${format.name}…`);
		const mapping = options.mapping;
		const reading = await format.read(file, {
			...context,
			...(mapping?.kind === 'table' ? { mapping } : {})
		});
		const notices = [
			...file.notices,
			...(reading.readAs ? [reading.readAs] : []),
			...reading.notices
		];
		let raw = reading.graph;
		const profile = profileGraph(raw, reading.undirected === true, isCategory);
		if (mapping?.kind === 'graph') {
			say('mapping', `Mapping ${profile.nodes.toLocaleString('en')} nodes…`);
			const mapped = applyGraphMapping(raw, mapping);
			raw = mapped.graph;
			notices.push(...mapped.notices);
		} else if (!reading.readAs && needsMapping(raw) && profile.categorised === 0) {
			// Not one node has a rolegraph category: a file from another tool, not rolegraph data
			// with a mistake in it (which validation names, line by line).
			throw new MappingNeededError(mappingMessage(name, profile), profile);
		}
		say(
			'checking',
			`Checking ${profile.nodes.toLocaleString('en')} nodes and ${profile.edges.toLocaleString('en')} links…`
		);
		const data = fillDefaults(raw, name, notices);
		return {
			graph: validated(reading, data, fieldsOf(profile), profile),
			format: format.id,
			notices,
			...(mapping ? { shape: mapping.kind === 'graph' ? shapeKey(profile) : reading.shape } : {})
		};
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
