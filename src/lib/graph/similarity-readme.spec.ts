import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, seedGraph } from '../test-support/graphs';
import { compareRoles } from './compare';
import { closeness } from './similarity';

/** The README's "How close two roles are" section. */
function readmeSection(): string {
	const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
	return readme.slice(readme.indexOf('## How close two roles are'), readme.indexOf('## JSON API'));
}

describe('the README’s worked example (Backend Engineer and Backend Developer)', () => {
	it('gives the numbers the code computes', async () => {
		const graph = await seedGraph();
		const comparison = compareRoles(graph, 'backend-engineer', 'backend-developer');
		const counts = [comparison.shared, comparison.onlyA, comparison.onlyB].map((l) => l.length);
		expect(counts).toEqual([15, 39, 36]);
		const result = closeness(graph, 'backend-engineer', 'backend-developer');
		// Coverage counts links alike here: 15 shared of the Developer's 51 and the Engineer's 54.
		expect(result.coverage).toEqual({ fromRole: 0.2941, toRole: 0.2778 });
		expect(result.coverage.fromRole).toBeCloseTo(15 / 51, 4);
		expect(result.coverage.toRole).toBeCloseTo(15 / 54, 4);
		const [ln2, ln3] = [Math.log(2) ** 2, Math.log(3) ** 2];
		const needs = (15 * ln2) / Math.sqrt((15 * ln2 + 39 * ln3) * (15 * ln2 + 36 * ln3));
		expect(result.parts).toEqual({
			needs: 0.1374,
			titles: 0.3783,
			tasks: 0.2918,
			description: 0.1574
		});
		expect(result.parts.needs).toBeCloseTo(needs, 4);
		const { titles, tasks, description } = result.parts;
		// From the rounded parts the README shows, to within their rounding.
		expect(result.score).toBeCloseTo((needs + 6 * titles! + 6 * tasks! + description!) / 14, 3);
		expect(result.score).toBe(0.3083);
		const section = readmeSection();
		for (const figure of ['15 ÷ 51', '15 ÷ 54', 'needs 54 things', 'Developer 51', 'share 15']) {
			expect(section).toContain(figure);
		}
		for (const value of [
			result.coverage.fromRole,
			result.coverage.toRole,
			...Object.values(result.parts),
			result.score
		]) {
			expect(section).toContain(value!.toFixed(4));
		}
		expect(section).toContain(
			`(1 × ${needs.toFixed(4)} + 6 × ${titles!.toFixed(4)} + 6 × ${tasks!.toFixed(4)} + 1 × ${description!.toFixed(4)}) ÷ 14`
		);
	});
});
