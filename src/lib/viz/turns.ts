/** Longest a turn of sliced work runs before the page gets its own turn (ms). */
export const TURN_BUDGET = 50;

/**
 * Lets the page handle input and paint, then carries on: ahead of other waiting work where the
 * browser can (scheduler.yield), else as a new task.
 */
export function pause(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Works through [0, length) in slices of `size`, as many slices a turn as fit in TURN_BUDGET (at
 * least one), pausing between turns so no task runs long. `onTurn` hears how far it got after
 * each turn. Resolves true when done, false as soon as `current()` says the work is superseded.
 */
export async function inTurns(
	length: number,
	size: number,
	work: (start: number, end: number) => void,
	current: () => boolean,
	onTurn?: (done: number) => void
): Promise<boolean> {
	let start = 0;
	while (start < length) {
		if (!current()) return false;
		const began = performance.now();
		do {
			const end = Math.min(length, start + size);
			work(start, end);
			start = end;
		} while (start < length && performance.now() - began < TURN_BUDGET);
		onTurn?.(start);
		await pause();
	}
	return current();
}
