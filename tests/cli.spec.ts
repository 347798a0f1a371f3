import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
