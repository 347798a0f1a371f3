import { describe, expect, it } from 'vitest';
import { GraphValidationError } from '../errors';
import { tinyGraph } from '../../test-support/tiny-graph';
import { FormatError } from './format-error';
import { json } from './json';
import { importFile, readGraph } from './node';

describe('json (graphology JSON)', () => {
	it('is graphology’s own serialisation', async () => {
		expect(JSON.parse(await json.writeGraph!(tinyGraph()))).toEqual(tinyGraph().export());
	});

	it('a syntax error is named, with its line and column where the parser gives a position', async () => {
		const error = await importFile('x.json', '{\n  "nodes": [1,]\n}').catch((e: unknown) => e);
		expect(error).toBeInstanceOf(FormatError);
		expect((error as FormatError).problem).toBe('json-syntax');
		expect((error as Error).message).toMatch(/^Not valid JSON: /);
		await expect(importFile('y.json', '{\n  "nodes": [],\n  x\n}')).rejects.toThrow(
			/\(line 3, column 3\)\.$/
		);
	});

	it.each([
		['a graph of the wrong shape', '{"attributes": {}, "nodes": [], "edges": []}'],
		['a list', '[1, 2]'],
		['null', 'null']
	])('%s is refused by the schema, never a crash', async (_what, text) => {
		await expect(readGraph(text, 'json')).rejects.toThrow(GraphValidationError);
	});

	it('a key named __proto__ is data, not a prototype', async () => {
		const data = tinyGraph().export();
		const text = JSON.stringify(data).replace(
			'"attributes":{',
			'"attributes":{"__proto__":{"x":1},'
		);
		const { graph, notices } = await importFile('proto.json', text);
		expect(Object.getPrototypeOf(graph.attributes)).toBe(Object.prototype);
		expect(notices).toEqual(['Left out graph attributes rolegraph does not use: "__proto__" (1).']);
	});
});
