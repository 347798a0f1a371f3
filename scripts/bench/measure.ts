/** Median of a list of numbers. */
export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Percentile (0–100) of a list of numbers, nearest rank. */
export function percentile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[
		Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
	]!;
}

/** Nanoseconds per call of `run`, timed over `calls` calls. */
export function timePerCall(run: () => unknown, calls: number): number {
	let sink: unknown;
	const start = process.hrtime.bigint();
	for (let i = 0; i < calls; i++) sink = run();
	const elapsed = Number(process.hrtime.bigint() - start);
	if (sink === Symbol.for('never')) console.log(sink);
	return elapsed / calls;
}

/**
 * Times two workloads against each other in back-to-back pairs (so machine noise hits both
 * alike) and returns the median nanoseconds per call of each and the median of the per-pair
 * ratios, which is steadier on a noisy machine than a ratio of medians.
 */
export function race(
	ours: () => unknown,
	floor: () => unknown,
	{ calls = 2000, rounds = 31 } = {}
): { ours: number; floor: number; ratio: number } {
	for (let i = 0; i < 3; i++) {
		timePerCall(ours, calls);
		timePerCall(floor, calls);
	}
	const oursTimes: number[] = [];
	const floorTimes: number[] = [];
	const ratios: number[] = [];
	for (let round = 0; round < rounds; round++) {
		// Alternate which goes first, so neither always gets the warmer caches.
		const [o, f] =
			round % 2 === 0
				? [timePerCall(ours, calls), timePerCall(floor, calls)]
				: [timePerCall(floor, calls), timePerCall(ours, calls)].reverse();
		oursTimes.push(o!);
		floorTimes.push(f!);
		ratios.push(o! / f!);
	}
	return { ours: median(oursTimes), floor: median(floorTimes), ratio: median(ratios) };
}

/** A duration in the unit that reads best. */
export function formatNs(ns: number): string {
	if (ns < 1_000) return `${ns.toFixed(0)} ns`;
	if (ns < 1_000_000) return `${(ns / 1_000).toFixed(2)} µs`;
	return `${(ns / 1_000_000).toFixed(2)} ms`;
}
