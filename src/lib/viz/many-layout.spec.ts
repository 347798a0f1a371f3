import { describe, expect, it } from 'vitest';
import { random } from '../graph/random';
import type { Category } from '../graph/types';
import { manyLayout, MANY_METRICS, type ManyZoneInput } from './many-layout';
import { METRICS } from './metrics';

const ROLES = [
	'Software Developers',
	'Web Developers',
	'Database Administrators',
	'Systems Analysts',
	'Security Analysts',
	'Network Architects'
].map((label, i) => ({ id: `r${i}`, label }));

/** Zones as six roles make them: a few large, many small, with titles of every length. */
function zones(seed: number, count = 40): ManyZoneInput[] {
	const next = random(seed);
	const categories: Category[] = ['technology', 'skill', 'responsibility'];
	let id = 0;
	return Array.from({ length: count }, (_, z) => {
		const size = Math.max(1, Math.round(60 / (z + 1) + next() * 4));
		const items = categories.flatMap((category) =>
			Array.from({ length: Math.round(size * next()) }, () => ({
				id: `n${id++}`,
				label: [
					'Git',
					'Apache Kafka',
					'Analyze user needs and software requirements',
					'IBM WebSphere MQ'
				][Math.floor(next() * 4)]!,
				category
			}))
		);
		const names = ROLES.filter(() => next() < 0.5).map((role) => role.label);
		return {
			key: `z${z}`,
			title: `${names.join(', ') || 'Only one'} only · ${items.length}`,
			items
		};
	});
}

const overlap = (a: { x1: number; y1: number; x2: number; y2: number }, b: typeof a) =>
	a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

describe('manyLayout', () => {
	it.each([
		{ aspect: 1.75, seed: 1 },
		{ aspect: 0.6, seed: 2 },
		{ aspect: 1, seed: 3 },
		{ aspect: 2.5, seed: 4 }
	])('keeps boxes apart, everything in its box, and the shape near $aspect', ({ aspect, seed }) => {
		const input = zones(seed);
		const layout = manyLayout(input, ROLES, { aspect, notes: ['Skills · no data for one'] });
		const boxes = layout.boxes.map((box) => ({
			key: box.key,
			x1: box.x,
			y1: box.y,
			x2: box.x + box.width,
			y2: box.y + box.height
		}));
		for (let i = 0; i < boxes.length; i++) {
			for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
		}
		// Every item in its own zone's box, its cell inside the padding; hubs above every box.
		for (const [id, at] of layout.items) {
			const box = boxes.find((b) => b.key === at.zone)!;
			expect(at.x - METRICS.cellWidth / 2).toBeGreaterThanOrEqual(
				box.x1 + MANY_METRICS.padding - 0.01
			);
			expect(at.x + METRICS.cellWidth / 2).toBeLessThanOrEqual(
				box.x2 - MANY_METRICS.padding + 0.01
			);
			expect(at.y).toBeLessThan(box.y2);
			expect(at.y).toBeGreaterThan(box.y1);
			expect(id).toMatch(/^n/);
		}
		const top = Math.min(...boxes.map((b) => b.y1));
		for (const hub of layout.hubs.values()) expect(hub.y + hub.h / 2).toBeLessThan(top);
		expect(layout.items.size).toBe(input.reduce((sum, zone) => sum + zone.items.length, 0));
		// Close to the shape asked for (within a factor of two either way).
		expect(Math.abs(Math.log(layout.width / layout.height / aspect))).toBeLessThan(Math.log(2));
	});

	it('places the largest zone first, top left, and titles every box in at most two lines', () => {
		const layout = manyLayout(zones(5), ROLES);
		const first = layout.boxes[0]!;
		expect(first.x).toBe(0);
		expect(first.y).toBe(Math.min(...layout.boxes.map((b) => b.y)));
		for (const box of layout.boxes) expect(box.title.length).toBeLessThanOrEqual(2);
	});

	it('is deterministic', () => {
		expect(manyLayout(zones(6), ROLES)).toEqual(manyLayout(zones(6), ROLES));
	});

	it('lays out no zones: the hubs and the notes alone', () => {
		const layout = manyLayout([], ROLES.slice(0, 3), { notes: ['Nothing to compare'] });
		expect(layout.boxes).toEqual([]);
		expect(layout.hubs.size).toBe(3);
		expect(layout.notes).toHaveLength(1);
	});
});
