import { describe, expect, it } from 'vitest';
import { importFile } from './node';
import { summariseIssues } from './problems';

const node = (i: number, message: string) => ({ where: `nodes[${i}] (id "n${i}")`, message });

describe('summariseIssues: one message per kind of problem', () => {
	it('a kind that occurs once keeps its own line, with its place', () => {
		const issues = [node(3, 'attributes.label: too long'), node(4, 'attributes.kind: unknown')];
		expect(summariseIssues(issues)).toEqual(issues);
	});

	it('nodes without a category: how many, and what they have instead (never "undefined")', () => {
		const issues = Array.from({ length: 4941 }, (_, i) =>
			node(i, 'attributes.category: unknown category undefined; use one of role, skill')
		);
		const [line, ...rest] = summariseIssues(issues, {
			nodeAttributes: ['label', 'modularity_class', 'size']
		});
		expect(rest).toEqual([]);
		expect(line!.message).toMatch(
			/^4,941 nodes have no category; their attributes are label, modularity_class, size\./
		);
		expect(line!.message).not.toContain('undefined');
	});

	it('values the file has instead are tallied, commonest first', () => {
		const issues = [
			...Array.from({ length: 5 }, (_, i) =>
				node(i, 'attributes.category: unknown category "talent"')
			),
			node(9, 'attributes.category: unknown category "tool"')
		];
		expect(summariseIssues(issues)[0]!.message).toBe(
			'6 nodes have a category rolegraph does not know: "talent" (5), "tool" (1); use one of role, technology, skill, responsibility, practice, platform, experience, hiring.'
		);
	});

	it('any other kind names the values found and where the first few are; CSV lines are rows', () => {
		const links = Array.from({ length: 4 }, (_, i) => ({
			where: `edges[${i}] (a → n${i})`,
			message: 'unknown source "zz"'
		}));
		const rows = Array.from({ length: 2 }, (_, i) => ({
			where: `line ${i + 2}`,
			message: 'the node cell is empty'
		}));
		expect(summariseIssues([...links, ...rows]).map((issue) => issue.message)).toEqual([
			'4 links: unknown source "zz" (4) (first: edges[0] (a → n0), edges[1] (a → n1), edges[2] (a → n2), …).',
			'2 rows: the node cell is empty (first: line 2, line 3).'
		]);
	});

	it('numbers outside a field’s range: one line with the span the file has', async () => {
		const csv =
			'Role,Skill,Since\nData Scientist,Python,2019\nData Scientist,SQL,2021\nWeb Developer,CSS,2015\n';
		const refused = await importFile('since.csv', csv).catch((error: Error) => error);
		expect((refused as Error).message.split('\n')[1]).toBe(
			'  3 links have a level outside its range, 0 to 100: the file has 2015 to 2021 (first: edges[0] (Data Scientist → Python), edges[1] (Data Scientist → SQL), edges[2] (Web Developer → CSS)).'
		);
	});

	it('a real file: 3,000 rows of one unknown category give one line', async () => {
		const csv = [
			'role,node,category',
			...Array.from({ length: 3000 }, (_, i) => `r${i % 5},n${i},talent`)
		].join('\n');
		const refused = await importFile('many.csv', csv).catch((error: Error) => error);
		expect((refused as Error).message.split('\n')).toEqual([
			'The graph data has 1 problem:',
			'  3,000 nodes have a category rolegraph does not know: "talent" (3,000); use one of role, technology, skill, responsibility, practice, platform, experience, hiring.'
		]);
	});
});
