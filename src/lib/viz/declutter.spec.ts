import { describe, expect, it } from 'vitest';
import { random } from '../graph/random';
import { labelsToShow, overlaps, type LabelBox } from './declutter';

const box = (id: string, x: number, y: number, w = 40, h = 10): LabelBox => ({
	id,
	x1: x,
	y1: y,
	x2: x + w,
	y2: y + h
});

describe('labelsToShow', () => {
	it('keeps the first of two overlapping labels and every label clear of the others', () => {
		const shown = labelsToShow([box('role', 0, 0), box('tech', 20, 5), box('far', 100, 100)]);
		expect([...shown]).toEqual(['role', 'far']);
	});

	it('keeps labels a gap apart when asked', () => {
		expect(labelsToShow([box('a', 0, 0), box('b', 42, 0)]).size).toBe(2);
		expect(labelsToShow([box('a', 0, 0), box('b', 42, 0)], 3).size).toBe(1);
	});

	it('finds clashes across grid cells, for labels of any size', () => {
		const wide = box('wide', -500, 0, 1000, 10);
		expect([...labelsToShow([wide, box('inside', 300, 2, 5, 5)])]).toEqual(['wide']);
	});

	it('leaves no two kept labels overlapping, on a dense random drawing', () => {
		const next = random(3);
		const boxes = Array.from({ length: 2000 }, (_, i) =>
			box(`n${i}`, next() * 800, next() * 600, 20 + next() * 80, 10 + next() * 20)
		);
		const kept = labelsToShow(boxes);
		const shown = boxes.filter((b) => kept.has(b.id));
		expect(shown.length).toBeGreaterThan(50);
		for (const [i, a] of shown.entries()) {
			for (const b of shown.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
		}
	});
});
