import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { download, waitForGraph } from './graph-helpers';
import { hostileImports, PROTOTYPE_CSV, type HostileFile } from './hostile-imports';

const EXAMPLE = 'static/examples/team-skills.csv';

/** Imports a file through the header's file picker. */
async function importThroughPicker(page: Page, name: string, buffer: Buffer) {
	await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'text/plain', buffer });
}

/** Drops a file on the page, as dragging it from the desktop does. */
async function dropFile(page: Page, name: string, text: string) {
	const transfer = await page.evaluateHandle(
		({ name, text }) => {
			const data = new DataTransfer();
			data.items.add(new File([text], name));
			return data;
		},
		{ name, text }
	);
	await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
	await expect(page.getByText('Drop a graph file to import it')).toBeVisible();
	await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
}

/** Content-Security-Policy violations the page reports (importing must need no eval). */
function watchPolicy(page: Page): string[] {
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
	});
	return violations;
}

test.describe('bring your own graph', () => {
	test('a CSV through the file picker: compare two of its roles, click, export a PNG, keep it across reloads, remove it', async ({
		page
	}) => {
		const violations = watchPolicy(page);
		await page.goto('/');
		await waitForGraph(page);
		await importThroughPicker(page, 'team-skills.csv', readFileSync(EXAMPLE));
		await expect(page).toHaveURL(/\/local\/local-[a-z0-9]+$/);
		await expect(page.getByRole('status', { name: 'Import' })).toContainText(
			'Imported team-skills.csv: 14 nodes, 17 links'
		);
		await waitForGraph(page);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Data Analyst vs Data Engineer'
		);
		await expect(page.getByText('kept in this browser only, never uploaded')).toBeVisible();
		// The header's Compare stays on this graph; Explore (a server view) is not offered.
		const nav = page.getByRole('navigation', { name: 'Main' });
		await expect(nav.getByRole('link', { name: 'Compare' })).toHaveAttribute(
			'href',
			new URL(page.url()).pathname
		);
		await expect(nav.getByRole('link', { name: 'Explore' })).toHaveCount(0);

		const axe = await new AxeBuilder({ page }).analyze();
		expect(
			axe.violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)
		).toEqual([]);

		// Compare two other roles with the pickers.
		await page.getByLabel('Second role').selectOption('ml-engineer');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data Analyst vs ML Engineer');
		await expect(page).toHaveURL(/a=data-analyst&b=ml-engineer/);
		await waitForGraph(page);
		const shared = page.getByRole('region', { name: /^Shared/ });
		await expect(shared.getByRole('link', { name: 'Python' })).toBeVisible();
		await expect(shared.getByRole('link', { name: 'Statistics' })).toBeVisible();

		// Click a technology: the details say which roles need it, from the graph in the browser.
		await shared.getByRole('link', { name: 'Python' }).click();
		const details = page.getByRole('complementary', { name: 'Details' });
		await expect(details.getByRole('heading', { name: 'Python' })).toBeVisible();
		await expect(details).toContainText('Data Engineer');
		await expect(details).toContainText('ML Engineer');

		// Search finds its nodes too.
		await page.getByRole('combobox', { name: 'Search' }).fill('pytorch');
		await expect(page.getByRole('option', { name: /PyTorch/ })).toBeVisible();

		const png = await download(page, 'PNG 1×', 'button');
		expect(png.name).toBe('data-analyst-vs-ml-engineer.png');
		expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
		const csv = await download(page, 'CSV (spreadsheet)', 'button', 'Data: this view');
		expect(csv.bytes.toString('utf8')).toContain('ml-engineer,pytorch,technology,job-ads');

		// Kept across reloads, and offered by the dataset switcher.
		await page.reload();
		await waitForGraph(page);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data Analyst vs ML Engineer');
		const switcher = page.getByLabel('Dataset');
		await expect(switcher.locator('optgroup[label="Imported (this browser)"] option')).toHaveText([
			'team-skills'
		]);

		expect(violations).toEqual([]);

		// Removable.
		page.once('dialog', (dialog) => dialog.accept());
		await page.getByRole('button', { name: 'Remove from this browser' }).click();
		await expect(page).toHaveURL(/\/$/);
		await expect(switcher.locator('optgroup')).toHaveCount(0);
	});

	test('a GEXF dropped on the page compares like the server’s own graph', async ({
		page,
		request
	}) => {
		const gexf = await (await request.get('/api/export/gexf?view=whole')).text();
		const server = await (
			await request.get('/api/compare/backend-engineer/backend-developer')
		).json();
		await page.goto('/');
		await waitForGraph(page);
		await dropFile(page, 'seed.gexf', gexf);
		await expect(page).toHaveURL(/\/local\//);
		await waitForGraph(page);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Backend Engineer vs Backend Developer'
		);
		for (const [zone, name] of [
			['shared', 'Shared'],
			['onlyA', 'Only Backend Engineer'],
			['onlyB', 'Only Backend Developer']
		] as const) {
			await expect(
				page.getByRole('region', { name: `${name} · ${server[zone].length}`, exact: true })
			).toBeVisible();
		}
		// The graph formats of this view are made in the browser, and read back the same.
		const json = await download(page, 'graphology JSON', 'button', 'Data: this view');
		expect(JSON.parse(json.bytes.toString('utf8')).nodes).toHaveLength(
			2 + server.shared.length + server.onlyA.length + server.onlyB.length
		);
	});

	test('a broken file gets a message naming the line; the graph on screen stays', async ({
		page
	}) => {
		await page.goto('/');
		await waitForGraph(page);
		const url = page.url();
		const broken = 'role,node,category\nEngineer,Java,technology\nEngineer,Teamwork,talent\n';
		await importThroughPicker(page, 'broken.csv', Buffer.from(broken));
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('broken.csv was not imported');
		await expect(alert).toContainText('The graph on screen is unchanged.');
		await expect(alert).toContainText(
			'line 3 (id "Teamwork"): attributes.category: unknown category "talent"'
		);
		await expect(alert).toBeFocused();
		expect(page.url()).toBe(url);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Backend Engineer vs Backend Developer'
		);
		await expect(page.locator('[data-drawn="true"]')).toBeVisible();

		// The message passes an accessibility check too.
		const results = await new AxeBuilder({ page }).include('[aria-label="Import"]').analyze();
		expect(
			results.violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map((v) => v.id)
		).toEqual([]);

		// Dismissed with Escape; a file over the limit is refused before it is read.
		await page.keyboard.press('Escape');
		await expect(alert).toHaveCount(0);
		// Over Playwright's 50 MB in-memory limit: the file is written to disk and picked from there.
		const huge = join(mkdtempSync(join(tmpdir(), 'rolegraph-huge-')), 'huge.csv');
		writeFileSync(huge, Buffer.alloc(65 * 1024 * 1024, 'a'));
		await page.locator('input[type="file"]').setInputFiles(huge);
		await expect(page.getByRole('alert')).toContainText(
			'huge.csv is 65.0 MB; rolegraph imports files up to 64.0 MB.'
		);
		await expect(page.locator('[data-drawn="true"]')).toBeVisible();
	});

	test('an unknown local graph is a clear 404', async ({ page }) => {
		await page.goto('/local/local-nothing');
		await expect(
			page.getByText('This browser has no imported graph "local-nothing"')
		).toBeVisible();
	});
});

