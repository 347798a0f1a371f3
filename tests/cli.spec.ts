import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hostileImports } from './hostile-imports';

/** Runs `npm run graph:validate -- <files>` the way a person would. */
function validate(...files: string[]) {
	const run = spawnSync('npx', ['tsx', 'scripts/graph-validate.ts', ...files], {
		encoding: 'utf8'
	});
	return { status: run.status, out: run.stdout, err: run.stderr };
}

test('graph:validate -- <file> checks a file as the browser import does', () => {
	const folder = mkdtempSync(join(tmpdir(), 'rolegraph-cli-'));
	const bad = join(folder, 'bad.csv');
	writeFileSync(bad, 'role,node,category\nA,B,skill\nA2,B,technology\n');
	const good = validate('static/examples/team-skills.csv');
	expect(good.status).toBe(0);
	expect(good.out).toContain('✓ static/examples/team-skills.csv (csv): 14 nodes');

	const both = validate('static/examples/team-skills.csv', bad, join(folder, 'none.gexf'));
	expect(both.status).toBe(1);
	expect(both.err).toContain(`✗ ${bad}: The graph data has 1 problem:`);
	expect(both.err).toContain(
		'line 3: "B" has the category "technology" here but "skill" at line 2'
	);
	expect(both.err).toContain('none.gexf: no such file');
});

test('graph:validate -- <file> says one line per file, whatever a parser would have complained', () => {
	const folder = mkdtempSync(join(tmpdir(), 'rolegraph-cli-'));
	const pick = (name: string) => {
		const file = hostileImports().find((f) => f.name === name)!;
		writeFileSync(join(folder, name), file.bytes);
		return join(folder, name);
	};
	// 150,000 entity references: xmldom used to print 300,002 lines for this file.
	const bomb = validate(pick('entity-bomb.gexf'), pick('undeclared-entities.gexf'));
	expect(bomb.status).toBe(1);
	expect(bomb.out).toBe('');
	expect(bomb.err.trimEnd().split('\n')).toEqual([
		expect.stringMatching(/entity-bomb\.gexf: Not a readable GEXF file: it has a DTD/),
		expect.stringMatching(/undeclared-entities\.gexf: .* refers to the entity &nbsp;/)
	]);
	// A UTF-16 file is text, as it is in the browser; a Latin-1 one is read, and said.
	const text = validate(pick('utf16le.csv'), pick('latin1.csv'));
	expect(text.status).toBe(0);
	expect(text.out).toContain('utf16le.csv (csv): 2 nodes');
	expect(text.out).toMatch(
		/latin1\.csv \(csv\): 3 nodes[^]*note: latin1\.csv is not UTF-8 .* read as Windows-1252/
	);
});

test('graph:validate takes the mapping step’s choices as options', () => {
	// Without a mapping, a file without categories gets one message for all its nodes, naming
	// what they have instead, and the options to give.
	const gephi = 'tests/fixtures/samples/les-miserables.graphology.gexf';
	const unmapped = validate(gephi);
	expect(unmapped.status).toBe(1);
	expect(unmapped.err.trimEnd().split('\n')).toHaveLength(1);
	expect(unmapped.err).toContain(
		'77 nodes of 77 have no category; their attributes are label, Authority, Hub, size'
	);
	expect(unmapped.err).toContain('--category-from');
	expect(unmapped.err).not.toContain('undefined');
	// The options the browser's import message shows for the same choices.
	const mapped = validate(
		'--label=label',
		'--category=skill',
		'--roles=label=Javert|Valjean',
		'--orient',
		'--drop-non-role-links',
		gephi
	);
	expect(mapped.err).toBe('');
	expect(mapped.status).toBe(0);
	expect(mapped.out).toContain(`✓ ${gephi} (gexf): 77 nodes (75 skill, 2 role), 52 edges`);
	expect(mapped.out).toContain(
		'note: Roles: nodes whose "label" is "Javert" or "Valjean" (2 nodes).'
	);

	const matrix = 'tests/fixtures/spreadsheets/team-tools-matrix.xlsx';
	expect(validate(matrix).err).toContain('is a table of no shape rolegraph recognises');
	const table = validate('--layout=matrix', '--role=Job title', '--category=technology', matrix);
	expect(table.status).toBe(0);
	expect(table.out).toContain('(xlsx): 18 nodes (4 role, 14 technology), 28 edges');

	// A mistyped option is refused, not ignored.
	const typo = validate('--lable=label', gephi);
	expect(typo.status).toBe(2);
	expect(typo.err.trim()).toBe('✗ Unknown option: --lable.');
	const half = validate('--roles=label=Javert', gephi);
	expect(half.status).toBe(2);
	expect(half.err).toMatch(/^✗ Say where categories come from/);
});
