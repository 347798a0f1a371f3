import { describe, expect, it } from 'vitest';
import { groupedGraph } from '../test-support/grouped-graph';
import { tinyGraph } from '../test-support/tiny-graph';
import { ratedRoles, together } from './co-occurrence';

// groupedGraph: Python is needed by 15-1, 15-2 and 17-1; of the six roles, five have technology
// data (Couriers have none). Lift = together × rated / (needing it × needing the other).
describe('together', () => {
	it('counts the roles needing both, and the lift over chance (worked by hand)', () => {
		expect(together(groupedGraph(), 'python')).toEqual([
			// Excel: all 3 Python roles need it, as do all 5 rated roles: 3 × 5 / (3 × 5) = 1.
			{ id: 'excel', label: 'Excel', category: 'technology', roles: 3, lift: 1 },
			// SQL: 2 of the 3 (15-1, 15-2); 2 roles need SQL in all: 2 × 5 / (3 × 2) = 1.67.
			{ id: 'sql', label: 'SQL', category: 'technology', roles: 2, lift: 1.67 }
		]);
	});

	it('leaves out items only one role shares, and items of other categories', () => {
		const ids = together(groupedGraph(), 'python', { limit: 100 }).map((item) => item.id);
		expect(ids).not.toContain('r');
		expect(ids).not.toContain('listening');
	});

	it('orders equal counts by lift, then label', () => {
		// Excel: Python 3 of 5 (lift 1), AutoCAD and SQL 2 each (2 × 5 / (5 × 2) = 1): by label.
		expect(
			together(groupedGraph(), 'excel').map((item) => [item.id, item.roles, item.lift])
		).toEqual([
			['python', 3, 1],
			['autocad', 2, 1],
			['sql', 2, 1]
		]);
	});

	it('answers within one family: counts, the chance and the rated roles all in it', () => {
		// In family 15 both roles need Python, SQL and Excel: 2 × 2 / (2 × 2) = 1 each.
		expect(together(groupedGraph(), 'python', { group: '15' })).toEqual([
			{ id: 'excel', label: 'Excel', category: 'technology', roles: 2, lift: 1 },
			{ id: 'sql', label: 'SQL', category: 'technology', roles: 2, lift: 1 }
		]);
		expect(together(groupedGraph(), 'python', { group: '43' })).toEqual([]);
	});

	it('keeps to the limit', () => {
		expect(together(groupedGraph(), 'python', { limit: 1 }).map((item) => item.id)).toEqual([
			'excel'
		]);
	});

	it('says nothing for a role or for a node one role needs', () => {
		expect(together(groupedGraph(), '15-1.00')).toEqual([]);
		expect(together(groupedGraph(), 'javascript')).toEqual([]);
	});

	it('gives the same answer twice (its scratch counts are reset)', () => {
		const graph = groupedGraph();
		expect(together(graph, 'python')).toEqual(together(graph, 'python'));
	});

	it('works on a graph without families or unrated roles', () => {
		// Tiny: Java is needed by both roles, which share nothing else of its category.
		expect(together(tinyGraph(), 'java')).toEqual([]);
	});
});

describe('ratedRoles', () => {
	it('counts the roles with data on a category, in a family or in all', () => {
		const graph = groupedGraph();
		expect(ratedRoles(graph, 'technology')).toBe(5);
		expect(ratedRoles(graph, 'skill')).toBe(6);
		expect(ratedRoles(graph, 'technology', { group: '43' })).toBe(1);
	});
});