/** What the command line said of one file: accepted (counts and notes) or refused (message lines). */
type CliVerdict = { nodes: number; edges: number; notes: string[] } | { refused: string[] };

/** Runs `npm run graph:validate -- <files>` once on the whole corpus and splits its answer by file. */
function commandLineVerdicts(files: HostileFile[]): Map<string, CliVerdict> {
	const folder = mkdtempSync(join(tmpdir(), 'rolegraph-hostile-'));
	const paths = files.map((file) => {
		const path = join(folder, file.name);
		writeFileSync(path, file.bytes);
		return path;
	});
	const run = spawnSync('npx', ['tsx', 'scripts/graph-validate.ts', ...paths], {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	});
	const verdicts = new Map<string, CliVerdict>();
	const blocks = (text: string, mark: string) =>
		text.split(new RegExp(`^(?=${mark} )`, 'm')).filter((block) => block.startsWith(mark));
	for (const block of blocks(run.stdout, '✓')) {
		const [head = '', ...rest] = block.trimEnd().split('\n');
		const [, path, nodes, edges] = /^✓ (.*) \(\w+\): (\d+) nodes .*, (\d+) edges/.exec(head) ?? [];
		const notes = rest.map((line) => line.replace(/^\s*note: /, ''));
		verdicts.set(path!, { nodes: Number(nodes), edges: Number(edges), notes });
	}
	for (const block of blocks(run.stderr, '✗')) {
		const [head = '', ...rest] = block.trimEnd().split('\n');
		const [, path, first] = /^✗ (.*?): (.*)$/.exec(head) ?? [];
		verdicts.set(path!, { refused: [first!, ...rest.map((line) => line.trim())] });
	}
	// One line per problem: never a flood of parser complaints.
	expect(run.stdout.split('\n').length + run.stderr.split('\n').length).toBeLessThan(200);
	return new Map(files.map((file, i) => [file.name, verdicts.get(paths[i]!)!]));
}

