import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { teamGraph } from '../../test-support/team-graph';
import { exportFile } from './export-file';
import { roleMatrixCsv } from './csv-role-matrix';

const table = (text: string) => Papa.parse<string[]>(text.trim()).data;

describe('roleMatrixCsv', () => {
	it('writes a row per item, zone by zone, and a column per role with its sources', () => {
		const rows = table(roleMatrixCsv(teamGraph(), ['fe', 'be', 'fs']));
		expect(rows[0]).toEqual([
			'node',
			'node_label',
			'category',
			'zone',
			'roles',
			'Frontend',
			'Backend',
			'Full-stack'
		]);
		expect(rows.slice(1)).toEqual([
			['git', 'Git', 'technology', 'All three', '3', 's1', 's2', 's1'],
			['talk', 'Talking', 'skill', 'All three', '3', 's1', 's1', 's1'],
			['css', 'CSS', 'technology', 'Frontend and Full-stack only', '2', 's1', '', 's1'],
			['js', 'JavaScript', 'technology', 'Frontend and Full-stack only', '2', 's1', '', 's1|s2'],
			['sql', 'SQL', 'technology', 'Backend and Full-stack only', '2', '', 's1', 's1'],
			['ux', 'UX sense', 'skill', 'Only Frontend', '1', 's1', '', '']
		]);
	});

	it('says what the data lacks and carries the credit, on every row', () => {
		const rows = table(roleMatrixCsv(teamGraph(), ['fe', 'ops'], {}, 'Credit: someone.'));
		expect(rows[0]!.slice(-2)).toEqual(['notice', 'credit']);
		for (const row of rows.slice(1)) {
			expect(row.slice(-2)).toEqual([
				'Team has no skill data for Ops, so skills are left out of this comparison.',
				'Credit: someone.'
			]);
		}
	});

	it('is what the CSV export of a view of several roles writes', async () => {
		const file = await exportFile(teamGraph(), 'csv', {
			kind: 'compareMany',
			roles: ['fe', 'be', 'fs'],
			options: { categories: ['skill'] }
		});
		expect(file.filename).toBe('frontend-vs-backend-vs-full-stack.csv');
		expect(table(file.text).map((row) => row[0])).toEqual(['node', 'talk', 'ux']);
	});
});
