import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { clickNode, download, drawnNodes, waitForGraph } from './graph-helpers';

/** Fails the test on any error the page throws or logs. */
function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	return errors;
}

const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });

test.describe('every O*NET occupation page works (issue 13, bug 1)', () => {
	for (const code of ['15-1254.00', '15-1252.00', '29-1141.00', '15-1242.00', '27-2011.00']) {
		test(`/nodes/${code} renders and stays`, async ({ page }) => {
			const errors = watchErrors(page);
			await page.goto(`/nodes/${code}?dataset=onet`);
			await waitForGraph(page);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expect(
				page.getByRole('heading', { name: /^Related occupations · \d+$/ })
			).toBeVisible();
			expect(errors).toEqual([]);
		});
	}

	test('a role related both ways is listed once, and "Open the page" leaves the comparison', async ({
		page
	}) => {
		const errors = watchErrors(page);
		await page.goto('/compare/15-1254.00/15-1252.00?dataset=onet&node=15-1254.00');
		await waitForGraph(page);
		await details(page).getByRole('link', { name: 'Open the page of Web Developers' }).click();
		await expect(page).toHaveURL(/\/nodes\/15-1254\.00\?dataset=onet$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Web Developers');
		await expect(page.getByRole('heading', { name: 'Web Developers vs' })).toHaveCount(0);
		const related = page
			.getByRole('region', { name: /^Related occupations/ })
			.getByRole('listitem');
		await expect(
			related.filter({ hasText: /^Web Developers and Software Developers/ })
		).toHaveCount(1);
		expect(errors).toEqual([]);
	});
});

test.describe('missing data is not a difference (issue 13, bug 2)', () => {
	const pair = '/compare/15-1254.00/15-1252.00?dataset=onet';
	const notice =
		'O*NET 29.3 has no skill data for Software Developers, so skills are left out of this comparison.';

	test('the API names what is missing and leaves it out of both "only" sides', async ({
		request
	}) => {
		const body = await (
			await request.get('/api/compare/15-1254.00/15-1252.00?dataset=onet')
		).json();
		expect(body.missing).toEqual({ '15-1252.00': ['skill'] });
		for (const side of ['onlyA', 'onlyB', 'shared']) {
			expect(body[side].some((item: { category: string }) => item.category === 'skill')).toBe(
				false
			);
		}
		const both = await (
			await request.get('/api/compare/15-1254.00/15-1242.00?dataset=onet')
		).json();
		expect(both.missing).toEqual({});
		expect(both.onlyA.some((item: { category: string }) => item.category === 'skill')).toBe(true);
	});

	test('the view, the lists, the graph and every export say so', async ({ page }) => {
		await page.goto(pair);
		await waitForGraph(page);
		await expect(page.getByRole('note').filter({ hasText: notice })).toBeVisible();
		const lists = page.getByRole('region', { name: 'The same, as lists' });
		const onlyWeb = lists.getByRole('region', { name: /^Only Web Developers/ });
		await expect(onlyWeb.getByRole('heading', { name: 'Skills' })).toHaveCount(0);
		await expect(onlyWeb).toContainText(
			'Skills are not compared: O*NET 29.3 has no skill data for Software Developers.'
		);
		const note = await drawnNodes(page, 'node.missing-note');
		expect(note.map((n) => [n.label, n.zone])).toEqual([
			['Skills · no data for Software Developers', undefined]
		]);
		const csv = (await download(page, /^CSV/, 'link', 'Data: this view')).bytes.toString('utf8');
		const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
		expect(rows[0]).toContain('notice');
		expect(rows[1]![rows[0]!.indexOf('notice')]).toBe(notice);
		expect(rows.some((row) => row[2] === 'skill')).toBe(false);
		const svg = (await download(page, 'SVG', 'button')).bytes.toString('utf8');
		expect(svg).toContain(notice);
		const graphml = (await download(page, 'GraphML', 'link', 'Data: this view')).bytes.toString();
		expect(graphml).toMatch(/\[(&quot;|")skill(&quot;|")\]/);
	});

	test('the details panel says a skill is unknown for the role without data', async ({ page }) => {
		await page.goto(`${pair}&node=skill-writing`);
		await expect(details(page)).toContainText('whether Software Developers does is not known');
		await expect(details(page)).toContainText(
			'O*NET 29.3 has no skill data for Software Developers'
		);
	});
});

test.describe('the details panel (issue 13, bugs 3 and 4)', () => {
	test('a node folded by the per-group limit says so, and unfolds on request', async ({ page }) => {
		await page.goto('/compare/15-1254.00/15-1252.00?dataset=onet&node=python');
		await waitForGraph(page);
		await expect(details(page)).toContainText(
			'Both Web Developers and Software Developers need it.'
		);
		await expect(details(page)).not.toContainText('neither role links to it');
		await expect(details(page)).toContainText(/folded into “\+\d+ more” under Shared/);
		expect(await page.evaluate(() => window.__cy!.getElementById('python').empty())).toBe(true);
		await details(page).getByRole('button', { name: 'Show the whole group' }).click();
		await expect(page).toHaveURL(/expand=shared\.technology/);
		await expect
			.poll(() => page.evaluate(() => window.__cy!.getElementById('python').nonempty()))
			.toBe(true);
		await expect(details(page)).not.toContainText('folded');
	});

	test('filters and unlinked nodes are told apart', async ({ page }) => {
		await page.goto('/compare/15-1254.00/15-1252.00?dataset=onet&category=skill&node=python');
		await expect(details(page)).toContainText('The filters hide it in this view.');
		await details(page).getByRole('link', { name: 'Show everything' }).click();
		await expect(page).not.toHaveURL(/category=/);
		await page.goto(
			'/compare/15-1254.00/15-1252.00?dataset=onet&node=trak-it-solutions-trak-it-hr'
		);
		await expect(details(page)).toContainText('Neither role links to it');
	});

	test('a role lists its related roles closest first, each a comparison, the rest unfolding', async ({
		page
	}) => {
		await page.goto('/compare/15-1254.00/15-1252.00?dataset=onet&node=15-1254.00');
		const related = details(page).getByRole('list').first().getByRole('link');
		await expect(related).toHaveCount(8);
		// O*NET ranks Web and Digital Interface Designers 1st, Software Developers 2nd for Web Developers.
		await expect(related.nth(0)).toHaveText('Compare with Web and Digital Interface Designers');
		await expect(related.nth(1)).toHaveText('Compare with Software Developers');
		await expect(related.nth(0)).toHaveAttribute(
			'href',
			'/compare/15-1254.00/15-1255.00?dataset=onet'
		);
		await details(page).getByRole('button', { name: 'Show all 22 related roles' }).click();
		await expect(related).toHaveCount(22);
		await related.nth(1).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Web Developers vs Software Developers'
		);
	});
});

