import { describe, expect, it } from 'vitest';
import { aspectStep } from '../layout-spec';
import { earlyJson } from './early';

describe('the drawing a page carries for the browser to draw before hydration', () => {
	const elements = [
		{
			data: { id: 'a', label: '</script><script>alert(1)</script><!-- "quoted" & é 😀' },
			position: { x: 1.5, y: -2 }
		}
	];
	const layout = { name: 'preset' as const, bounds: { x1: 0, y1: 0, x2: 10, y2: 5 } };

	it('holds no "<", and reads back as the very same drawing', () => {
		const json = earlyJson(elements, layout);
		expect(json).not.toContain('<');
		const read = JSON.parse(json);
		expect(read).toEqual({ elements, layout });
		expect(earlyJson(read.elements, read.layout)).toBe(json);
		expect(read.elements[0].data.label).toBe(elements[0]!.data.label);
	});
});

describe('aspectStep', () => {
	it('is the frame’s width ÷ height in quarters, 1.75 before it is measured', () => {
		expect(aspectStep(1440, 820)).toBe(1.75);
		expect(aspectStep(1000, 1000)).toBe(1);
		expect(aspectStep(390, 520)).toBe(0.75);
		expect(aspectStep(0, 500)).toBe(1.75);
		expect(aspectStep(500, 0)).toBe(1.75);
	});
});
