/** rolegraph's readers for Node (the command line, the server, tests): XML through @xmldom. */
import { createImporter } from './import';
import { nodeXml } from './xmldom-platform';

export const { importFile, readSerialised, readGraph } = createImporter({ xml: nodeXml });
export { FormatError } from './format-error';
export { GraphValidationError } from '../errors';
export { CsvError } from './csv-edge-list';
export { MAX_IMPORT_BYTES } from './limits';
export type { ImportedGraph } from './import';
