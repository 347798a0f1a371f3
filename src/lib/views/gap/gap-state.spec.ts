import { flushSync } from 'svelte';
import Papa from 'papaparse';
import { describe, expect, it, onTestFinished } from 'vitest';
import { CanvasHandle } from '../../components/graph/canvas.svelte';
import { ratedGraph, ratedGraphData } from '../../test-support/answers-graph';
import { buildGraph } from '../../graph/build';
import { datasetInfo } from '../../graph/compare-page';
import type { KnowledgeGraph } from '../../graph/types';
import { memoryAccess } from '../../test-support/memory-access';
import { reactive, watch } from '../../test-support/reactive.svelte';
import { gapPage } from './gap-page';
import { GapState, LISTED } from './gap-state.svelte';

/** The gap view's state over a real graph, with a canvas recording what it is asked to centre. */
function state(graph: KnowledgeGraph, from: string, to: string) {
	const data = reactive(gapPage(graph, datasetInfo(graph, 'rated'), from, to));
	const canvas = new CanvasHandle();
	const centred: string[] = [];
	canvas.center = (id) => centred.push(id);
	const view = new GapState({
		data: () => data.value,
		access: memoryAccess(graph),
		canvas,
		settle: async () => flushSync()
	});
	onTestFinished(
		watch(() => [view.selected, view.allLearn, view.expanded, view.drawing, view.exportView])
	);
	flushSync();
	return { view, data, centred, graph };
}

/** A graph where Software Developer needs many more technologies than Web Developer has. */
function bigGraph(): KnowledgeGraph {
	const data = ratedGraphData();
	for (let i = 0; i < 40; i++) {
		const key = `tool-${String(i).padStart(2, '0')}`;
		data.nodes.push({ key, attributes: { label: `Tool ${i}`, category: 'technology' } });
		data.edges.push({
			source: 'soft',
			target: key,
			// The last ten are hot: they come first in the list (after Java), and in the drawing.
			attributes: { relation: 'needs', sources: ['s1'], ...(i >= 30 ? { hot: true } : {}) }
		});
	}
	return buildGraph(data);
}

