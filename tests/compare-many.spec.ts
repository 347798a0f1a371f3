import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { clickNode, download, drawnNodes, waitForGraph } from './graph-helpers';

/** Six O*NET computer occupations: Software Developers (no skill data), Web Developers, … */
const SIX = ['15-1252.00', '15-1254.00', '15-1242.00', '15-1211.00', '15-1212.00', '15-1241.00'];
/** Three of them whose data is complete. */
const THREE = ['15-1254.00', '15-1242.00', '15-1211.00'];

const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });
const path = (roles: readonly string[], query = '?dataset=onet') =>
	`/compare/${roles.join('/')}${query}`;

interface Item {
	id: string;
	category: string;
	sources: Record<string, string[]>;
}
interface Answer {
	roles: { id: string; label: string }[];
	zones: { roles: string[]; items: Item[] }[];
	missing: Record<string, string[]>;
}

test.describe('GET /api/compare with several roles', () => {
	test('zones partition the union: each item in the zone of exactly the roles linked to it', async ({
		request
	}) => {
		const response = await request.get(`/api${path(THREE)}`);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toContain('application/json');
		const body: Answer = await response.json();
		expect(body.roles).toEqual([
			{ id: '15-1254.00', label: 'Web Developers' },
			{ id: '15-1242.00', label: 'Database Administrators' },
			{ id: '15-1211.00', label: 'Computer Systems Analysts' }
		]);
		expect(body.missing).toEqual({});
		const seen = new Set<string>();
		for (const zone of body.zones) {
			expect(zone.items.length).toBeGreaterThan(0);
			for (const item of zone.items) {
				expect(seen.has(item.id)).toBe(false);
				seen.add(item.id);
				expect(Object.keys(item.sources)).toEqual(zone.roles);
			}
		}
		const sizes = body.zones.map((zone) => zone.items.length);
		expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
		// The union, from the pair answers: A ∪ B and A ∪ C.
		const union = new Set<string>();
		for (const other of [THREE[1], THREE[2]]) {
			const pair = await (
				await request.get(`/api/compare/${THREE[0]}/${other}?dataset=onet`)
			).json();
			for (const item of [...pair.shared, ...pair.onlyA, ...pair.onlyB]) union.add(item.id);
		}
		expect(seen).toEqual(union);
	});

	test('takes category= and source=, and says what the data lacks', async ({ request }) => {
		const body: Answer = await (
			await request.get(
				`/api${path(SIX.slice(0, 4), '?dataset=onet&category=skill&category=technology&source=onet-29.3')}`
			)
		).json();
		expect(body.missing).toEqual({ '15-1252.00': ['skill'] });
		const categories = new Set(body.zones.flatMap((zone) => zone.items.map((i) => i.category)));
		// Software Developers has no skill data, and links to no skill: no zone holds skills.
		expect([...categories]).toEqual(['technology']);
	});

	test('answers the same bytes again (from the cache), two roles in the pair’s shape', async ({
		request
	}) => {
		const address = `/api${path(SIX.slice(0, 4))}`;
		const first = await request.get(address);
		const second = await request.get(address);
		expect(await second.body()).toEqual(await first.body());
		expect(second.headers()['x-content-type-options']).toBe(
			first.headers()['x-content-type-options']
		);
		const pair = await (
			await request.get('/api/compare/backend-engineer/backend-developer')
		).json();
		expect(Object.keys(pair)).toEqual(['a', 'b', 'shared', 'onlyA', 'onlyB', 'missing']);
	});

	for (const [what, address, status, message] of [
		['one role', '/api/compare/backend-engineer', 400, 'Compare two to six roles; one was given.'],
		['seven roles', `/api${path([...SIX, '11-1011.00'])}`, 400, '7 were given'],
		['a role twice', `/api${path([SIX[0]!, SIX[1]!, SIX[0]!])}`, 400, 'is chosen twice'],
		[
			'an unknown role',
			`/api${path([SIX[0]!, SIX[1]!, 'nope'])}`,
			404,
			'No node has the id "nope"'
		],
		['a node that is no role', `/api${path([SIX[0]!, SIX[1]!, 'python'])}`, 404, 'not a role'],
		['an unknown category', `/api${path(THREE, '?dataset=onet&category=talent')}`, 400, 'talent']
	] as const) {
		test(`refuses ${what} with a JSON message`, async ({ request }) => {
			const response = await request.get(address);
			expect(response.status()).toBe(status);
			expect((await response.json()).error.message).toContain(message);
		});
	}
});

