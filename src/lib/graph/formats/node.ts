/** rolegraph's readers for Node (the command line, the server, tests): the browser worker's. */
import { createImporter } from './import';

export const { importFile, readSerialised, readGraph } = createImporter();
export { FormatError } from './format-error';
export { GraphValidationError } from '../errors';
export { CsvError } from './csv-edge-list';
export { MAX_IMPORT_BYTES } from './limits';
export type { ImportedGraph } from './import';