describe('GapState', () => {
	it('says coverage in words and lists what to learn in the answer’s order, each with its reasons', () => {
		const { view } = state(ratedGraph(), 'web', 'soft');
		expect(view.title).toBe('From Web Developer to Software Developer');
		expect(view.coverageText).toBe(
			'Web Developer already has 53% of what Software Developer needs, weighted by importance, with hot and in-demand items counting more.'
		);
		expect(view.learn.map((item) => [item.rank, item.id])).toEqual([
			[1, 'java'],
			[2, 'sql'],
			[3, 't-soft']
		]);
		expect(view.learn[0]!.why).toBe(
			'Software Developer needs it; a hot technology; also needed by Mobile Developer, the role closest to Software Developer (and by 33% of all other roles).'
		);
		expect(view.carryShown.map((item) => item.id)).toEqual(['js', 'prog']);
		expect(view.missingNotes).toEqual([]);
		expect(view.evenWeights).toBe(false);
		expect(view.compareHref).toBe('/compare/web/soft?dataset=rated');
		expect(view.reverseHref).toBe('/gap/soft/web?dataset=rated');
	});

	it('draws the same items: those to learn numbered as listed, the rest set aside', () => {
		const { view } = state(ratedGraph(), 'web', 'soft');
		const node = (id: string) => view.drawing.elements.find((element) => element.data.id === id);
		expect(node('java')?.data.label).toBe('1. Java');
		expect(node('java')?.classes).toContain('listed');
		expect(node('js')?.classes).not.toContain('aside');
		// What only Web Developer needs is left behind: drawn, faded.
		expect(node('css')?.classes).toContain('aside');
		expect(node('web')?.classes).not.toContain('aside');
	});

	it('draws every listed item, folding after as many as the list shows; a folded one unfolds when chosen', async () => {
		const { view, centred } = state(bigGraph(), 'web', 'soft');
		expect(view.learn).toHaveLength(43);
		expect(view.learnShown).toHaveLength(LISTED);
		const listed = view.learnShown.map((item) => item.id);
		for (const id of listed) expect(view.drawing.drawn.has(id)).toBe(true);
		expect(listed.slice(0, 11)).toEqual([
			'java',
			...Array.from({ length: 10 }, (_, i) => `tool-${30 + i}`)
		]);
		const folded = view.learn.find((item) => !view.drawing.drawn.has(item.id))!;
		await view.select(folded.id);
		expect(view.expanded).toEqual(['onlyB.technology']);
		expect(view.drawing.drawn.has(folded.id)).toBe(true);
		expect(centred).toEqual([folded.id]);
		view.allLearn = true;
		flushSync();
		expect(view.drawing.elements.find((e) => e.data.id === folded.id)?.data.label).toMatch(
			new RegExp(`^${view.learn.findIndex((item) => item.id === folded.id) + 1}\\. `)
		);
	});

	it('says what the data lacks rather than listing it as something to learn', () => {
		const graph = ratedGraph();
		graph.setNodeAttribute('web', 'unrated', ['skill']);
		graph.dropEdge(graph.edge('web', 'prog')!);
		const { view } = state(graph, 'web', 'soft');
		expect(view.gap.learn.map((item) => item.id)).not.toContain('prog');
		expect(view.missingNotes).toEqual([
			'Rated has no skill data for Web Developer, so the skills Software Developer needs are not listed as something to learn: the data cannot say which of them Web Developer already has.'
		]);
		const back = state(graph, 'soft', 'web').view;
		expect(back.missingNotes).toEqual([
			'Rated has no skill data for Web Developer, so skills are left out: the data cannot say which skills Web Developer needs.'
		]);
		expect(back.exportView.frame.notes?.join(' ')).toContain('Rated has no skill data');
	});

	it('exports an image that says what it shows, and the lists as a table', async () => {
		const { view } = state(ratedGraph(), 'web', 'soft');
		const { frame, files, fileBase, spec } = view.exportView;
		expect(fileBase).toBe('web-developer-to-software-developer');
		expect(spec).toEqual({ kind: 'compare', a: 'web', b: 'soft' });
		expect(frame.subtitle).toBe('2 carry over, 3 to learn (numbered in the order to learn them)');
		expect(frame.notes).toContain('Learn first: 1. Java, 2. SQL, 3. Write software programs');
		const csv = Papa.parse<string[]>(await files![0]!.make(), { skipEmptyLines: true }).data;
		expect(files![0]!.fileName).toBe('web-developer-to-software-developer-what-to-learn.csv');
		expect(csv[0]).toEqual([
			'list',
			'rank',
			'id',
			'label',
			'category',
			'weight',
			'reasons',
			'hot',
			'inDemand',
			'importance',
			'summary'
		]);
		expect(csv.slice(1).map((row) => [row[0], row[1], row[2]])).toEqual([
			['learn', '1', 'java'],
			['learn', '2', 'sql'],
			['learn', '3', 't-soft'],
			['carries over', '1', 'js'],
			['carries over', '2', 'prog']
		]);
		expect(csv[1]![6]).toContain('a hot technology');
		expect(csv[1]![10]).toBe(view.coverageText);
		expect(csv[2]![10]).toBe('');
	});

	it('starts afresh on another pair of roles', () => {
		const { view, data, graph } = state(ratedGraph(), 'web', 'soft');
		view.allLearn = true;
		view.selected = 'java';
		flushSync();
		data.value = gapPage(graph, datasetInfo(graph, 'rated'), 'mobile', 'soft');
		flushSync();
		expect(view.allLearn).toBe(false);
		expect(view.selected).toBeNull();
		expect(view.title).toBe('From Mobile Developer to Software Developer');
	});
});
