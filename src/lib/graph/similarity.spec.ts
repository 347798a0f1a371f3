import { describe, expect, it, vi } from 'vitest';
import { ratedGraph, ratedGraphData } from '../test-support/answers-graph';
import { fromValidated } from './build';
import { InvalidQueryError, NotARoleError, UnknownNodeError } from './errors';
import {
	prepareSimilarityAsync,
	prepareSimilarityInBackground,
	similarityIndex
} from './similarity-index';
import { closeness, closestRoles } from './similarity';
import { terms } from './role-text';

// Rarity over the four roles of the rated graph: ln(1 + 4 / how many roles have the item or word).
const rare1 = Math.log(5); // one role
const rare2 = Math.log(3); // two roles
const rare3 = Math.log(7 / 3); // three roles

// What the roles need, as weight × rarity (see answers-fixtures.ts for the weights).
const web = { js: 1.5 * rare3, css: rare1, html: rare1, prog: 1 * rare2, tWeb: rare1 };
const soft = { js: 2 * rare3, java: 1.5 * rare2, prog: 2 * rare2, sql: rare1, tSoft: rare1 };
const mobile = { java: rare2, js: rare3, tMobile: rare1 };
const norm = (vector: Record<string, number>) =>
	Math.sqrt(Object.values(vector).reduce((sum, x) => sum + x * x, 0));
const needsWebSoft = (web.js * soft.js + web.prog * soft.prog) / norm(web) / norm(soft);
const needsMobileSoft = (mobile.js * soft.js + mobile.java * soft.java) / norm(mobile) / norm(soft);
// Tasks: "Write web pages" and "Write software programs" share "write", which three roles use.
const tasksWebSoft = rare3 ** 2 / (rare3 ** 2 + 2 * rare1 ** 2);

describe('closeness', () => {
	it('scores two roles from what they need and their tasks, worked out by hand', () => {
		expect(needsWebSoft).toBeCloseTo(0.35537, 4);
		expect(tasksWebSoft).toBeCloseTo(0.12171, 4);
		const result = closeness(ratedGraph(), 'web', 'soft');
		expect(result.parts.needs).toBeCloseTo(needsWebSoft, 4);
		expect(result.parts.tasks).toBeCloseTo(tasksWebSoft, 4);
		// The dataset has two signals: needs (weight 1) and tasks (weight 6).
		expect(result.score).toBeCloseTo((1 * needsWebSoft + 6 * tasksWebSoft) / 7, 4);
		expect(result.score).toBeCloseTo(0.15509, 4);
	});

	it('is symmetric, while coverage is directional', () => {
		const graph = ratedGraph();
		const there = closeness(graph, 'web', 'soft');
		const back = closeness(graph, 'soft', 'web');
		expect(back.score).toBe(there.score);
		// Software Developer has JavaScript (1.5) and Programming (1) of Web Developer's 5.5.
		expect(there.coverage.toRole).toBeCloseTo(2.5 / 5.5, 4);
		// Web Developer has JavaScript (2) and Programming (2) of Software Developer's 7.5.
		expect(there.coverage.fromRole).toBeCloseTo(4 / 7.5, 4);
		expect(back.coverage).toEqual({
			toRole: there.coverage.fromRole,
			fromRole: there.coverage.toRole
		});
	});

	it('explains a score: the shared items that add most, the heaviest missing ones, the shared words', () => {
		const result = closeness(ratedGraph(), 'soft', 'web');
		// Programming adds 2·ln3 × 1·ln3 = 2.41, JavaScript 2·ln(7/3) × 1.5·ln(7/3) = 2.15.
		expect(result.drivers).toEqual([
			{ id: 'prog', label: 'Programming', category: 'skill', weight: 1 },
			{ id: 'js', label: 'JavaScript', category: 'technology', weight: 1.5 }
		]);
		// What Web Developer needs that Software Developer lacks: all weigh 1, so by label.
		expect(result.missing.map((item) => item.id)).toEqual(['css', 'html', 't-web']);
		expect(result.words).toEqual(['write']);
	});

	it('is 1 for a role and itself, and 0 for roles with nothing in common', () => {
		const graph = ratedGraph();
		expect(closeness(graph, 'soft', 'soft').score).toBe(1);
		expect(closeness(graph, 'soft', 'soft').coverage).toEqual({ toRole: 1, fromRole: 1 });
		const apart = closeness(graph, 'soft', 'chef');
		expect(apart).toMatchObject({ score: 0, coverage: { toRole: 0, fromRole: 0 }, drivers: [] });
		expect(apart.missing.map((item) => item.id)).toEqual(['knife', 't-chef']);
	});

	it('never reads links between roles', () => {
		const data = ratedGraphData();
		const without = fromValidated({
			...data,
			edges: data.edges.filter((e) => e.attributes.relation !== 'relatedTo')
		});
		expect(closeness(without, 'web', 'soft')).toEqual(
			closeness(fromValidated(data), 'web', 'soft')
		);
	});

	it('throws named errors for unknown ids and non-roles', () => {
		const graph = ratedGraph();
		expect(() => closeness(graph, 'web', 'nope')).toThrow(UnknownNodeError);
		expect(() => closeness(graph, 'js', 'web')).toThrow(NotARoleError);
	});
});

