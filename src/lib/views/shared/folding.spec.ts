import { describe, expect, it, onTestFinished } from 'vitest';
import { flushSync } from 'svelte';
import { reactive, watch } from '../../test-support/reactive.svelte';
import { DEFAULT_CAP } from '../../viz/collapse';
import { Folding } from './folding.svelte';

/** A folding over an address, recording what it saves and centres. */
function folding(address: string, defaultCap?: number) {
	const url = reactive(new URL(address, 'http://localhost'));
	const saved: string[][] = [];
	const centred: string[] = [];
	let selected: string | null = null;
	const fold: Folding = new Folding({
		url: () => url.value,
		defaultCap: defaultCap === undefined ? undefined : () => defaultCap,
		save: () => saved.push([String(fold.cap), ...fold.expanded]),
		settle: async () => flushSync(),
		selected: () => selected,
		center: (id) => centred.push(id)
	});
	onTestFinished(watch(() => [fold.cap, fold.expanded]));
	flushSync();
	return { fold, url, saved, centred, select: (id: string) => (selected = id) };
}

describe('Folding', () => {
	it('reads the cap and the groups drawn whole from the address, with the view’s default', () => {
		expect(folding('/').fold.cap).toBe(DEFAULT_CAP);
		expect(folding('/', 6).fold.cap).toBe(6);
		expect(folding('/?cap=all').fold.cap).toBeNull();
		const { fold } = folding('/?cap=24&expand=onlyA.technology&expand=shared.skill');
		expect(fold.cap).toBe(24);
		expect(fold.expanded).toEqual(['onlyA.technology', 'shared.skill']);
	});

	it('unfolds a group once, saving the address each time it changes', async () => {
		const { fold, saved, centred, select } = folding('/?expand=shared.skill');
		expect(fold.include(['shared.skill'])).toBe(false);
		expect(fold.include(['onlyB.skill', 'shared.skill'])).toBe(true);
		expect(saved).toEqual([]);
		fold.expand('onlyA.technology');
		fold.expand('onlyA.technology');
		expect(saved).toEqual([['12', 'shared.skill', 'onlyB.skill', 'onlyA.technology']]);
		select('python');
		await fold.unfold('onlyB.technology');
		expect(centred).toEqual(['python']);
		expect(fold.expanded).toContain('onlyB.technology');
	});

	it('a new cap folds every group again; refolding keeps the cap', () => {
		const { fold, saved } = folding('/?cap=24&expand=shared.skill');
		fold.setCap(null);
		expect(fold.cap).toBeNull();
		expect(fold.expanded).toEqual([]);
		fold.include(['shared.skill']);
		fold.refold();
		expect(fold.cap).toBeNull();
		expect(fold.expanded).toEqual([]);
		expect(saved).toEqual([['null'], ['null']]);
	});
});
