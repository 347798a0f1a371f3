import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromValidated } from '../build';
import { repoRoot } from '../../test-support/graphs';
import { MappingNeededError } from './mapping-needed';
import { importFile } from './node';
import { MAX_XLSX_UNPACKED, unpackedSize } from './xlsx';

const sheet = (name: string) => readFileSync(join(repoRoot, 'tests/fixtures/spreadsheets', name));

describe('xlsx: Excel workbooks', () => {
	it('a role-by-skill matrix is recognised by its shape; levels kept on the links', async () => {
		const { graph, format, notices } = await importFile(
			'skills-matrix.xlsx',
			sheet('skills-matrix.xlsx')
		);
		expect(format).toBe('xlsx');
		expect(notices[0]).toBe(
			'Read as a role-by-skill matrix: 3 roles (rows) × 5 skills (columns), 14 links; levels 1–5 kept on the links as "level"; 1 cell marked without a level. Empty cells and 0 are no link.'
		);
		expect(notices).toContain(
			'Read the sheet "Skills"; the workbook has 1 other ("Notes"), left out.'
		);
		const built = fromValidated(graph);
		expect(built.getEdgeAttribute('Data Engineer', 'SQL', 'level')).toBe(5);
		expect(built.getEdgeAttribute('ML Engineer', 'Communication', 'level')).toBeUndefined();
		expect(built.hasEdge('Data Analyst', 'Spark')).toBe(false);
	});

	it('two columns with lists in a cell', async () => {
		const { graph, notices } = await importFile('role-skills.xlsx', sheet('role-skills.xlsx'));
		expect(notices[0]).toMatch(
			/^Read as two columns, "Role" \(the role\) and "Skills" \(skill\): 2 roles, 5 items, 6 links; 2 cells listed several/
		);
		expect(fromValidated(graph).hasEdge('Data Analyst', 'Python')).toBe(true);
	});

	it('a wide matrix with an id column first needs the mapping step; mapped, the columns before the role are left out', async () => {
		const bytes = sheet('team-tools-matrix.xlsx');
		const refused = await importFile('team.xlsx', bytes).catch(
			(error: MappingNeededError) => error
		);
		expect(refused).toBeInstanceOf(MappingNeededError);
		expect((refused as MappingNeededError).message).toMatch(
			/^team\.xlsx is a table of no shape rolegraph recognises: 16 columns \("Employee ID", "Job title", "Python"/
		);
		const { graph, notices } = await importFile('team.xlsx', bytes, {
			mapping: {
				kind: 'table',
				layout: 'matrix',
				role: 'Job title',
				category: { all: 'technology' }
			}
		});
		expect(notices[0]).toBe(
			'Read as a role-by-technology matrix: 4 roles (rows) × 14 technologies (columns), 28 links; 28 cells marked without a level; 1 column before the role column left out ("Employee ID"). Empty cells and 0 are no link.'
		);
		const built = fromValidated(graph);
		expect(built.hasNode('Employee ID')).toBe(false);
		expect(built.getNodeAttribute('Kafka', 'category')).toBe('technology');
		// The two Data Engineer rows are one role with the links of both.
		expect(built.hasEdge('Data Engineer', 'Terraform')).toBe(true);
		expect(built.hasEdge('Data Engineer', 'Spark')).toBe(true);
	});

	it('reads the size a ZIP unpacks to before unpacking it, and refuses a bomb', async () => {
		expect(unpackedSize(sheet('skills-matrix.xlsx'))).toBeGreaterThan(1000);
		const bytes = new Uint8Array(sheet('skills-matrix.xlsx'));
		const view = new DataView(bytes.buffer);
		// Make the central directory claim one entry unpacks to 4 GB.
		const directory = view.getUint32(bytes.length - 22 + 16, true);
		view.setUint32(directory + 24, 0xffffffff, true);
		await expect(importFile('bomb.xlsx', bytes)).rejects.toThrow(
			new RegExp(
				`unpacks to .* MB; rolegraph reads workbooks that unpack to at most ${MAX_XLSX_UNPACKED / 1024 / 1024}\\.0 MB`
			)
		);
	});

	it('a broken workbook is said to be one', async () => {
		const bytes = new Uint8Array(sheet('skills-matrix.xlsx')).slice(0, 2000);
		await expect(importFile('broken.xlsx', bytes)).rejects.toThrow(
			/broken\.xlsx is not a readable Excel workbook/
		);
	});
});
