import { describe, expect, it } from 'vitest';
import { ringPositions } from './radial-elements';

describe('ringPositions', () => {
	it.each([1, 2, 7, 55, 400])('spreads %i nodes so that none crowd each other', (count) => {
		const points = ringPositions(count);
		expect(points).toHaveLength(count);
		let closest = Infinity;
		for (let i = 0; i < points.length; i++) {
			for (let j = i + 1; j < points.length; j++) {
				closest = Math.min(
					closest,
					Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y)
				);
			}
		}
		if (count > 1) expect(closest).toBeGreaterThan(100);
	});
});
