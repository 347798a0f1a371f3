import { describe, expect, it } from 'vitest';
import { compareRoles } from '../graph/compare';
import { tinyGraph } from '../test-support/tiny-graph';
import { CATEGORIES } from '../graph/types';
import { labelLines, wrapLabel } from './metrics';
import { overlapElements } from './overlap-elements';
import { previewColours, previewOf } from './preview';
import { radialElements } from './radial-elements';

function overlap() {
	const comparison = compareRoles(tinyGraph(), 'eng', 'dev');
	return overlapElements(comparison, [
		{ source: 'eng', target: 'dev', relation: 'buildsFoundationFor' }
	]);
}

describe('previewOf', () => {
	it('pictures every zone, header, node, hub and link of an overlap drawing, where it is drawn', () => {
		const { elements, bounds } = overlap();
		const preview = previewOf(elements, bounds)!;
		const nodes = (cls: string) =>
			elements.filter((e) => e.group === 'nodes' && String(e.classes).split(' ').includes(cls));
		expect(preview.box).toEqual(bounds);
		expect(preview.zones.map((z) => [z.zone, z.title])).toEqual([
			['onlyA', 'Only Engineer · 1'],
			['shared', 'Shared · 2'],
			['onlyB', 'Only Developer · 2']
		]);
		expect(preview.texts.filter((t) => t.kind === 'header')).toHaveLength(
			nodes('group-header').length
		);
		expect(preview.items.map((i) => [i.x, i.y, i.category])).toEqual(
			nodes('item').map((e) => [e.position!.x, e.position!.y, e.data.category])
		);
		expect(preview.hubs.map((h) => [h.x, h.y, h.lines])).toEqual(
			nodes('hub').map((e) => [e.position!.x, e.position!.y, [e.data.label]])
		);
		const links = elements.filter((e) => e.group === 'edges' && !e.classes?.includes('relation'));
		expect(preview.links).toHaveLength(links.length);
		expect(preview.links.filter((l) => l.role === 'a')).toHaveLength(
			links.filter((e) => e.data.source === 'eng').length
		);
	});

	it('draws the relation over the zones, from hub to hub, with an arrow and its words', () => {
		const { elements, bounds, layout } = overlap();
		const [relation] = previewOf(elements, bounds)!.relations;
		expect(relation).toBeDefined();
		const points = relation!.points.split(' ').map((p) => p.split(',').map(Number));
		expect(points).toHaveLength(4);
		expect(points[0]![0]).toBe(layout.hubs.a.x);
		expect(points.at(-1)![0]).toBe(layout.hubs.b.x);
		// The bend runs above the top of the zones (y = 0), and inside the picture.
		for (const [, y] of points.slice(1, 3)) {
			expect(y).toBeLessThan(0);
			expect(y).toBeGreaterThan(bounds.y1);
		}
		expect(relation!.arrow).toBe(true);
		expect(relation!.label).toBe('builds the foundation for');
	});

	it('keeps labels as given, markup included: they are shown as text', () => {
		const payload = '<img src=x onerror=alert(1)>';
		const elements = radialElements({ id: 'x', label: payload, category: 'technology' }, []);
		const preview = previewOf(elements)!;
		expect(preview.items[0]!.lines.join(' ')).toBe(payload);
	});

	it('frames a drawing with no bounds given around all of its nodes and labels', () => {
		const neighbours = ['eng', 'dev'].map((id) => ({
			node: { id, label: id, category: 'role' as const },
			direction: 'in' as const,
			relation: 'needs' as const,
			sources: []
		}));
		const elements = radialElements(
			{ id: 'php', label: 'PHP', category: 'technology' },
			neighbours
		);
		const { box, hubs, items } = previewOf(elements)!;
		for (const { x, y } of [...hubs, ...items]) {
			expect(x).toBeGreaterThan(box.x1);
			expect(x).toBeLessThan(box.x2);
			expect(y).toBeGreaterThan(box.y1);
			expect(y).toBeLessThan(box.y2);
		}
	});

	it('has no picture for a drawing a force layout has still to place', () => {
		expect(
			previewOf([{ group: 'nodes', data: { id: 'a', label: 'A', category: 'skill' } }])
		).toBeUndefined();
	});
});

describe('wrapLabel', () => {
	it.each([
		'Java',
		'Assess the live site’s performance and flexibility',
		'Short words then a Verylongsinglewordthatcannotbreak',
		'',
		'A'.repeat(60)
	])('breaks %j between words only, into as many lines as labelLines counts', (label) => {
		const lines = wrapLabel(label);
		expect(lines.join(' ')).toBe(label.split(/\s+/).filter(Boolean).join(' '));
		expect(lines).toHaveLength(labelLines(label));
		for (const line of lines) {
			if (line.includes(' ')) expect(line.length).toBeLessThanOrEqual(18);
		}
	});
});

describe('previewColours', () => {
	it('gives every category a colour for both themes', () => {
		const colours = previewColours();
		expect(colours).toContain('--pv-zoneA: light-dark(#eff6ff, #132033)');
		for (const category of CATEGORIES) {
			expect(colours).toMatch(
				new RegExp(`--pv-category-${category}: light-dark\\(#[0-9a-f]{6}, #[0-9a-f]{6}\\)`)
			);
		}
	});
});
