import { describe, expect, it } from 'vitest';
import { seedGraph } from '../../test-support/graphs';
import { cyjs } from './cyjs';
import { importFile, readGraph } from './node';

const seed = await seedGraph();

describe('cyjs (Cytoscape desktop)', () => {
	it('has elements.nodes and elements.edges, named the way Cytoscape reads them', async () => {
		const document = JSON.parse(await cyjs.writeGraph!(seed));
		expect(document.elements.nodes).toHaveLength(92);
		expect(document.elements.edges).toHaveLength(106);
		expect(document.elements.nodes[0].data).toMatchObject({
			id: expect.any(String),
			name: expect.any(String)
		});
		expect(document.elements.edges[0].data).toMatchObject({ interaction: expect.any(String) });
	});

	it('is told from graphology JSON by its content, even when named .json', async () => {
		expect((await importFile('c.json', await cyjs.writeGraph!(seed))).format).toBe('cyjs');
	});

	it.each([
		['without elements', '{"data": {}}'],
		['with elements of the wrong kind', '{"elements": 3}']
	])('a file %s is refused, saying what it needs', async (_what, text) => {
		await expect(readGraph(text, 'cyjs')).rejects.toThrow(/needs "elements"/);
		await expect(importFile('x.cyjs', text)).rejects.toThrow(/needs "elements"/);
	});
});
