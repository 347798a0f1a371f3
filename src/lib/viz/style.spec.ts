import { describe, expect, it } from 'vitest';
import { CATEGORY_STYLES } from './category-styles';
import { CATEGORIES } from '../graph/types';
import { PALETTES } from './theme';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
	const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
	return (x! + 0.05) / (y! + 0.05);
}

describe('category styles', () => {
	it('give every category other than role its own shape, so colour is never the only cue', () => {
		const shapes = CATEGORIES.filter((c) => c !== 'role').map((c) => CATEGORY_STYLES[c].shape);
		expect(new Set(shapes).size).toBe(shapes.length);
	});

	it.each(['light', 'dark'] as const)('are distinct and visible on the %s background', (theme) => {
		const palette = PALETTES[theme];
		const colours = CATEGORIES.map((c) => palette.category[c]);
		expect(new Set(colours).size).toBe(colours.length);
		for (const colour of colours)
			expect(contrast(colour, palette.background)).toBeGreaterThanOrEqual(3);
		expect(contrast(palette.text, palette.background)).toBeGreaterThanOrEqual(7);
		expect(contrast(palette.hubText, palette.hub)).toBeGreaterThanOrEqual(4.5);
	});
});
