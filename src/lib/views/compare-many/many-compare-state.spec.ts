import { describe, expect, it, onTestFinished } from 'vitest';
import { flushSync } from 'svelte';
import { CanvasHandle } from '../../components/graph/canvas.svelte';
import { manyComparisonPage } from '../../graph/compare-many-page';
import { datasetInfo } from '../../graph/compare-page';
import { teamGraph } from '../../test-support/team-graph';
import type { KnowledgeGraph } from '../../graph/types';
import { memoryAccess } from '../../test-support/memory-access';
import { queryString } from '../../client/query-string';
import type { ResolvedPathname } from '$app/types';
import { reactive, watch } from '../../test-support/reactive.svelte';
import { ManyCompareState } from './many-compare-state.svelte';

/** The state of a view of several roles over a real graph, recording where it sends the browser. */
function state(address: string, graph: KnowledgeGraph = teamGraph()) {
	const url = reactive(new URL(address, 'http://localhost'));
	const values = (name: string) => url.value.searchParams.getAll(name);
	const roles = url.value.pathname.split('/').slice(2);
	const data = manyComparisonPage(graph, datasetInfo(graph, 'team', true), {
		roles,
		categories: values('category'),
		sources: values('source'),
		node: url.value.searchParams.get('node') ?? undefined
	});
	const visits: string[] = [];
	const replaced: string[] = [];
	const view = new ManyCompareState({
		data: () => data,
		url: () => url.value,
		access: memoryAccess(graph),
		compareHref: (roles, query) =>
			`/compare/${roles.join('/')}${queryString(query)}` as ResolvedPathname,
		navigate: (href) => visits.push(href),
		replaceUrl: (href) => replaced.push(href),
		canvas: new CanvasHandle(),
		settle: async () => flushSync()
	});
	// A page shows these; its effects keep them connected.
	onTestFinished(
		watch(() => [view.folding.cap, view.folding.expanded, view.query, view.drawing, view.matrix])
	);
	flushSync();
	return { view, visits, replaced };
}

describe('ManyCompareState', () => {
	it('describes the comparison, its drawing, its matrix and its exports', () => {
		const { view } = state('/compare/fe/be/fs');
		expect(view.title).toBe('Frontend vs Backend vs Full-stack');
		expect(view.summary).toBe('6 items in 4 zones; 2 needed by all three.');
		expect(view.zones.map((zone) => zone.title)).toEqual([
			'All three · 2',
			'Frontend and Full-stack only · 2',
			'Backend and Full-stack only · 1',
			'Only Frontend · 1'
		]);
		expect(view.drawn).toEqual(new Set(['git', 'talk', 'css', 'js', 'sql', 'ux']));
		expect(view.matrix.map((row) => row.item.id)).toEqual([
			'git',
			'talk',
			'css',
			'js',
			'sql',
			'ux'
		]);
		expect(view.relations.map((r) => r.summary)).toEqual(['Full-stack is related to Frontend']);
		expect(view.data.closeness[0]![1]).toMatchObject({ score: expect.any(Number) });
		expect(view.exportView).toMatchObject({
			fileBase: 'frontend-vs-backend-vs-full-stack',
			spec: { kind: 'compareMany', roles: ['fe', 'be', 'fs'] },
			frame: {
				subtitle: '6 items in 4 zones; 2 needed by all three · All categories, all sources'
			}
		});
		expect(view.canAdd).toBe(true);
	});

	it('adds, removes and replaces roles, two going back to the pair view', () => {
		const { view, visits } = state('/compare/fe/be/fs?category=technology&node=git');
		view.addRole('ops');
		expect(visits.at(-1)).toBe('/compare/fe/be/fs/ops?category=technology&node=git');
		view.addRole('fe');
		expect(visits).toHaveLength(1);
		view.removeRole(1);
		expect(visits.at(-1)).toBe('/compare/fe/fs?category=technology&node=git');
		// Picking a role already compared swaps the two places.
		view.replaceRole(0, 'fs');
		expect(visits.at(-1)).toBe('/compare/fs/be/fe?category=technology&node=git');
		view.replaceRole(2, 'ops');
		expect(visits.at(-1)).toBe('/compare/fe/be/ops?category=technology&node=git');
	});

	it('offers no seventh role, nor one the dataset does not have', () => {
		expect(state('/compare/fe/be/fs/ops').view.canAdd).toBe(false);
	});

	it('keeps folding in the URL, and a selected node folded away is unfolded', async () => {
		const { view, replaced } = state('/compare/fe/be/fs?cap=1');
		expect(view.folding.cap).toBe(1);
		// "All three" holds git and talk, of two categories: nothing folds at a cap of 1 per group
		// unless a group has more than one; Frontend and Full-stack share css and js (2 > 1.25).
		expect(view.drawn.has('js')).toBe(false);
		expect(view.drawing.folded.get('AC.technology')).toBe(1);
		await view.select('js');
		expect(view.folding.expanded).toEqual(['AC.technology']);
		expect(view.drawn.has('js')).toBe(true);
		expect(replaced.at(-1)).toBe('/compare/fe/be/fs?cap=1&expand=AC.technology&node=js');
		view.folding.setCap(null);
		flushSync();
		expect(replaced.at(-1)).toBe('/compare/fe/be/fs?cap=all&node=js');
	});

	it('says which compared roles need the selected node, where it is, and what the data lacks', async () => {
		const { view } = state('/compare/fe/be/fs/ops');
		expect(view.missingNotice).toBe(
			'Team has no skill data for Ops, so skills are left out of this comparison.'
		);
		await view.select('sql');
		expect(view.selectedNeeds).toEqual({
			yes: [
				{ id: 'be', label: 'Backend' },
				{ id: 'fs', label: 'Full-stack' }
			],
			no: [
				{ id: 'fe', label: 'Frontend' },
				{ id: 'ops', label: 'Ops' }
			]
		});
		expect(view.placement).toMatchObject({ kind: 'drawn', zone: { key: 'BC' } });
		await view.select('talk');
		expect(view.placement).toEqual({ kind: 'unknown', category: 'skill', roles: ['ops'] });
		expect(view.selection.announcement).toBe('Selected Talking.');
	});

	it('sorts and filters the matrix', () => {
		const { view } = state('/compare/fe/be/fs');
		view.sortBy('item');
		flushSync();
		expect(view.matrix.map((row) => row.item.id)).toEqual([
			'css',
			'git',
			'js',
			'sql',
			'talk',
			'ux'
		]);
		view.sortBy('item');
		flushSync();
		expect(view.sortDirection).toBe('descending');
		view.filterMatrix({ category: 'skill' });
		flushSync();
		expect(view.matrix.map((row) => row.item.id)).toEqual(['ux', 'talk']);
	});
});
