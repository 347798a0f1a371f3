import type { ResolvedPathname } from '$app/types';
import { flushSync } from 'svelte';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { SimilarAnswer } from '../api/answers';
import type { DataAccess } from '../client/data-access';
import { ratedGraph } from '../test-support/answers-graph';
import { memoryAccess } from '../test-support/memory-access';
import { reactive, watch } from '../test-support/reactive.svelte';
import { ClosestRolesState, type RoleRef } from './closest-roles.svelte';

const SOFT = { id: 'soft', label: 'Software Developer' };
const WEB = { id: 'web', label: 'Web Developer' };

function state(
	roles: RoleRef[],
	{ access = memoryAccess(ratedGraph()), current = [] as string[] } = {}
) {
	const shown = reactive(roles);
	const view = new ClosestRolesState({
		access,
		roles: () => shown.value,
		dataset: () => 'rated',
		compareHref: (role, other) => `/compare/${other}/${role}` as ResolvedPathname,
		current: () => current
	});
	onTestFinished(watch(() => [view.chosen, view.entries]));
	flushSync();
	return { view, shown };
}

describe('ClosestRolesState', () => {
	it('lists a role’s closest roles best first, every number in words, with its links', async () => {
		const { view } = state([SOFT]);
		expect(view.entries).toEqual([]);
		await view.load();
		expect(view.entries.map((entry) => entry.id)).toEqual(['mobile', 'web']);
		const web = view.entries[1]!;
		expect(web).toMatchObject({
			rank: 2,
			coverageText: 'Software Developer already has 45% of what Web Developer needs.',
			reverseText: 'Web Developer has 53% of what Software Developer needs.',
			compareHref: '/compare/web/soft',
			gapHref: '/gap/soft/web?dataset=rated',
			nodeHref: '/nodes/web?dataset=rated',
			current: false
		});
		expect(web.scoreTitle).toBe(
			`Similarity ${web.score.toFixed(2)} on a scale of 0 (nothing in common) to 1 (the same), from what they need and their tasks.`
		);
		expect(web.signals.map((part) => [part.signal, part.words])).toEqual([
			['needs', 'what they need'],
			['tasks', 'their tasks']
		]);
		expect(view.loading).toBe(false);
	});

	it('offers both roles of a comparison, marks the one on screen, and starts again on a new pair', async () => {
		const { view, shown } = state([SOFT, WEB], { current: ['soft', 'web'] });
		await view.load();
		expect(view.entries.find((entry) => entry.id === 'web')?.current).toBe(true);
		view.choose('web');
		flushSync();
		// The answer for the first role is not shown as the second's.
		expect(view.current).toBeNull();
		await view.load();
		expect(view.role).toEqual(WEB);
		expect(view.entries.map((entry) => entry.id)).toContain('soft');
		shown.value = [{ id: 'mobile', label: 'Mobile Developer' }, SOFT];
		flushSync();
		expect(view.chosen).toBe('mobile');
	});

	it('shows the latest answer only, and says why when there is none', async () => {
		const graph = ratedGraph();
		const real = memoryAccess(graph);
		let release: () => void = () => {};
		const slow: DataAccess = memoryAccess(graph, {
			similar: async (id, dataset, limit): Promise<SimilarAnswer> => {
				if (id === 'soft') await new Promise<void>((resolve) => (release = resolve));
				return real.similar(id, dataset, limit);
			}
		});
		const { view } = state([SOFT, WEB], { access: slow });
		const first = view.load();
		view.choose('web');
		flushSync();
		await view.load();
		release();
		await first;
		expect(view.current?.role.id).toBe('web');

		const failing = memoryAccess(graph, {
			similar: async () => {
				throw new Error('The server answered 500.');
			}
		});
		const broken = state([SOFT], { access: failing }).view;
		await broken.load();
		expect(broken.error).toBe('The closest roles could not be found: The server answered 500.');
		expect(broken.loading).toBe(false);
	});
});
