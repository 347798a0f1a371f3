import { buildGraph } from '../../src/lib/graph/build';
import { relationFor } from '../../src/lib/graph/relations';
import type { SerializedKnowledgeGraph } from '../../src/lib/graph/schema';
import { CATEGORIES, type Category, type KnowledgeGraph } from '../../src/lib/graph/types';
import { random } from '../../src/lib/graph/random';

/**
 * A synthetic knowledge graph: `roles` roles, `nodes` other nodes, `edges` role→node links.
 * Node popularity is skewed (a few nodes are needed by many roles), as in real data.
 */
export function generateGraph(
	roles: number,
	nodes: number,
	edges: number,
	seed = 1
): KnowledgeGraph {
	const next = random(seed);
	const categories = CATEGORIES.filter((c) => c !== 'role') as Category[];
	const data: SerializedKnowledgeGraph = {
		attributes: {
			id: 'generated',
			title: 'Generated',
			description: 'A synthetic graph for benchmarks.',
			sources: [
				{ id: 'g1', title: 'Generated 1', summary: 'Synthetic.' },
				{ id: 'g2', title: 'Generated 2', summary: 'Synthetic.' }
			]
		},
		nodes: [],
		edges: []
	};
	for (let i = 0; i < roles; i++)
		data.nodes.push({ key: `r${i}`, attributes: { label: `Role ${i}`, category: 'role' } });
	for (let i = 0; i < nodes; i++) {
		const category = categories[i % categories.length]!;
		data.nodes.push({ key: `n${i}`, attributes: { label: `Node ${i}`, category } });
	}
	const seen = new Set<string>();
	while (data.edges.length < edges) {
		const role = Math.floor(next() * roles);
		const node = Math.floor(nodes * next() ** 2);
		const pair = `${role}:${node}`;
		if (seen.has(pair)) continue;
		seen.add(pair);
		const category = data.nodes[roles + node]!.attributes.category;
		const sources = next() < 0.7 ? ['g1'] : next() < 0.5 ? ['g2'] : ['g1', 'g2'];
		data.edges.push({
			source: `r${role}`,
			target: `n${node}`,
			attributes: { relation: relationFor(category), sources }
		});
	}
	return buildGraph(data);
}
