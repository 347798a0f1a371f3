import { describe, expect, it } from 'vitest';
import { ratedGraph } from '../test-support/answers-graph';
import { compareRoles } from './compare';
import { NotARoleError, UnknownNodeError } from './errors';
import { skillGap } from './gap';
import { seedGraph } from '../test-support/graphs';

describe('skillGap', () => {
	it('carries the shared items and orders what to learn by weight for the target', () => {
		const gap = skillGap(ratedGraph(), 'web', 'soft');
		expect(gap.from).toEqual({ id: 'web', label: 'Web Developer' });
		expect(gap.to).toEqual({ id: 'soft', label: 'Software Developer' });
		// Web Developer has JavaScript (2) and Programming (2) of Software Developer's 7.5.
		expect(gap.coverage).toBe(0.5333);
		expect(gap.carry.map((item) => [item.id, item.weight])).toEqual([
			['js', 2],
			['prog', 2]
		]);
		// Java weighs 1.5 (hot) × (1 + 1/1 − 1/3): the one role close to Software Developer
		// (Mobile Developer; Web Developer, the start, is left out; Chef shares nothing) needs it,
		// as does one of the three other roles. SQL: no one else needs it (1 + 0).
		expect(gap.learn.map((item) => [item.id, item.weight])).toEqual([
			['java', 2.5],
			['sql', 1],
			['t-soft', 1]
		]);
		expect(gap.learn[0]!.reasons).toEqual([
			'Software Developer needs it',
			'a hot technology',
			'also needed by Mobile Developer, the role closest to Software Developer (and by 33% of all other roles)'
		]);
		expect(gap.learn[2]!.reasons).toEqual(['a responsibility of Software Developer']);
	});

	it('learns exactly what the comparison has only for the target', () => {
		const graph = ratedGraph();
		for (const [from, to] of [
			['web', 'soft'],
			['soft', 'web'],
			['chef', 'mobile'],
			['soft', 'soft']
		] as const) {
			const gap = skillGap(graph, from, to);
			const comparison = compareRoles(graph, from, to);
			expect(new Set(gap.learn.map((item) => item.id))).toEqual(
				new Set(comparison.onlyB.map((item) => item.id))
			);
			expect(gap.learn).toHaveLength(comparison.onlyB.length);
			expect(gap.carry.map((item) => item.id).sort()).toEqual(
				comparison.shared.map((item) => item.id).sort()
			);
			const weights = gap.learn.map((item) => item.weight);
			expect(weights).toEqual([...weights].sort((x, y) => y - x));
		}
	});

	it('covers everything from a role to itself, and nothing between strangers', () => {
		const graph = ratedGraph();
		expect(skillGap(graph, 'soft', 'soft')).toMatchObject({ coverage: 1, learn: [] });
		expect(skillGap(graph, 'chef', 'soft')).toMatchObject({ coverage: 0, carry: [] });
	});

	it('works on the seed graph, where every link weighs the same', async () => {
		const graph = await seedGraph();
		const gap = skillGap(graph, 'backend-developer', 'backend-engineer');
		expect(gap.learn.every((item) => item.weight === 1)).toBe(true);
		expect(gap.learn[0]!.reasons).toEqual(['Backend Engineer needs it']);
	});

	it('throws named errors for bad ids', () => {
		const graph = ratedGraph();
		expect(() => skillGap(graph, 'web', 'nope')).toThrow(UnknownNodeError);
		expect(() => skillGap(graph, 'js', 'soft')).toThrow(NotARoleError);
	});
});
