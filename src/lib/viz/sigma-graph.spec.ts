import { describe, expect, it } from 'vitest';
import type { GraphAnswer } from '../api/answers';
import { addSigmaEdges, addSigmaNodes, emptySigmaGraph, faded } from './sigma-graph';
import { PALETTES } from './theme';

const answer: GraphAnswer = {
	nodes: [
		['r1', 'Role one', 'role', 10, 20],
		['t1', 'Tech one', 'technology', -5, 4],
		['t2', 'Tech two', 'technology']
	],
	edges: [
		[0, 1, 1],
		[0, 2, 0],
		[2, 0, 0],
		[1, 1, 0]
	],
	positioned: false,
	total: { nodes: 3, edges: 4 }
};

describe('the graph sigma.js draws', () => {
	it('keeps the layout (y upwards), colours by category and draws hubs bigger', () => {
		const graph = emptySigmaGraph();
		addSigmaNodes(graph, answer, 'light', 0, 2);
		addSigmaNodes(graph, answer, 'light', 2, 3);
		expect(graph.order).toBe(3);
		const role = graph.getNodeAttributes('r1');
		expect(role).toMatchObject({ x: 10, y: -20, label: 'Role one', hub: true });
		expect(role.color).toBe(PALETTES.light.category.role);
		expect(role.size).toBeGreaterThan(graph.getNodeAttributes('t1').size);
		// A node without a position is placed on a circle, not at NaN.
		expect(Number.isFinite(graph.getNodeAttributes('t2').x)).toBe(true);
	});

	it('draws one line per pair of nodes, none from a node to itself, hot ones stronger', () => {
		const graph = emptySigmaGraph();
		addSigmaNodes(graph, answer, 'dark');
		addSigmaEdges(graph, answer, 'dark', 0, 1);
		addSigmaEdges(graph, answer, 'dark', 1, 4);
		expect(graph.size).toBe(2);
		expect(graph.getEdgeAttributes(graph.edge('r1', 't1')!).color).toBe(
			faded(PALETTES.dark.edge, PALETTES.dark.background, 0.6)
		);
		expect(graph.getEdgeAttributes(graph.edge('r1', 't2')!).color).toBe(
			faded(PALETTES.dark.edge, PALETTES.dark.background, 0.35)
		);
	});

	it('lays a faded colour over the background, opaque', () => {
		expect(faded('#64748b', '#ffffff', 0.25)).toBe('rgb(216, 220, 226)');
		expect(faded('#000000', '#0f1218', 1)).toBe('rgb(0, 0, 0)');
	});
});