describe('closestRoles', () => {
	it('lists the closest roles best first, itself and roles with nothing in common left out', () => {
		const result = closestRoles(ratedGraph(), 'soft', 10);
		expect(needsMobileSoft).toBeCloseTo(0.38685, 4);
		expect(result.map((role) => [role.id, role.score])).toEqual([
			['mobile', expect.closeTo((needsMobileSoft + 6 * tasksWebSoft) / 7, 4)],
			['web', expect.closeTo((needsWebSoft + 6 * tasksWebSoft) / 7, 4)]
		]);
		expect(result[1]).toMatchObject({
			label: 'Web Developer',
			coverage: { toRole: 0.5333, fromRole: 0.4545 }
		});
		for (const role of result) {
			expect(role.score).toBeGreaterThanOrEqual(0);
			expect(role.score).toBeLessThanOrEqual(1);
		}
	});

	it('stops at the limit and checks it', () => {
		const graph = ratedGraph();
		expect(closestRoles(graph, 'soft', 1).map((role) => role.id)).toEqual(['mobile']);
		for (const limit of [0, 51, 2.5, Number.NaN]) {
			expect(() => closestRoles(graph, 'soft', limit)).toThrow(InvalidQueryError);
		}
		expect(() => closestRoles(graph, 'nope')).toThrow(UnknownNodeError);
	});

	it('finds the same answer when the index was built in the background', async () => {
		const graph = ratedGraph();
		const index = await prepareSimilarityAsync(graph);
		expect(similarityIndex(graph)).toBe(index);
		expect(closestRoles(graph, 'soft').map((role) => role.id)).toEqual(['mobile', 'web']);
	});

	it('builds in the background without throwing: a failure is logged, and thrown to callers', async () => {
		const graph = ratedGraph();
		prepareSimilarityInBackground(graph);
		expect(await prepareSimilarityAsync(graph)).toBe(similarityIndex(graph));
		const data = ratedGraphData();
		// Data the schema would refuse (aliases must be a list), built without validation.
		(data.nodes[0]!.attributes as { aliases: unknown }).aliases = 5;
		const broken = fromValidated(data);
		const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
		prepareSimilarityInBackground(broken);
		await expect(prepareSimilarityAsync(broken)).rejects.toThrow(TypeError);
		await vi.waitFor(() => expect(logged).toHaveBeenCalled());
		logged.mockRestore();
	});

	it('forgets the index when the graph changes', () => {
		const graph = ratedGraph();
		const before = similarityIndex(graph);
		graph.addEdge('chef', 'js', { relation: 'needs', sources: ['s1'] });
		expect(similarityIndex(graph)).not.toBe(before);
		expect(closestRoles(graph, 'chef').map((role) => role.id)).toContain('soft');
	});
});

describe('terms', () => {
	it('keeps the words that carry meaning, stemmed, with the word as written', () => {
		expect(terms('Developing the Web pages, and C++ or C# apps; 2024')).toEqual([
			{ stem: 'develop', word: 'developing' },
			{ stem: 'web', word: 'web' },
			{ stem: 'page', word: 'pages' },
			{ stem: 'c++', word: 'c++' },
			{ stem: 'c#', word: 'c#' },
			{ stem: 'app', word: 'apps' }
		]);
	});
});
