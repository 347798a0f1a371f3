import { describe, expect, it, onTestFinished } from 'vitest';
import { flushSync } from 'svelte';
import { CanvasHandle } from '../../components/graph/canvas.svelte';
import { comparisonPage, datasetInfo } from '../../graph/compare-page';
import { tinyGraph } from '../../test-support/tiny-graph';
import type { KnowledgeGraph } from '../../graph/types';
import { memoryAccess } from '../../test-support/memory-access';
import { reactive, watch } from '../../test-support/reactive.svelte';
import { CompareState } from './compare-state.svelte';

/** A comparison view's state over a real graph, recording where it sends the browser. */
function state(address: string, graph: KnowledgeGraph = tinyGraph()) {
	const url = reactive(new URL(address, 'http://localhost'));
	const values = (name: string) => url.value.searchParams.getAll(name);
	const data = comparisonPage(graph, datasetInfo(graph, 'tiny', true), {
		pair: { a: 'eng', b: 'dev' },
		categories: values('category'),
		sources: values('source'),
		node: url.value.searchParams.get('node') ?? undefined
	});
	const visits: string[] = [];
	const replaced: string[] = [];
	const view = new CompareState({
		data: () => data,
		url: () => url.value,
		access: memoryAccess(graph),
		navigate: (href) => visits.push(href),
		replaceUrl: (href) => replaced.push(href),
		canvas: new CanvasHandle(),
		settle: async () => flushSync()
	});
	// A page shows these; its effects keep them connected.
	onTestFinished(watch(() => [view.folding.cap, view.folding.expanded, view.query, view.drawing]));
	flushSync();
	return { view, visits, replaced };
}

describe('CompareState', () => {
	it('describes the comparison, its drawing and its exports', () => {
		const { view } = state('/compare/eng/dev');
		expect(view.title).toBe('Engineer vs Developer');
		expect(view.total).toBe(5);
		expect(view.drawn).toEqual(new Set(['nginx', 'java', 'teamwork', 'php', 'debug']));
		expect(view.relations.map((r) => r.summary)).toEqual([
			'Engineer builds the foundation for Developer'
		]);
		expect(view.exportView).toMatchObject({
			fileBase: 'engineer-vs-developer',
			spec: { kind: 'compare', a: 'eng', b: 'dev' },
			frame: {
				subtitle: '2 shared, 1 only Engineer, 2 only Developer · All categories, all sources'
			}
		});
	});

	it('keeps folding in the URL, and picking the other role swaps the pair', () => {
		const { view, visits, replaced } = state('/compare/eng/dev?cap=24&expand=shared.technology');
		expect(view.folding.cap).toBe(24);
		expect(view.folding.expanded).toEqual(['shared.technology']);
		view.folding.setCap(null);
		flushSync();
		expect(replaced.at(-1)).toBe('/compare/eng/dev?cap=all');
		view.changeRoles('dev', 'dev');
		expect(visits.at(-1)).toBe('/compare/dev/eng?cap=all');
	});

	it('says where a selected node is, and what the data lacks', async () => {
		const graph = tinyGraph();
		graph.setNodeAttribute('dev', 'unrated', ['skill']);
		graph.dropEdge('dev->teamwork');
		const { view, replaced } = state('/compare/eng/dev', graph);
		expect(view.missingNotice).toBe(
			'Tiny has no skill data for Developer, so skills are left out of this comparison.'
		);
		await view.select('teamwork');
		expect(replaced.at(-1)).toBe('/compare/eng/dev?node=teamwork');
		expect(view.placement).toEqual({ kind: 'unknown', category: 'skill', roles: ['dev'] });
		await view.select('java');
		expect(view.placement).toEqual({ kind: 'drawn', zone: 'shared' });
		expect(view.selection.announcement).toBe('Selected Java.');
	});
});
