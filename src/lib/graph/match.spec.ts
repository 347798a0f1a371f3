import { describe, expect, it } from 'vitest';
import { ratedGraph } from './answers-fixtures';
import { InvalidQueryError } from './errors';
import { matchRoles } from './match';

describe('matchRoles', () => {
	it('ranks roles by the weighted share of their needs someone has', () => {
		const result = matchRoles(ratedGraph(), ['js', 'prog']);
		// Software Developer: JavaScript 2 + Programming 2 of 7.5; Web Developer: 1.5 + 1 of 5.5;
		// Mobile Developer: JavaScript 1 of 3; Chef needs neither, so is left out.
		expect(result.results.map((role) => [role.id, role.score])).toEqual([
			['soft', 0.5333],
			['web', 0.4545],
			['mobile', 0.3333]
		]);
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
		expect(result.results.map((role) => [role.id, role.score])).toEqual([
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