test.describe('the lists carry the weights the graph shows (issue 13, bug 6)', () => {
	test('hot first, skills by importance, marks shown, the shared source named once', async ({
		page
	}) => {
		await page.goto('/compare/15-1254.00/15-1242.00?dataset=onet');
		await waitForGraph(page);
		const lists = page.getByRole('region', { name: 'The same, as lists' });
		await expect(lists).toContainText('Every item cites O*NET 29.3 Database (O*NET 29.3).');
		await expect(lists.locator('.sources')).toHaveCount(0);
		const technologies = lists
			.getByRole('region', { name: /^Shared/ })
			.locator('ul')
			.first()
			.getByRole('listitem');
		const first = await technologies.allTextContents();
		const hot = first.map((text) => text.includes('hot'));
		// Every hot entry comes before every other one.
		expect(hot.indexOf(false) === -1 || hot.lastIndexOf(true) < hot.indexOf(false)).toBe(true);
		expect(hot[0]).toBe(true);
		const skills = await lists
			.getByRole('region', { name: /^Shared/ })
			.locator('ul')
			.nth(1)
			.getByRole('listitem')
			.allTextContents();
		const importance = skills
			.map((text) => Number(/importance ([\d.]+)/.exec(text)?.[1]))
			.filter(Number.isFinite);
		expect(importance).toEqual([...importance].sort((a, b) => b - a));
		expect(importance.length).toBeGreaterThan(3);
	});
});

