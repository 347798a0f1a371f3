import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { download, waitForGraph } from './graph-helpers';

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
		await importThroughPicker(page, 'huge.csv', Buffer.alloc(21 * 1024 * 1024, 'a'));
		await expect(page.getByRole('alert')).toContainText(
			'huge.csv is 21.0 MB; rolegraph imports files up to 20.0 MB.'
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
