import { describe, expect, it } from 'vitest';
import { groupedGraph } from '../test-support/grouped-graph';
import { NotARoleError } from './errors';
import { roleNeeds } from './role-needs';

describe('roleNeeds', () => {
	it('lists what a role needs by category, each by label, with kinds and link fields', () => {
		const needs = roleNeeds(groupedGraph(), '15-1.00');
		expect(needs.map((entry) => [entry.category, entry.items.map((item) => item.id)])).toEqual([
			['technology', ['excel', 'python', 'r', 'sql']],
			['skill', ['listening']]
		]);
		expect(needs[0]!.items[1]).toEqual({
			id: 'python',
			label: 'Python',
			category: 'technology',
			kind: 'Programming',
			relation: 'needs',
			sources: ['db'],
			hot: true,
			inDemand: true
		});
	});

	it('lists a category the dataset has no data on for the role, empty and unrated', () => {
		expect(roleNeeds(groupedGraph(), '43-2.00')).toEqual([
			{ category: 'technology', items: [], unrated: true },
			{
				category: 'skill',
				items: [expect.objectContaining({ id: 'listening', importance: 3.5 })],
				unrated: false
			}
		]);
	});

	it('refuses a node that is not a role', () => {
		expect(() => roleNeeds(groupedGraph(), 'python')).toThrow(NotARoleError);
	});
});
