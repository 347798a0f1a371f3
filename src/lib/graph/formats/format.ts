import type { CompareOptions } from '../compare';
import type { ValidationIssue } from '../errors';
import type { KnowledgeGraph } from '../types';
import type { Locator } from '../validate';
import type { ImportInput } from './input';
import type { TableMapping } from './mapping';

/**
 * How sure a format is, from a file's content, that the file is its own: 0 not at all, 1 the
 * content is of its family (XML, JSON, plain text), 2 the content says so (`<gexf`). A file's
 * extension breaks ties (see registry.ts).
 */
export type Confidence = 0 | 1 | 2;

/** What a reader makes of a file: the graph in graphology's serialisation, not yet validated. */
export interface Reading {
	/** Attributes other tools leave out are filled in after (other-tools.ts), then it is validated. */
	graph: unknown;
	/** What the reader left out or filled in, said plainly. */
	notices: string[];
	/** Names elements by where they are in the file (a line); by default by index. */
	locator?: Locator;
	/** Problems the reader found itself, reported with the schema's in one list. */
	problems?: ValidationIssue[];
	/** The file's links have no direction (GraphML `edgedefault="undirected"`, GEXF, GML, d3). */
	undirected?: boolean;
	/** How a table was read (a matrix, two columns…), said first in the import message. */
	readAs?: string;
	/** A table's shape (its header), to remember the mapping it was read with. */
	shape?: string;
}

/** What a reader may be given: a table's mapping. */
export interface ReadContext {
	/** How to read a table whose shape rolegraph does not recognise (or to read one differently). */
	mapping?: TableMapping;
}

/** Node positions, for formats that keep them (a drawing's, or a precomputed layout's). */
export type Positions = Map<string, { x: number; y: number }>;

/** What a writer may be given besides the graph. */
export interface WriteOptions {
	/** The credit a source's licence asks for (O*NET's CC BY), for formats that carry it in the file. */
	credit?: string;
	/** Where each node is drawn, for formats that keep positions (.cyjs). */
	positions?: Positions;
}

/** A comparison to write as a table (formats whose files are a comparison, not a graph). */
export interface ComparisonSpec {
	a: string;
	b: string;
	/** Every role compared, when there are more than two (a and b are the first two). */
	roles?: readonly string[];
	options?: CompareOptions;
	/** The credit a source's licence asks for (O*NET's CC BY), written into the file. */
	credit?: string;
}

/**
 * A file format rolegraph reads, writes, or both: one module per format (formats/<id>.ts), listed
 * once in registry.ts. Everything else — the export menu, the export API's check, the file
 * input's `accept`, the import's help text and detection — is derived from that list.
 *
 * Keep a format module light: the header and the export menu load every format's description on
 * every page, so heavy libraries (parsers, writers) are imported inside `read` and `write`.
 */
export interface FileFormat<Id extends string = string> {
	/** The id in URLs (`/api/export/{id}`) and in stored datasets. */
	id: Id;
	/** What the export menu and the import's help call it: "GEXF (Gephi)". */
	label: string;
	/** A short name for lists: "GEXF". */
	name: string;
	/** File extensions without the dot; the first is the one rolegraph writes. */
	extensions: readonly [string, ...string[]];
	/** The media type of files rolegraph writes. */
	mime: string;
	/** How sure this format is that a file is its own, from its content (see Confidence). */
	detect?(file: ImportInput): Confidence;
	/** Reads a file; throws FormatError (or CsvError) naming what is wrong and where. */
	read?(file: ImportInput, context: ReadContext): Promise<Reading>;
	/**
	 * False for formats that hold nodes and links but not the graph's own attributes beyond its
	 * source ids and credit (a table): round trips compare the rest.
	 */
	keepsGraphAttributes?: false;
	/** Writes a graph (a view of one, or all of it). */
	writeGraph?(graph: KnowledgeGraph, options?: WriteOptions): Promise<string>;
	/** Writes a comparison of two roles (a format that is a table of one comparison). */
	writeComparison?(graph: KnowledgeGraph, comparison: ComparisonSpec): Promise<string>;
}

/** Declares a format, keeping its id's literal type (so the registry knows every id). */
export function defineFormat<const Id extends string>(format: FileFormat<Id>): FileFormat<Id> {
	return format;
}
