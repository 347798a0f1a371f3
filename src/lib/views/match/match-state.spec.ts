import { flushSync } from 'svelte';
import { describe, expect, it, onTestFinished } from 'vitest';
import { ratedGraph } from '../../test-support/answers-graph';
import { datasetInfo } from '../../graph/compare-page';
import { InvalidQueryError } from '../../graph/errors';
import { prepareSearchAsync } from '../../graph/search';
import type { KnowledgeGraph } from '../../graph/types';
import { memoryAccess } from '../../test-support/memory-access';
import { reactive, watch } from '../../test-support/reactive.svelte';
import { matchEntries, matchPage } from './match-page';
import { MatchState, storageKey } from './match-state.svelte';

/** localStorage, in memory. */
function memoryStorage(initial: Record<string, string> = {}) {
	const items = new Map(Object.entries(initial));
	return {
		items,
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => void items.set(key, value),
		removeItem: (key: string) => void items.delete(key)
	};
}

/** The match view's state for an address, over a real graph, recording where it goes. */
async function state(address: string, storage = memoryStorage()) {
	const graph: KnowledgeGraph = ratedGraph();
	await prepareSearchAsync(graph);
	const load = (href: string) =>
		matchPage(graph, datasetInfo(graph, 'rated'), matchEntries(new URL(href, 'http://localhost')));
	const data = reactive(load(address));
	const visits: { href: string; replace?: boolean }[] = [];
	const view = new MatchState({
		data: () => data.value,
		access: memoryAccess(graph),
		navigate: (href, options) => {
			visits.push({ href, replace: options?.replace });
			data.value = load(href);
		},
		storage
	});
	onTestFinished(watch(() => [view.chips, view.results]));
	flushSync();
	return { view, visits, storage };
}

describe('MatchState', () => {
	it('reads the list from the address: chips for what is found, what is not shown apart', async () => {
		const { view } = await state('/match?have=js,Java,progrmming,cobol');
		expect(view.chips.map((chip) => [chip.node.id, chip.typed])).toEqual([
			['js', undefined],
			['java', undefined],
			['prog', 'progrmming']
		]);
		expect(view.data.unknown).toEqual(['cobol']);
		expect(view.results.map((result) => result.id)).toEqual(['soft', 'mobile', 'web']);
		const soft = view.results[0]!;
		expect(soft.coverageText).toBe('You have 73% of what Software Developer needs.');
		expect(soft.scoreTitle).toMatch(/^Fit 0\.\d\d on a scale of 0 to 1: how alike your list/);
		expect(soft.nodeHref).toBe('/nodes/soft?dataset=rated');
		// No role to start from: no way to learn or compare from.
		expect(soft.gapHref).toBeUndefined();
	});

	it('adds from search, from a pasted list and from a role; removes; each a new address', async () => {
		const { view, visits } = await state('/match?have=js');
		view.add({ id: 'css', label: 'CSS', category: 'technology' });
		expect(visits.at(-1)?.href).toBe('/match?dataset=rated&have=js,css');
		view.addText('HTML\nJS, cobol;  ');
		// "JS" is already in the list (as js): only what is new is added, as typed.
		expect(visits.at(-1)?.href).toBe('/match?dataset=rated&have=js,css,HTML,cobol');
		expect(view.data.unknown).toEqual(['cobol']);
		view.remove('cobol');
		view.add({ id: 'web', label: 'Web Developer', category: 'role' });
		expect(view.roles.map((role) => role.id)).toEqual(['web']);
		// A role stands for all it needs and leads to what to learn from it.
		const soft = view.results.find((result) => result.id === 'soft')!;
		expect(soft.gapHref).toBe('/gap/web/soft?dataset=rated');
		expect(soft.compareHref).toBe('/compare/web/soft?dataset=rated');
		expect(view.results.map((result) => result.id)).not.toContain('web');
		expect(soft.hasText).toBe('JavaScript, Programming');
		view.remove(view.chips.find((chip) => chip.node.id === 'html')!);
		expect(view.entries).toEqual(['js', 'css', 'web']);
		view.add({ id: 'css', label: 'CSS', category: 'technology' });
		expect(view.notice).toBe('CSS is in the list already.');
		expect(visits).toHaveLength(5);
	});

	it('remembers the list, brings it back on an empty page, and forgets it when cleared', async () => {
		const storage = memoryStorage();
		const first = await state('/match?have=js,css', storage);
		first.view.remember();
		expect(storage.items.get(storageKey('rated'))).toBe('["js","css"]');

		const again = await state('/match', storage);
		expect(again.view.restore()).toBe(true);
		expect(again.visits).toEqual([{ href: '/match?dataset=rated&have=js,css', replace: true }]);
		again.view.clear();
		expect(storage.items.has(storageKey('rated'))).toBe(false);
		expect(again.view.restore()).toBe(false);

		storage.setItem(storageKey('rated'), '{not json');
		expect((await state('/match', storage)).view.restore()).toBe(false);
	});

	it('refuses a list too long to match, with a message', async () => {
		const long = Array.from({ length: 201 }, (_, i) => `x${i}`).join(',');
		expect(() => matchEntries(new URL(`http://localhost/match?have=${long}`))).toThrow(
			InvalidQueryError
		);
		const { view, visits } = await state('/match?have=js');
		view.addText(Array.from({ length: 200 }, (_, i) => `entry ${i}`).join('\n'));
		expect(view.notice).toBe('The list would have 201 entries; 200 at most can be matched.');
		expect(visits).toHaveLength(0);
	});
});