/** Imports a file in the page and reads what the import said. */
async function browserVerdict(page: Page, file: HostileFile) {
	await importThroughPicker(page, file.name, file.bytes);
	const outcome = page.locator('[aria-label="Import"]');
	await expect(outcome).toBeVisible({ timeout: 30_000 });
	return {
		failed: (await outcome.getAttribute('role')) === 'alert',
		text: (await outcome.innerText()).replace(/\s+/g, ' ')
	};
}

test.describe('hostile files: the command line and the browser give the same verdict', () => {
	const files = hostileImports();
	let cli: Map<string, CliVerdict>;
	test.beforeAll(() => {
		cli = commandLineVerdicts(files);
	});

	for (const file of files) {
		test(`${file.name}: ${file.what}`, async ({ page }) => {
			const fromCli = cli.get(file.name)!;
			await page.goto('/');
			// Drawn means hydrated: the file input listens from then on.
			await waitForGraph(page);
			const shown = await browserVerdict(page, file);
			if ('refused' in file.verdict) {
				expect(fromCli).toMatchObject({ refused: expect.any(Array) });
				const lines = (fromCli as { refused: string[] }).refused;
				expect(lines.join('\n')).toMatch(file.verdict.refused);
				expect(shown.failed).toBe(true);
				expect(shown.text).toContain(`${file.name} was not imported`);
				// The same message, line for line (the summary's colon becomes a full stop on screen).
				for (const line of lines) expect(shown.text).toContain(line.replace(/:$/, ''));
			} else {
				const { nodes, edges } = file.verdict;
				expect(fromCli).toMatchObject({ nodes, edges });
				expect(shown.failed).toBe(false);
				expect(shown.text).toContain(`Imported ${file.name}: ${nodes} nodes, ${edges} links.`);
				for (const note of (fromCli as { notes: string[] }).notes)
					expect(shown.text).toContain(note);
				await expect(page).toHaveURL(/\/local\/local-[a-z0-9]+$/);
				await waitForGraph(page);
			}
		});
	}

	test('the entity bomb is refused at once, about as fast as a small broken file', async ({
		page
	}) => {
		const bomb = files.find((file) => file.name === 'entity-bomb.gexf')!;
		const small: HostileFile = {
			name: 'small.gexf',
			what: 'baseline',
			bytes: Buffer.from('<gexf><graph><nodes></node></graph></gexf>'),
			verdict: { refused: /broken/ }
		};
		await page.goto('/');
		await waitForGraph(page);
		// The first import loads the readers: time the second and third.
		await browserVerdict(page, small);
		await page.keyboard.press('Escape');
		const timed = async (file: HostileFile) => {
			const started = Date.now();
			const { failed } = await browserVerdict(page, file);
			expect(failed).toBe(true);
			await page.keyboard.press('Escape');
			return Date.now() - started;
		};
		const baseline = await timed(small);
		const refusal = await timed(bomb);
		test.info().annotations.push({
			type: 'timing',
			description: `entity bomb (0.55 MB) refused in ${refusal} ms; a 42-byte broken GEXF in ${baseline} ms`
		});
		// Expanding the entity froze the tab for 13.6 s (or crashed it); refusing costs about what
		// reading a small file does. The bound is loose: the machine may be busy with other tests.
		expect(refusal).toBeLessThan(Math.max(5_000, baseline * 20));
		await expect(page.locator('[data-drawn="true"]')).toBeVisible();
	});
});