test.describe('the view of several roles', () => {
	test('six O*NET roles are readable: no two nodes or labels overlap, and it all fits', async ({
		page
	}) => {
		for (const viewport of [
			{ width: 1440, height: 900 },
			{ width: 390, height: 844 }
		]) {
			await page.setViewportSize(viewport);
			await page.goto(path(SIX));
			await waitForGraph(page);
			const result = await page.evaluate(() => {
				const cy = window.__cy!;
				const boxes = cy
					.nodes('.item, .hub, .more, .group-header, .zone-title, .missing-note')
					.map((n) => ({ id: n.id(), ...n.renderedBoundingBox({ includeLabels: true }) }));
				const overlaps: string[] = [];
				for (let i = 0; i < boxes.length; i++) {
					for (let j = i + 1; j < boxes.length; j++) {
						const a = boxes[i]!;
						const b = boxes[j]!;
						if (a.x1 < b.x2 - 0.5 && b.x1 < a.x2 - 0.5 && a.y1 < b.y2 - 0.5 && b.y1 < a.y2 - 0.5) {
							overlaps.push(`${a.id} × ${b.id}`);
						}
					}
				}
				const all = cy.elements().renderedBoundingBox();
				return { overlaps, count: boxes.length, all, width: cy.width(), height: cy.height() };
			});
			expect(result.count).toBeGreaterThan(150);
			expect(result.overlaps).toEqual([]);
			expect(result.all.x1).toBeGreaterThanOrEqual(0);
			expect(result.all.y1).toBeGreaterThanOrEqual(0);
			expect(result.all.x2).toBeLessThanOrEqual(result.width);
			expect(result.all.y2).toBeLessThanOrEqual(result.height);
		}
		// Six roles: a hub each, the largest zones drawn, the smaller ones folded into one box.
		expect((await drawnNodes(page, 'node.hub')).map((hub) => hub.label)).toEqual([
			'Software Developers',
			'Web Developers',
			'Database Administrators',
			'Computer Systems Analysts',
			'Information Security Analysts',
			'Computer Network Architects'
		]);
		const titles = (await drawnNodes(page, 'node.zone-title')).map((t) => t.label).join(' ');
		expect(titles).toContain('All six · 126');
		expect(titles).toMatch(/\d+ smaller zones · \d+ items/);
		await expect(page.getByRole('note')).toHaveText(
			'O*NET 29.3 has no skill data for Software Developers, so skills are left out of this comparison.'
		);
	});

	test('the pickers add and remove roles; the address keeps roles, filters and selection', async ({
		page
	}) => {
		await page.goto('/compare/15-1254.00/15-1242.00?dataset=onet&category=technology');
		await waitForGraph(page);
		await page.getByRole('combobox', { name: 'Add a role' }).fill('Computer Systems Anal');
		await page.getByRole('option', { name: /Computer Systems Analysts/ }).click();
		await expect(page).toHaveURL(`${path(THREE, '?dataset=onet&category=technology')}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Web Developers vs Database Administrators vs Computer Systems Analysts'
		);
		await waitForGraph(page);
		expect(await drawnNodes(page, 'node.hub')).toHaveLength(3);

		// Select a node in the matrix; the address keeps it, and a reload reopens all of it.
		const matrix = page.getByRole('region', { name: /Which of the compared roles/ });
		await page.getByRole('searchbox', { name: 'Items containing' }).fill('oracle');
		const link = matrix.getByRole('link', { name: 'Oracle Database' });
		await link.click();
		await expect(details(page).getByRole('heading', { name: 'Oracle Database' })).toBeVisible();
		await expect(page).toHaveURL(/node=oracle-database/);
		await page.reload();
		await waitForGraph(page);
		await expect(details(page).getByRole('heading', { name: 'Oracle Database' })).toBeVisible();
		await expect(page.getByRole('checkbox', { name: 'Skills' })).not.toBeChecked();
		await expect(page.getByRole('region', { name: 'Among the roles compared' })).toContainText(
			'need Oracle Database'
		);

		// Remove a role: two left is the pair view, with the same filters and selection.
		await page.getByRole('button', { name: 'Remove Database Administrators' }).click();
		await expect(page).toHaveURL(
			'/compare/15-1254.00/15-1211.00?dataset=onet&category=technology&node=oracle-database'
		);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Web Developers vs Computer Systems Analysts'
		);
		await expect(page.getByRole('region', { name: /^Shared/ })).toBeVisible();
	});

	test('the seed graph has two roles: its pickers offer no third', async ({ page }) => {
		await page.goto('/');
		await waitForGraph(page);
		await expect(page.getByLabel('First role')).toBeVisible();
		await expect(page.getByLabel('Add a role')).toHaveCount(0);
	});

	test('clicking a node says which roles need it and lights up their links', async ({ page }) => {
		await page.goto(path(THREE));
		await waitForGraph(page);
		const zones = await drawnNodes(page, 'node.item');
		const sql = zones.find((n) => n.zone === 'BC')!;
		await clickNode(page, sql.id);
		await expect(details(page).getByRole('heading', { name: sql.label })).toBeVisible();
		const note = page.getByRole('region', { name: 'Among the roles compared' });
		await expect(note).toContainText(
			`Database Administrators and Computer Systems Analysts need ${sql.label}; Web Developers does not.`
		);
		await expect(note).toContainText(
			'It is in “Database Administrators and Computer Systems Analysts only'
		);
		const lit = await page.evaluate(
			(id) =>
				window
					.__cy!.edges('.highlighted')
					.map((e) => (e.target().id() === id ? e.source().id() : ''))
					.sort(),
			sql.id
		);
		expect(lit).toEqual(['15-1211.00', '15-1242.00']);
		// Escape clears it, and the links are hidden again once the pointer has left the node.
		const canvas = (await page.locator('[data-drawn="true"]').boundingBox())!;
		await page.mouse.move(canvas.x + 4, canvas.y + canvas.height - 4);
		await page.keyboard.press('Escape');
		await expect(page).not.toHaveURL(/node=/);
		await expect.poll(() => page.evaluate(() => window.__cy!.edges('.highlighted').length)).toBe(0);
	});

	test('the matrix sorts and filters from the keyboard, as a table with headers', async ({
		page
	}) => {
		await page.goto(path(THREE));
		await waitForGraph(page);
		const table = page.getByRole('table', { name: /Which of the compared roles/ });
		await expect(table.getByRole('columnheader')).toHaveText([
			/Item/,
			/Category/,
			/Web Developers/,
			/Database Administrators/,
			/Computer Systems Analysts/,
			/Roles/
		]);
		const item = table.getByRole('columnheader', { name: 'Item' });
		await expect(item).toHaveAttribute('aria-sort', 'none');
		await item.getByRole('button').focus();
		await page.keyboard.press('Enter');
		await expect(item).toHaveAttribute('aria-sort', 'ascending');
		const first = () => table.getByRole('rowheader').first().textContent();
		const ascending = await first();
		await page.keyboard.press('Enter');
		await expect(item).toHaveAttribute('aria-sort', 'descending');
		expect(await first()).not.toBe(ascending);

		// By one role: the items it needs first.
		const dba = table.getByRole('columnheader', { name: 'Database Administrators' });
		await dba.getByRole('button').click();
		await expect(dba).toHaveAttribute('aria-sort', 'ascending');
		await expect(table.getByRole('row').nth(1).getByRole('cell').nth(2)).toContainText('needs');

		// Filter by zone, then by words; the count says how many remain.
		await page.getByLabel('Zone', { exact: true }).selectOption({ index: 1 });
		await expect(page.getByText(/^\d+ of \d+ items/)).toBeVisible();
		await page.getByRole('searchbox', { name: 'Items containing' }).fill('zzzz-nothing');
		await expect(page.getByText(/^0 of \d+ items/)).toBeVisible();
		await expect(table.getByRole('rowheader')).toHaveCount(0);
	});

	test('exports PNG and SVG with title, legend and zone counts, and a CSV with a column per role', async ({
		page
	}) => {
		await page.goto(path(THREE));
		await waitForGraph(page);
		const png = await download(page, 'PNG 1×', 'button');
		expect(png.name).toBe(
			'web-developers-vs-database-administrators-vs-computer-systems-analysts.png'
		);
		expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
		const svg = (await download(page, 'SVG', 'button')).bytes.toString('utf8');
		expect(svg).toContain(
			'<title>Web Developers vs Database Administrators vs Computer Systems Analysts</title>'
		);
		expect(svg).toMatch(/All three · \d+/);
		expect(svg).toContain('Technology'); // the legend
		expect(svg).toContain('O*NET');
		const csv = (await download(page, 'CSV (spreadsheet)', 'link', 'Data: this view')).bytes
			.toString('utf8')
			.split('\r\n');
		expect(csv[0]).toBe(
			'node,node_label,category,zone,roles,Web Developers,Database Administrators,Computer Systems Analysts,credit'
		);
		expect(csv[1]).toMatch(/,All three,3,onet-29\.3,onet-29\.3,onet-29\.3,/);
		const gexf = (await download(page, 'GEXF (Gephi)', 'link', 'Data: this view')).bytes.toString(
			'utf8'
		);
		expect(gexf).toContain('15-1211.00');
	});

	test('a bad address is a clear error page', async ({ page }) => {
		const response = await page.goto('/compare/backend-engineer');
		expect(response?.status()).toBe(400);
		await expect(page.getByText('Compare two to six roles; one was given.')).toBeVisible();
	});

	test('axe finds no serious or critical violation', async ({ page }) => {
		await page.goto(path(THREE));
		await waitForGraph(page);
		const axe = await new AxeBuilder({ page }).analyze();
		expect(
			axe.violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)
		).toEqual([]);
	});

	test('an imported CSV with four roles: add them, click, reload', async ({ page }) => {
		const csv = [
			readFileSync('static/examples/team-skills.csv', 'utf8').trim(),
			'bi-developer,bi-developer,role,,BI Developer,Builds reports and the models under them.',
			'bi-developer,sql,technology,job-ads,SQL,',
			'bi-developer,dashboards,responsibility,job-ads,Build dashboards,',
			'bi-developer,python,technology,team-survey,Python,'
		].join('\n');
		await page.goto('/');
		await waitForGraph(page);
		await page
			.locator('input[type="file"]')
			.setInputFiles({ name: 'team.csv', mimeType: 'text/plain', buffer: Buffer.from(csv) });
		await expect(page).toHaveURL(/\/local\/local-[a-z0-9]+$/);
		await waitForGraph(page);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'BI Developer vs Data Analyst'
		);
		await page.getByLabel('Add a role').selectOption('ml-engineer');
		await expect(page).toHaveURL(/role=.*&role=.*&role=ml-engineer/);
		await waitForGraph(page);
		await page.getByLabel('Add a role').selectOption('data-engineer');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'BI Developer vs Data Analyst vs ML Engineer vs Data Engineer'
		);
		await waitForGraph(page);
		expect(await drawnNodes(page, 'node.hub')).toHaveLength(4);
		await clickNode(page, 'python');
		await expect(page.getByRole('region', { name: 'Among the roles compared' })).toContainText(
			'All 4 roles compared need Python.'
		);
		await page.reload();
		await waitForGraph(page);
		expect(await drawnNodes(page, 'node.hub')).toHaveLength(4);
		await expect(details(page).getByRole('heading', { name: 'Python' })).toBeVisible();
	});
});
