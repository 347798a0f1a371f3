import { describe, expect, it } from 'vitest';
import { compareMany } from '../../graph/compare-many';
import { teamGraph } from '../../test-support/team-graph';
import { filterRows, matrixRows, sortRows, type SortDirection, type SortKey } from './matrix-rows';

const rows = () => matrixRows(compareMany(teamGraph(), ['fe', 'be', 'fs']));
const ids = (list: ReturnType<typeof rows>) => list.map((row) => row.item.id);

describe('matrixRows', () => {
	it('makes a row per item, zone by zone, with a mark per role', () => {
		const all = rows();
		expect(ids(all)).toEqual(['git', 'talk', 'css', 'js', 'sql', 'ux']);
		expect(all[0]).toMatchObject({ needs: [true, true, true], count: 3, zone: 0 });
		expect(all.find((row) => row.item.id === 'sql')).toMatchObject({
			needs: [false, true, true],
			count: 2
		});
	});
});

describe('sortRows', () => {
	it.each<[SortKey, SortDirection, string[]]>([
		['zone', 'ascending', ['git', 'talk', 'css', 'js', 'sql', 'ux']],
		['item', 'ascending', ['css', 'git', 'js', 'sql', 'talk', 'ux']],
		['item', 'descending', ['ux', 'talk', 'sql', 'js', 'git', 'css']],
		['category', 'ascending', ['css', 'git', 'js', 'sql', 'talk', 'ux']],
		['count', 'descending', ['git', 'talk', 'css', 'js', 'sql', 'ux']],
		['count', 'ascending', ['ux', 'css', 'js', 'sql', 'git', 'talk']],
		['role:1', 'ascending', ['git', 'talk', 'sql', 'css', 'js', 'ux']],
		['role:1', 'descending', ['css', 'js', 'ux', 'git', 'talk', 'sql']]
	])('by %s, %s', (key, direction, expected) => {
		expect(ids(sortRows(rows(), key, direction))).toEqual(expected);
	});
});

describe('filterRows', () => {
	it.each([
		[{ text: 'A' }, ['talk', 'js']],
		[{ text: 'java script' }, ['js']],
		[{ category: 'skill' as const }, ['talk', 'ux']],
		[{ zone: 1 }, ['css', 'js']],
		[{ text: '', category: '' as const, zone: null }, ['git', 'talk', 'css', 'js', 'sql', 'ux']]
	])('%o', (filter, expected) => {
		expect(ids(filterRows(rows(), filter))).toEqual(expected);
	});
});
