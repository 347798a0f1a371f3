/** rolegraph's readers for the browser (graphology's browser parsers use the DOMParser). */
import { parse as parseGexf } from 'graphology-gexf/browser';
import { parse as parseGraphml } from 'graphology-graphml/browser';
import { createReaders } from './read-core';

export const { importFile } = createReaders({ gexf: parseGexf, graphml: parseGraphml });