test.describe('smaller things (issue 13, bug 7)', () => {
	test('picking the role already on the other side swaps the two, never a role with itself', async ({
		page
	}) => {
		await page.goto('/');
		await waitForGraph(page);
		await page.getByLabel('First role').selectOption('backend-developer');
		await expect(page).toHaveURL(/\/compare\/backend-developer\/backend-engineer$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Backend Developer vs Backend Engineer'
		);
	});

	test('the same on O*NET, where roles are picked by searching', async ({ page }) => {
		const visited: string[] = [];
		page.on('framenavigated', (frame) => visited.push(frame.url()));
		await page.goto('/compare/15-1254.00/15-1252.00?dataset=onet');
		await waitForGraph(page);
		const first = page.getByRole('combobox', { name: 'First role' });
		await first.fill('Software Developers');
		await page
			.getByRole('option', { name: /^Software Developers/ })
			.first()
			.click();
		await expect(page).toHaveURL(/\/compare\/15-1252\.00\/15-1254\.00\?dataset=onet$/);
		expect(visited.some((url) => /15-1252\.00\/15-1252\.00/.test(url))).toBe(false);
	});

	test('a hiring node is headed in the words of its relation', async ({ page }) => {
		await page.goto('/nodes/hire-long-term');
		await expect(page.getByRole('heading', { name: 'Roles to hire for this' })).toBeVisible();
		await page.goto('/?node=hire-long-term');
		await expect(
			details(page).getByRole('heading', { name: /^Roles to hire for this/ })
		).toBeVisible();
	});

	test('choosing an entry in the lists takes focus to its details', async ({ page }) => {
		await page.goto('/');
		await waitForGraph(page);
		const lists = page.getByRole('region', { name: 'The same, as lists' });
		await lists.getByRole('link', { name: 'NGINX', exact: true }).focus();
		await page.keyboard.press('Enter');
		const heading = details(page).getByRole('heading', { name: 'NGINX' });
		await expect(heading).toBeFocused();
		await expect(heading).toBeInViewport();
	});

	test('an unknown address gets the app’s error page with a way back', async ({ page }) => {
		for (const path of ['/no/such/page', '/compare/nope/nada/zilch', '/nodes/nope']) {
			const response = await page.goto(path);
			expect(response?.status()).toBe(404);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
			await expect(page.getByRole('alert')).not.toHaveText('Not Found');
			await expect(page.getByRole('link', { name: 'Back to the comparison' })).toBeVisible();
		}
	});

	test('the seed graph’s two role hubs are apart in /explore', async ({ page }) => {
		await page.goto('/explore');
		await waitForGraph(page);
		const hubs = await drawnNodes(page, 'node.hub');
		expect(hubs).toHaveLength(2);
		const [a, b] = hubs as [(typeof hubs)[0], (typeof hubs)[0]];
		expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(150);
	});

	test('at 390 px the explore search lines up with the page', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/explore');
		const search = await page.getByRole('combobox', { name: 'Search' }).boundingBox();
		const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
		expect(Math.abs(search!.x - heading!.x)).toBeLessThan(2);
		const main = await page.locator('main').boundingBox();
		expect(search!.x + search!.width).toBeLessThanOrEqual(main!.x + main!.width);
	});

	test('a long O*NET role name wraps in the closest-roles choice instead of widening the page', async ({
		page
	}) => {
		await page.setViewportSize({ width: 1440, height: 900 });
		// "to Software Quality Assurance Analysts and Testers" took the side column to 1,537 px.
		await page.goto('/compare/15-1253.00/13-2011.00?dataset=onet');
		const choice = page.getByRole('button', {
			name: 'to Software Quality Assurance Analysts and Testers'
		});
		await expect(choice).toBeVisible();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			1440
		);
		const box = (await choice.boundingBox())!;
		const side = (await page.getByRole('heading', { name: 'Closest roles' }).boundingBox())!;
		expect(box.x + box.width).toBeLessThanOrEqual(1440 - 16);
		expect(box.x).toBeGreaterThanOrEqual(side.x - 1);
		// The whole name shows: nothing of it is cut off.
		expect(await choice.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(
			true
		);
	});

	test('at 1,440 px the dataset menu shows the seed dataset’s whole name', async ({ page }) => {
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.goto('/');
		const select = page.getByLabel('Dataset');
		const { scroll, client } = await select.evaluate((element) => ({
			scroll: element.scrollWidth,
			client: element.clientWidth
		}));
		expect(scroll).toBeLessThanOrEqual(client);
		const text = await select.evaluate((element) => {
			const el = element as HTMLSelectElement;
			const canvas = document.createElement('canvas').getContext('2d')!;
			canvas.font = getComputedStyle(el).font;
			return {
				needed: canvas.measureText(el.selectedOptions[0]!.text).width,
				width: el.clientWidth
			};
		});
		// The box holds the name plus the drop-down arrow.
		expect(text.needed + 24).toBeLessThanOrEqual(text.width);
	});

	test('the import notice stays clear of the graph’s zoom and Fit buttons', async ({ page }) => {
		await page.goto('/');
		await waitForGraph(page);
		await page.locator('input[type=file]').setInputFiles({
			// Cut short: no reader can make a graph of it.
			name: 'broken.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"attributes": {"title": "Half a file"}, "nodes": [')
		});
		const notice = page.getByRole('alert').filter({ hasText: 'was not imported' });
		await expect(notice).toBeVisible();
		const box = await notice.boundingBox();
		for (const name of ['Zoom in', 'Zoom out', 'Fit']) {
			const button = await page.getByRole('button', { name, exact: true }).boundingBox();
			const apart =
				box!.x + box!.width <= button!.x ||
				button!.x + button!.width <= box!.x ||
				box!.y + box!.height <= button!.y ||
				button!.y + button!.height <= box!.y;
			expect(apart, name).toBe(true);
		}
		await clickNode(page, 'nginx');
		await expect(details(page).getByRole('heading', { name: 'NGINX' })).toBeVisible();
	});
});
