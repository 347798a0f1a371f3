import { describe, expect, it } from 'vitest';
import type { Category } from '../graph/types';
import { labelLines, METRICS } from './metrics';
import { ZONES, type Zone } from '../graph/compare';
import { overlapLayout, type LayoutItem } from './overlap-layout';

function items(prefix: string, spec: [Category, number][]): LayoutItem[] {
	return spec.flatMap(([category, count]) =>
		Array.from({ length: count }, (_, i) => ({
			id: `${prefix}-${category}-${i}`,
			label: `${category} number ${i} with a longer name`,
			category
		}))
	);
}

const zones: Record<Zone, LayoutItem[]> = {
	onlyA: items('a', [
		['technology', 7],
		['skill', 5],
		['responsibility', 14]
	]),
	shared: items('s', [
		['technology', 6],
		['skill', 3]
	]),
	onlyB: items('b', [
		['technology', 3],
		['skill', 11],
		['hiring', 3]
	])
};

describe('overlapLayout', () => {
	it('places every item once, in its own zone, zones left to right', () => {
		const layout = overlapLayout(zones);
		for (const zone of ZONES) {
			for (const item of zones[zone]) expect(layout.items.get(item.id)?.zone).toBe(zone);
		}
		const [a, shared, b] = layout.zones;
		expect(a!.x + a!.width).toBeLessThan(shared!.x);
		expect(shared!.x + shared!.width).toBeLessThan(b!.x);
		expect(layout.hubs.a.x).toBeLessThan(a!.x);
		expect(layout.hubs.b.x).toBeGreaterThan(b!.x + b!.width);
	});

	it('gives no two items the same grid cell, with room for their labels', () => {
		const layout = overlapLayout(zones);
		const points = [...layout.items.values()];
		for (let i = 0; i < points.length; i++) {
			for (let j = i + 1; j < points.length; j++) {
				const dx = Math.abs(points[i]!.x - points[j]!.x);
				const dy = Math.abs(points[i]!.y - points[j]!.y);
				const apart = dx >= METRICS.cellWidth - 0.01 || dy >= METRICS.nodeSize + METRICS.lineHeight;
				expect(apart).toBe(true);
			}
		}
	});

	it('keeps the items of a category together, under its header', () => {
		const layout = overlapLayout(zones);
		const headers = layout.groups.filter((g) => g.zone === 'onlyA');
		expect(headers.map((g) => [g.category, g.count])).toEqual([
			['technology', 7],
			['skill', 5],
			['responsibility', 14]
		]);
		const maxY = (category: Category) =>
			Math.max(
				...zones.onlyA.filter((i) => i.category === category).map((i) => layout.items.get(i.id)!.y)
			);
		expect(maxY('technology')).toBeLessThan(headers[1]!.header.y);
		expect(maxY('skill')).toBeLessThan(headers[2]!.header.y);
	});

	it('shapes the drawing to the viewport: wider for a wide screen', () => {
		const wide = overlapLayout(zones, { aspect: 3 });
		const tall = overlapLayout(zones, { aspect: 0.6 });
		expect(wide.width / wide.height).toBeGreaterThan(tall.width / tall.height);
		expect(Math.abs(Math.log(wide.width / wide.height / 3))).toBeLessThan(
			Math.abs(Math.log(tall.width / tall.height / 3))
		);
	});

	it('is deterministic', () => {
		expect(overlapLayout(zones)).toEqual(overlapLayout(zones));
	});

	it('leaves a note where a zone is empty', () => {
		const layout = overlapLayout({ onlyA: zones.onlyA, shared: [], onlyB: [] });
		expect([...layout.emptyNotes.keys()]).toEqual(['shared', 'onlyB']);
		expect(layout.zones.map((z) => z.columns)).toEqual([expect.any(Number), 1, 1]);
	});
});

describe('labelLines', () => {
	it.each([
		['Java', 1],
		['Build APIs', 1],
		['Assess the live site’s performance and flexibility', 3],
		['A'.repeat(60), 1],
		['Short words then a Verylongsinglewordthatcannotbreak', 2]
	])('%s takes %i line(s)', (label, lines) => {
		expect(labelLines(label)).toBe(lines);
	});
});
