import { beforeEach, describe, expect, it, vi } from 'vitest';
import { inTurns } from './turns';

describe('inTurns', () => {
	it('covers every index once, in order, slice by slice', async () => {
		const slices: [number, number][] = [];
		const done = await inTurns(
			10,
			4,
			(start, end) => slices.push([start, end]),
			() => true
		);
		expect(done).toBe(true);
		expect(slices).toEqual([
			[0, 4],
			[4, 8],
			[8, 10]
		]);
	});

	/**
	 * A slice that takes 30 ms of the clock inTurns reads (a clock of the test's own, so a busy
	 * machine cannot stretch a slice): two fit in a turn's budget.
	 */
	let clock = 0;
	beforeEach(() => {
		clock = 0;
		vi.spyOn(performance, 'now').mockImplementation(() => clock);
		return () => vi.restoreAllMocks();
	});
	const slow = () => {
		clock += 30;
	};

	it('gives the page a turn once the budget is spent, and says how far it got', async () => {
		const turns: number[] = [];
		await inTurns(
			4,
			1,
			slow,
			() => true,
			(done) => turns.push(done)
		);
		expect(turns).toEqual([2, 4]);
	});

	it('stops, saying so, when the work is superseded', async () => {
		let still = true;
		const seen: number[] = [];
		const done = await inTurns(
			5,
			1,
			(start) => {
				slow();
				seen.push(start);
			},
			() => still,
			() => (still = false)
		);
		expect(done).toBe(false);
		expect(seen).toEqual([0, 1]);
	});
});