test.describe('the mapping step and spreadsheets', () => {
	test('a Gephi file without categories: the mapping step, every choice said, remembered for the next file of its shape', async ({
		page
	}) => {
		const violations = watchPolicy(page);
		await page.goto('/');
		await waitForGraph(page);
		const file = readFileSync('tests/fixtures/samples/les-miserables.graphology.gexf');
		await importThroughPicker(page, 'les-miserables.gexf', file);
		const step = page.getByRole('form', { name: "Map the file's fields" });
		await expect(step).toBeVisible({ timeout: 30_000 });
		await expect(step).toContainText(
			'77 nodes of 77 have no category; their attributes are label, Authority, Hub, size'
		);
		await expect(step).toContainText('It has 77 nodes and 254 links');
		await expect(step.getByRole('row', { name: /^Authority 77 / })).toBeVisible();
		// Label, one category for all, two roles by label, links turned, non-role links left out.
		await step.getByLabel('Label', { exact: true }).selectOption('label');
		await step.getByLabel('one for all').check();
		await step.getByLabel('Category for all').selectOption('skill');
		await step.getByLabel('Roles are nodes whose').selectOption('label');
		await step.getByRole('checkbox', { name: /^Valjean/ }).check();
		// 77 names: a filter narrows them, and keeps those already picked.
		await step.getByLabel('Find a value').fill('jav');
		await expect(step.getByRole('checkbox')).toHaveCount(4); // Javert, Valjean, and the two Links boxes
		await step.getByRole('checkbox', { name: /^Javert/ }).check();
		await step.getByLabel('leave out links between two nodes neither of which is a role').check();
		await step.getByRole('button', { name: 'Import with this mapping' }).click();
		const status = page.getByRole('status', { name: 'Import' });
		await expect(status).toContainText('Imported les-miserables.gexf: 77 nodes, 52 links.', {
			timeout: 30_000
		});
		await expect(status).toContainText('Label: "label" (77 nodes).');
		await expect(status).toContainText('Category: skill for all (skill 75, role 2).');
		await expect(status).toContainText(
			'Roles: nodes whose "label" is "Javert" or "Valjean" (2 nodes).'
		);
		await expect(status).toContainText('Links turned to go from the role to what it needs: 43.');
		await expect(status).toContainText(
			'Links between two nodes neither of which is a role, left out: 202.'
		);
		await expect(status).toContainText(
			`npm run graph:validate -- --label=label --category=skill '--roles=label=Javert|Valjean' --orient --drop-non-role-links 'les-miserables.gexf'`
		);
		await expect(page).toHaveURL(/\/local\/local-[a-z0-9]+$/);
		await waitForGraph(page);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('vs');

		// The next file of the same shape is offered the same choices.
		await importThroughPicker(page, 'again.gexf', file);
		await expect(step).toBeVisible({ timeout: 30_000 });
		await expect(step).toContainText('Filled in as for your last file of this shape.');
		await expect(step.getByRole('checkbox', { name: /^Valjean/ })).toBeChecked();
		await step.getByRole('button', { name: 'Cancel' }).click();
		await expect(step).toHaveCount(0);
		expect(violations).toEqual([]);
	});

	test('a wide XLSX matrix is read by its shape, its levels shown beside the items', async ({
		page
	}) => {
		await page.goto('/');
		await waitForGraph(page);
		await importThroughPicker(
			page,
			'skills-matrix.xlsx',
			readFileSync('tests/fixtures/spreadsheets/skills-matrix.xlsx')
		);
		const status = page.getByRole('status', { name: 'Import' });
		await expect(status).toContainText('Imported skills-matrix.xlsx: 8 nodes, 14 links.', {
			timeout: 30_000
		});
		await expect(status).toContainText(
			'Read as a role-by-skill matrix: 3 roles (rows) × 5 skills (columns), 14 links; levels 1–5 kept on the links as "level"'
		);
		await waitForGraph(page);
		await page.getByLabel('First role').selectOption('Data Engineer');
		await page.getByLabel('Second role').selectOption('ML Engineer');
		await waitForGraph(page);
		const shared = page.getByRole('region', { name: /^Shared/ });
		await expect(shared.getByRole('listitem').filter({ hasText: 'SQL' })).toContainText('level 5');
	});

	test('a wide XLSX matrix with an id column first: the mapping step for tables, then a graph', async ({
		page
	}) => {
		await page.goto('/');
		await waitForGraph(page);
		await importThroughPicker(
			page,
			'team-tools-matrix.xlsx',
			readFileSync('tests/fixtures/spreadsheets/team-tools-matrix.xlsx')
		);
		const step = page.getByRole('form', { name: "Map the file's fields" });
		await expect(step).toBeVisible({ timeout: 30_000 });
		await expect(step).toContainText('is a table of no shape rolegraph recognises: 16 columns');
		await expect(step).toContainText('It has 5 rows.');
		await expect(step.getByRole('row', { name: /^Kubernetes 2 / })).toBeVisible();
		await step.getByLabel('a row per role, a column per skill').check();
		// The role column offered first is the first of names, not the employee number.
		await expect(step.getByLabel('Role column', { exact: true })).toHaveValue('Job title');
		await expect(step.getByText("from a column's values")).toHaveCount(0);
		// A matrix has no column of what the role needs: its columns are.
		await expect(step.getByLabel('What the role needs', { exact: true })).toHaveCount(0);
		await step.getByLabel('Category for all').selectOption('technology');
		await step.getByRole('button', { name: 'Import with this mapping' }).click();
		const status = page.getByRole('status', { name: 'Import' });
		await expect(status).toContainText('Imported team-tools-matrix.xlsx: 18 nodes, 28 links.', {
			timeout: 30_000
		});
		await expect(status).toContainText(
			'Read as a role-by-technology matrix: 4 roles (rows) × 14 technologies (columns), 28 links; 28 cells marked without a level; 1 column before the role column left out ("Employee ID").'
		);
		await expect(status).toContainText(
			`npm run graph:validate -- --layout=matrix '--role=Job title' --category=technology 'team-tools-matrix.xlsx'`
		);
		await waitForGraph(page);
		await page.getByLabel('First role').selectOption('Data Engineer');
		await page.getByLabel('Second role').selectOption('ML Engineer');
		await waitForGraph(page);
		const shared = page.getByRole('region', { name: /^Shared/ });
		await expect(shared.getByRole('listitem').filter({ hasText: 'Docker' })).toBeVisible();
	});

	test('a table of no known shape gets the mapping step for tables', async ({ page }) => {
		await page.goto('/');
		await waitForGraph(page);
		const csv =
			'Title,Element Name,Scale,Data Value\nData Scientist,Mathematics,IM,4.5\nData Scientist,Programming,IM,4.1\nWeb Developer,Programming,IM,4.4\n';
		await importThroughPicker(page, 'onet-skills.csv', Buffer.from(csv));
		const step = page.getByRole('form', { name: "Map the file's fields" });
		await expect(step).toContainText('is a table of no shape rolegraph recognises: 4 columns');
		await step.getByLabel('Role column', { exact: true }).selectOption('Title');
		await step.getByLabel('What the role needs', { exact: true }).selectOption('Element Name');
		await step.getByLabel('Level', { exact: true }).selectOption('Data Value');
		await step.getByRole('button', { name: 'Import with this mapping' }).click();
		await expect(page.getByRole('status', { name: 'Import' })).toContainText(
			'Imported onet-skills.csv: 4 nodes, 3 links.',
			{ timeout: 30_000 }
		);
	});
});

