/** rolegraph's readers for Node (the command line, the server, tests). */
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { createReaders } from './read-core';

export const { readSerialised, readGraph, importFile } = createReaders({
	gexf: parseGexf,
	graphml: parseGraphml
});
export {
	FormatError,
	GraphValidationError,
	MAX_IMPORT_BYTES,
	type ImportedGraph
} from './read-core';
export { CsvError } from './csv';
