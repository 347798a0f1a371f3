import { describe, expect, it } from 'vitest';
import { fromValidated } from '../build';
import { importFile } from './node';

describe('d3: node-link JSON', () => {
	it('reads d3’s nodes and links, with ids, indexes or node objects as ends', async () => {
		const text = JSON.stringify({
			nodes: [
				{ id: 'eng', category: 'role', label: 'Engineer' },
				{ id: 'py', category: 'technology', label: 'Python' },
				{ id: 'sql', category: 'technology', label: 'SQL' }
			],
			links: [
				{ source: 'eng', target: 'py', value: 2 },
				{ source: 0, target: 2 }
			]
		});
		const { graph, format } = await importFile('team.json', text);
		expect(format).toBe('d3');
		const built = fromValidated(graph);
		expect(built.hasEdge('eng', 'py')).toBe(true);
		expect(built.hasEdge('eng', 'sql')).toBe(true);
	});

	it('reads NetworkX’s node_link_data, whose links are called edges', async () => {
		const text = JSON.stringify({
			directed: true,
			multigraph: false,
			graph: { name: 'team' },
			nodes: [
				{ id: 'eng', category: 'role' },
				{ id: 'py', category: 'skill' }
			],
			edges: [{ source: 'eng', target: 'py', level: 3 }]
		});
		const { graph, format } = await importFile('nx.json', text);
		expect(format).toBe('d3');
		expect(graph.attributes.title).toBe('team');
		expect(graph.edges[0]?.attributes.level).toBe(3);
	});

	it('a node without an id is named', async () => {
		await expect(
			importFile('x.json', JSON.stringify({ nodes: [{ id: 'a' }, { name: 'b' }], links: [] }))
		).rejects.toThrow(/node 2 has no id/);
	});
});