test.describe('any id works, and a graph that does not open can be removed', () => {
	test('nodes and roles named after Object.prototype members import, open, compare and reload', async ({
		page
	}) => {
		await page.goto('/');
		await waitForGraph(page);
		await importThroughPicker(page, 'prototype-names.csv', Buffer.from(PROTOTYPE_CSV));
		await expect(page).toHaveURL(/\/local\/local-[a-z0-9]+$/);
		await waitForGraph(page);
		await page.getByLabel('First role').selectOption('r1');
		await page.getByLabel('Second role').selectOption('valueOf');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('r1 vs valueOf');
		await waitForGraph(page);
		const shared = page.getByRole('region', { name: /^Shared/ });
		await expect(shared.getByRole('link', { name: 'constructor' })).toBeVisible();
		await expect(shared.getByRole('link', { name: 'toString' })).toBeVisible();
		await expect(
			page.getByRole('region', { name: /^Only r1/ }).getByRole('link', { name: '__proto__' })
		).toBeVisible();
		await shared.getByRole('link', { name: 'constructor' }).click();
		const details = page.getByRole('complementary', { name: 'Details' });
		await expect(details.getByRole('heading', { name: 'constructor' })).toBeVisible();
		await page.getByRole('combobox', { name: 'Search' }).fill('hasOwn');
		await expect(page.getByRole('option', { name: /hasOwnProperty/ })).toBeVisible();
		await page.reload();
		await waitForGraph(page);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('r1 vs valueOf');
	});

	test('a stored graph that fails to open is removed from its error page', async ({ page }) => {
		await page.goto('/');
		await waitForGraph(page);
		await importThroughPicker(page, 'team-skills.csv', readFileSync(EXAMPLE));
		await expect(page).toHaveURL(/\/local\/local-[a-z0-9]+$/);
		const id = new URL(page.url()).pathname.split('/').pop()!;
		// Break what the browser keeps, as an older version's data or another tool might.
		await page.evaluate(async (id) => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const open = indexedDB.open('rolegraph');
				open.onsuccess = () => resolve(open.result);
				open.onerror = () => reject(open.error);
			});
			const store = db.transaction('datasets', 'readwrite').objectStore('datasets');
			const record = await new Promise<{ graph: { nodes: { attributes: object }[] } }>(
				(resolve) =>
					(store.get(id).onsuccess = (event) => resolve((event.target as IDBRequest).result))
			);
			record.graph.nodes[0]!.attributes = { label: 'Broken\uFFFE', category: 'gadget' };
			await new Promise((resolve) => (store.put(record).onsuccess = resolve));
			db.close();
		}, id);
		await page.reload();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'This imported graph does not open'
		);
		await expect(page.getByRole('alert').first()).toContainText('contains U+FFFE');
		await expect(page.getByText('This browser still keeps team-skills')).toBeVisible();
		page.once('dialog', (dialog) => dialog.accept());
		await page.getByRole('button', { name: 'Remove from this browser' }).click();
		await expect(page).toHaveURL(/\/$/);
		await expect(page.getByLabel('Dataset').locator('optgroup')).toHaveCount(0);
		await page.goto(`/local/${id}`);
		await expect(page.getByText(`This browser has no imported graph "${id}"`)).toBeVisible();
		await expect(page.getByRole('button', { name: 'Remove from this browser' })).toHaveCount(0);
	});
});
