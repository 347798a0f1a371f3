import type { ResolvedPathname } from '$app/types';
import { flushSync } from 'svelte';
import { describe, expect, it, onTestFinished } from 'vitest';
import { CanvasHandle } from '../../components/graph/canvas.svelte';
import { datasetInfo, selectedNode } from '../../graph/compare-page';
import { graphAnswer } from '../../graph/explore';
import { categoriesOf } from '../../graph/nodes';
import { tinyGraph } from '../../test-support/tiny-graph';
import { queryString } from '../../client/query-string';
import { memoryAccess } from '../../test-support/memory-access';
import { reactive, watch } from '../../test-support/reactive.svelte';
import { ExploreState } from './explore-state.svelte';

/** The explorer's state over the tiny graph, its graph fetched from the same core the API uses. */
function state(address: string, { fail = false, large = false, drop = '' } = {}) {
	const graph = tinyGraph();
	const url = reactive(new URL(address, 'http://localhost'));
	const fetched: string[] = [];
	const access = memoryAccess(graph);
	const view = new ExploreState({
		data: () => ({
			dataset: datasetInfo(graph, 'tiny', true),
			large,
			families: [],
			total: { nodes: graph.order, edges: graph.size },
			categories: categoriesOf(graph),
			sources: graph.getAttribute('sources'),
			selected: selectedNode(graph, url.value.searchParams.get('node') ?? undefined)
		}),
		url: () => url.value,
		access,
		navigate: () => {},
		replaceUrl: () => {},
		canvas: new CanvasHandle(),
		fetchGraph: async (href) => {
			fetched.push(href);
			if (fail) throw new Error('The server answered 503.');
			const answer = graphAnswer(graph, {});
			// A part of the graph: the nodes of the category `drop` left out, with their links.
			const kept = answer.nodes.flatMap((node, at) => (node[2] === drop ? [] : [at]));
			const moved = new Map(kept.map((at, to) => [at, to]));
			return {
				...answer,
				nodes: kept.map((at) => answer.nodes[at]!),
				edges: answer.edges.flatMap(([from, to, hot]) =>
					moved.has(from) && moved.has(to)
						? [[moved.get(from)!, moved.get(to)!, hot] as [number, number, 0 | 1]]
						: []
				)
			};
		},
		exploreHref: (query) => `/explore${queryString(query)}` as ResolvedPathname,
		graphApiHref: (query) => `/api/graph${queryString(query)}`
	});
	onTestFinished(watch(() => [view.graph, view.elements, view.layout]));
	flushSync();
	return { view, fetched };
}

describe('ExploreState', () => {
	it('fetches the graph the filters draw, and lays a small one out with its roles apart', async () => {
		const { view, fetched } = state('/explore');
		expect(view.shown).toBe('');
		view.load();
		expect(view.fetching).toBe(true);
		await Promise.resolve();
		await Promise.resolve();
		expect(fetched).toEqual(['/api/graph']);
		expect(view.fetching).toBe(false);
		expect(view.shown).toBe('8 nodes and 8 links');
		expect(view.layout).toMatchObject({ name: 'fcose' });
		const pins = (view.layout.name === 'fcose' ? view.layout.options?.fixedNodeConstraint : []) as {
			nodeId: string;
		}[];
		expect(pins.map((pin) => pin.nodeId)).toEqual(['eng', 'dev', 'lonely']);
		expect(view.exportView).toMatchObject({
			spec: { kind: 'whole' },
			fileBase: 'tiny-whole-graph'
		});
	});

	it('the image legend lists the categories drawn, not all the dataset has', async () => {
		const { view } = state('/explore', { drop: 'skill' });
		expect(view.exportView.frame.categories).toEqual([
			'role',
			'technology',
			'skill',
			'responsibility'
		]);
		view.load();
		await Promise.resolve();
		await Promise.resolve();
		expect(view.exportView.frame.categories).toEqual(['role', 'technology', 'responsibility']);
	});

	it('says why the graph could not be loaded', async () => {
		const { view } = state('/explore', { fail: true });
		view.load();
		await Promise.resolve();
		await Promise.resolve();
		expect(view.loadError).toBe('The graph could not be loaded: The server answered 503.');
		expect(view.fetching).toBe(false);
	});

	it('a big graph drawn whole is fetched as the view is made, once', async () => {
		const { view, fetched } = state('/explore?all=1', { large: true });
		view.start();
		expect(fetched).toEqual(['/api/graph?category=technology']);
		view.load();
		await Promise.resolve();
		await Promise.resolve();
		expect(fetched).toHaveLength(1);
		expect(view.shown).toBe('8 nodes and 8 links');
		// Other filters fetch as usual.
		const family = state('/explore?family=15', { large: true });
		family.view.start();
		expect(family.fetched).toEqual([]);
	});

	it('a cancelled fetch changes nothing', async () => {
		const { view } = state('/explore');
		view.load()();
		await Promise.resolve();
		await Promise.resolve();
		expect(view.graph).toBeUndefined();
	});
});
