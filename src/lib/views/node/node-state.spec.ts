import { flushSync } from 'svelte';
import { describe, expect, it, onTestFinished } from 'vitest';
import { datasetInfo } from '../../graph/compare-page';
import { nodeRolesAnswer } from '../../graph/node-answer';
import { roleNeeds } from '../../graph/role-needs';
import { groupedGraph } from '../../test-support/grouped-graph';
import { tinyGraph } from '../../test-support/tiny-graph';
import { watch } from '../../test-support/reactive.svelte';
import { zoneMoreId } from '../../viz/grouped-elements';
import { NodeState, type NodePageData } from './node-state.svelte';

/** A node's page state over the grouped graph, from the same core the page load uses. */
function state(id: string, graph = groupedGraph()) {
	const answer = nodeRolesAnswer(graph, id, { limit: 12 });
	const isRole = answer.node.category === 'role';
	const data: NodePageData = {
		dataset: datasetInfo(graph, 'grouped', true),
		node: answer.node,
		answer,
		related: answer.related ?? [],
		needs: isRole ? roleNeeds(graph, id) : [],
		sources: graph.getAttribute('sources')
	};
	const view = new NodeState(() => data);
	onTestFinished(watch(() => [view.drawing, view.list, view.needs, view.related]));
	flushSync();
	return view;
}

const drawnIds = (view: NodeState) =>
	view.drawing.elements.filter((e) => e.group === 'nodes').map((e) => String(e.data.id));

describe('NodeState, a technology', () => {
	it('opens with the answer in words', () => {
		expect(state('python').sentence).toBe(
			'3 of the 5 occupations with technology data need Python; it is a hot technology for 2 and in demand for 1; most are in Computer (2) and Engineering (1).'
		);
	});

	it('draws one zone per family, titled with its count, the flagged roles ringed', () => {
		const view = state('excel');
		expect(view.zones.map((zone) => zone.title)).toEqual([
			'Computer · 2',
			'Engineering · 2',
			'Office · 1'
		]);
		const flagged = view.drawing.elements.filter((e) => e.data.flagged).map((e) => e.data.id);
		expect(flagged).toEqual(['15-1.00', '17-1.00', '43-1.00']);
	});

	it('lists each family in the order the links say, folded only past the cap', () => {
		const view = state('excel');
		expect(
			view.list.map(({ group, folded }) => [group.name, folded.groups[0]!.items.map((r) => r.id)])
		).toEqual([
			['Computer', ['15-1.00', '15-2.00']],
			['Engineering', ['17-1.00', '17-2.00']],
			['Office', ['43-1.00']]
		]);
	});

	it('sorts by name, by a role field, and groups by family name', () => {
		const view = state('excel');
		expect(view.sortOptions.map((option) => option.key)).toEqual([
			'link',
			'name',
			'group',
			'node:jobZone'
		]);
		view.sort = 'node:jobZone';
		flushSync();
		expect(view.list[1]!.folded.groups[0]!.items.map((role) => role.id)).toEqual([
			'17-1.00',
			'17-2.00'
		]);
		view.sort = 'group';
		flushSync();
		expect(view.list.map(({ group }) => group.name)).toEqual(['Computer', 'Engineering', 'Office']);
		view.sort = 'name';
		flushSync();
		expect(view.list[0]!.folded.groups[0]!.items.map((role) => role.label)).toEqual([
			'Data Scientists',
			'Web Developers'
		]);
	});

	it('filters by job zone, a described number field with a few values, in the list and the drawing', () => {
		const view = state('excel');
		expect(view.filterFields.map(({ field, values }) => [field.name, values])).toEqual([
			[
				'jobZone',
				[
					{ value: 2, count: 1 },
					{ value: 3, count: 2 },
					{ value: 4, count: 1 },
					{ value: 5, count: 1 }
				]
			]
		]);
		view.filter('jobZone', 3);
		flushSync();
		expect(view.roles.map((role) => role.id)).toEqual(['17-2.00', '15-2.00']);
		expect(view.zones.map((zone) => zone.title)).toEqual(['Computer · 1', 'Engineering · 1']);
		expect(view.filtered).toBe(true);
		view.filter('jobZone', null);
		flushSync();
		expect(view.roles).toHaveLength(5);
	});

	it('names a source every line shares once', () => {
		expect(state('python').sharedSource?.id).toBe('db');
	});

	it('makes the role list as CSV rows with the group, the fields and the credit', () => {
		const rows = state('python').csvRows;
		expect(rows[0]).toEqual([
			'role',
			'role_label',
			'occupation family',
			'job zone',
			'hot technology',
			'in demand',
			'importance',
			'relation',
			'source',
			'credit'
		]);
		expect(rows[2]).toEqual([
			'15-1.00',
			'Data Scientists',
			'Computer',
			'5',
			'true',
			'true',
			'',
			'needs',
			'db',
			'Grouped'
		]);
	});

	it('describes its export: title, the sentence, the categories drawn, the ring and the credit', () => {
		const { frame, fileBase, spec } = state('python').exportView;
		expect(frame.title).toBe('Python');
		expect(frame.subtitle).toMatch(/^Technology \(Programming\): 3 of the 5 occupations/);
		expect(frame.categories).toEqual(['role', 'technology']);
		expect(frame.ring).toBe('hot technology');
		expect([fileBase, spec]).toEqual(['python', { kind: 'node', id: 'python' }]);
	});
});

describe('NodeState, a dataset whose links carry no fields', () => {
	it('sorts by name, the one order it offers, and the chosen order falls back to it', () => {
		const view = state('java', tinyGraph());
		expect(view.sortOptions.map((option) => option.key)).toEqual(['name']);
		expect(view.sort).toBe('name');
		view.sort = 'link';
		expect(view.sort).toBe('name');
	});
});

describe('NodeState, a role', () => {
	it('says what it needs and draws it by category and kind, folded, then its related roles', () => {
		const view = state('15-1.00');
		expect(view.sentence).toBe(
			'Needs 4 technologies (3 hot, 1 in demand) and 1 skill; related to 2 occupations.'
		);
		expect(view.zones.map((zone) => zone.title)).toEqual([
			'Technologies · 4',
			'Skills · 1',
			'Related occupations · 2'
		]);
		// Related roles as the dataset ranks them: 17-1 (rank 1) before 15-2 (rank 2).
		expect(view.related.groups[0]!.items.map((role) => role.id)).toEqual(['17-1.00', '15-2.00']);
		// Hot and in demand first (Python; then Excel and SQL, hot, by label), by kind as they come.
		expect(
			view.needs[0]!.folded.groups.map((group) => [group.header, group.items.map((i) => i.id)])
		).toEqual([
			['Programming', ['python', 'r']],
			['Spreadsheet', ['excel']],
			['Database', ['sql']]
		]);
	});

	it('unfolds and folds a zone by its "+N more"', () => {
		const view = state('15-1.00');
		// Four technologies fit under the cap: nothing folded.
		expect(drawnIds(view)).not.toContain(zoneMoreId('technology'));
		view.expand('technology');
		flushSync();
		expect(view.open.has('technology')).toBe(true);
		view.refold();
		flushSync();
		expect(view.open.size).toBe(0);
	});
});
