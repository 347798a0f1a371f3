import { describe, expect, it } from 'vitest';
import { ratedGraph } from '../test-support/answers-graph';
import { InvalidQueryError } from './errors';
import { matchRoles } from './match';

const rare2 = Math.log(3); // rarity of an item two of the four roles need
const rare3 = Math.log(7 / 3); // three of the four
const closeTo = (value: number) => expect.closeTo(value, 4);

describe('matchRoles', () => {
	it('ranks roles by how well what someone has fits what they need, with coverage', () => {
		const result = matchRoles(ratedGraph(), ['js', 'prog']);
		// The person as a role: JavaScript and Programming, each weight 1 × rarity.
		const person = Math.hypot(rare3, rare2);
		// Each role's rarity-weighted needs, as in similarity.spec.ts (lengths worked out there).
		const soft = { js: (2 * rare3) / 3.949135, prog: (2 * rare2) / 3.949135 };
		const web = { js: (1.5 * rare3) / 3.254708, prog: rare2 / 3.254708 };
		const mobile = { js: rare3 / 2.124889 };
		expect(result.results.map((role) => [role.id, role.score, role.coverage])).toEqual([
			// Coverage: JavaScript 2 + Programming 2 of 7.5; 1.5 + 1 of 5.5; JavaScript 1 of 3.
			['soft', closeTo((rare3 * soft.js + rare2 * soft.prog) / person), 0.5333],
			['web', closeTo((rare3 * web.js + rare2 * web.prog) / person), 0.4545],
			['mobile', closeTo((rare3 * mobile.js) / person), 0.3333]
		]);
		expect(result.results[0]!.score).toBeCloseTo(0.7026, 3);
		// Chef needs neither, so is left out.
		expect(result.results[0]).toMatchObject({
			label: 'Software Developer',
			has: [
				{ id: 'js', label: 'JavaScript', category: 'technology', weight: 2 },
				{ id: 'prog', label: 'Programming', category: 'skill', weight: 2 }
			]
		});
		expect(result.results[0]!.missing.map((item) => [item.id, item.weight])).toEqual([
			['java', 1.5],
			['sql', 1],
			['t-soft', 1]
		]);
	});

	it('shows unknown ids rather than dropping them, and lists each id once', () => {
		const result = matchRoles(ratedGraph(), ['nope', 'js', 'js', 'Java']);
		expect(result.unknown).toEqual(['nope', 'Java']);
		expect(result.have).toEqual([{ id: 'js', label: 'JavaScript', category: 'technology' }]);
	});

	it('takes a role as everything it needs, and leaves it out of the results', () => {
		const result = matchRoles(ratedGraph(), ['web']);
		expect(result.have).toEqual([{ id: 'web', label: 'Web Developer', category: 'role' }]);
		expect(result.results.map((role) => [role.id, role.coverage])).toEqual([
			['soft', 0.5333],
			['mobile', 0.3333]
		]);
	});

	it('finds nothing for nothing, and checks its limits', () => {
		const graph = ratedGraph();
		expect(matchRoles(graph, []).results).toEqual([]);
		expect(matchRoles(graph, ['js', 'prog'], 1).results.map((role) => role.id)).toEqual(['soft']);
		expect(() => matchRoles(graph, ['js'], 0)).toThrow(InvalidQueryError);
		expect(() => matchRoles(graph, ['js'], 51)).toThrow(InvalidQueryError);
		expect(() =>
			matchRoles(
				graph,
				Array.from({ length: 201 }, (_, i) => `x${i}`)
			)
		).toThrow(InvalidQueryError);
	});
});
