import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { clickNode, drawnNodes, hoverNode, waitForGraph } from './graph-helpers';

const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });

test.describe('the overlap view', () => {
	test('draws both roles, three zones with counts, and every node in its zone', async ({
		page
	}) => {
		await page.goto('/');
		await waitForGraph(page);
		const zones = await drawnNodes(page, 'node.zone');
		expect(zones.map((z) => z.label)).toEqual([
			'Only Backend Engineer · 39',
			'Shared · 15',
			'Only Backend Developer · 36'
		]);
		const items = await drawnNodes(page, 'node.item');
		expect(items).toHaveLength(90);
		const zoneOf = Object.fromEntries(items.map((item) => [item.id, item.zone]));
		expect(zoneOf.nginx).toBe('onlyA');
		expect(zoneOf.html).toBe('shared');
		expect(zoneOf.javascript).toBe('onlyB');

		// Left to right: hub A, only A, shared, only B, hub B.
		const hubs = await drawnNodes(page, 'node.hub');
		const x = (zone: string) => items.filter((i) => i.zone === zone).map((i) => i.x);
		const hubA = hubs.find((h) => h.id === 'backend-engineer')!;
		const hubB = hubs.find((h) => h.id === 'backend-developer')!;
		expect(hubA.x).toBeLessThan(Math.min(...x('onlyA')));
		expect(Math.max(...x('onlyA'))).toBeLessThan(Math.min(...x('shared')));
		expect(Math.max(...x('shared'))).toBeLessThan(Math.min(...x('onlyB')));
		expect(Math.max(...x('onlyB'))).toBeLessThan(hubB.x);

		// Edges from each role to the nodes it needs, and the relation between the roles.
		const edges = await page.evaluate(() => ({
			a: window.__cy!.edges('.link-a').length,
			b: window.__cy!.edges('.link-b').length,
			relation: window.__cy!.edges('.relation').map((e) => e.data('label'))
		}));
		expect(edges).toEqual({ a: 54, b: 51, relation: ['builds the foundation for'] });
		await expect(page.getByText('How they relate:')).toBeVisible();
	});

	test('groups nodes by category within each zone, labelled with counts', async ({ page }) => {
		await page.goto('/');
		await waitForGraph(page);
		const headers = (await drawnNodes(page, 'node.group-header')).map((h) => h.label);
		expect(headers).toContain('Technologies · 7');
		expect(headers).toContain('Technologies · 6');
		expect(headers).toContain('Hire for · 3');
	});

	test('is readable: no two nodes or labels overlap, and it all fits the viewport', async ({
		page
	}) => {
		await page.goto('/');
		await waitForGraph(page);
		const result = await page.evaluate(() => {
			const cy = window.__cy!;
			const boxes = cy
				.nodes('.item, .hub, .group-header')
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
			return { overlaps, all, width: cy.width(), height: cy.height() };
		});
		expect(result.overlaps).toEqual([]);
		expect(result.all.x1).toBeGreaterThanOrEqual(0);
		expect(result.all.y1).toBeGreaterThanOrEqual(0);
		expect(result.all.x2).toBeLessThanOrEqual(result.width);
		expect(result.all.y2).toBeLessThanOrEqual(result.height);
	});

	test('draws the same picture on every load', async ({ page }) => {
		const positions = async () => {
			await page.goto('/');
			await waitForGraph(page);
			return page.evaluate(() => window.__cy!.nodes().map((n) => [n.id(), n.position()]));
		};
		expect(await positions()).toEqual(await positions());
	});

	test('clicking a technology shows which roles need it and which article says so', async ({
		page
	}) => {
		await page.goto('/');
		await waitForGraph(page);
		await clickNode(page, 'nginx');
		await expect(details(page).getByRole('heading', { name: 'NGINX' })).toBeVisible();
		await expect(details(page)).toContainText('Only Backend Engineer needs it.');
		await expect(details(page)).toContainText('Article 1');
		await expect(details(page).getByRole('link', { name: 'Open the page of NGINX' })).toBeVisible();
		await expect(page).toHaveURL(/[?&]node=nginx/);
		const state = await page.evaluate(() => ({
			selected: window.__cy!.getElementById('nginx').hasClass('selected'),
			hubA: window.__cy!.getElementById('backend-engineer').hasClass('dimmed'),
			php: window.__cy!.getElementById('php').hasClass('dimmed')
		}));
		expect(state).toEqual({ selected: true, hubA: false, php: true });

		await clickNode(page, 'php');
		await expect(details(page)).toContainText(
			'Both Backend Engineer and Backend Developer need it.'
		);
		await expect(page).toHaveURL(/[?&]node=php/);
	});

	test('Escape and a click on the background clear the selection', async ({ page }) => {
		await page.goto('/?node=html');
		await waitForGraph(page);
		await expect(details(page).getByRole('heading', { name: 'HTML' })).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(details(page).getByRole('heading', { name: 'HTML' })).toHaveCount(0);
		await expect(page).not.toHaveURL(/node=/);
		await clickNode(page, 'java');
		await expect(details(page).getByRole('heading', { name: 'Java' })).toBeVisible();
		const box = await page.locator('[data-drawn="true"]').boundingBox();
		await page.mouse.click(box!.x + 5, box!.y + 5);
		await expect(details(page).getByRole('heading', { name: 'Java' })).toHaveCount(0);
	});

	test('hovering a node lights up its neighbourhood and dims the rest', async ({ page }) => {
		await page.goto('/');
		await waitForGraph(page);
		await hoverNode(page, 'javascript');
		await expect
			.poll(() => page.evaluate(() => window.__cy!.getElementById('nginx').hasClass('dimmed')))
			.toBe(true);
		const lit = await page.evaluate(() => ({
			hubB: window.__cy!.getElementById('backend-developer').hasClass('dimmed'),
			edge: window.__cy!.edges('.highlighted').length
		}));
		expect(lit).toEqual({ hubB: false, edge: 1 });
	});

	test('a copied link reopens the same view: roles, filters and selection', async ({ page }) => {
		await page.goto(
			'/compare/backend-developer/backend-engineer?category=technology&source=article-1&node=php'
		);
		await waitForGraph(page);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Backend Developer vs Backend Engineer'
		);
		await expect(details(page).getByRole('heading', { name: 'PHP' })).toBeVisible();
		await expect(page.getByRole('checkbox', { name: 'Technologies' })).toBeChecked();
		await expect(page.getByRole('checkbox', { name: 'Skills' })).not.toBeChecked();
		await expect(page.getByRole('radio', { name: 'Article 1' })).toBeChecked();
		const categories = await page.evaluate(() => [
			...new Set(window.__cy!.nodes('.item').map((n) => n.data('category')))
		]);
		expect(categories).toEqual(['technology']);
		expect(await page.evaluate(() => window.__cy!.getElementById('php').hasClass('selected'))).toBe(
			true
		);
	});
});

test.describe('search', () => {
	test('suggests as you type, tolerates a typo, and Enter selects and centres', async ({
		page
	}) => {
		await page.goto('/');
		await waitForGraph(page);
		const search = page.getByRole('combobox', { name: 'Search' });
		await search.fill('ngnix');
		const listbox = page.getByRole('listbox', { name: 'Suggestions' });
		await expect(listbox.getByRole('option').first()).toHaveText(/NGINX/);
		await expect(search).toHaveAttribute('aria-expanded', 'true');
		await search.press('Enter');
		await expect(details(page).getByRole('heading', { name: 'NGINX' })).toBeVisible();
		await expect(page).toHaveURL(/node=nginx/);
		await expect(listbox).toBeHidden();
		// Centred: the node ends up in the middle of the canvas.
		await expect
			.poll(async () =>
				page.evaluate(() => {
					const cy = window.__cy!;
					const p = cy.getElementById('nginx').renderedPosition();
					return Math.abs(p.x - cy.width() / 2) < 20 && Math.abs(p.y - cy.height() / 2) < 20;
				})
			)
			.toBe(true);
	});

	test('arrow keys move through suggestions, Escape closes them', async ({ page }) => {
		await page.goto('/');
		await waitForGraph(page);
		const search = page.getByRole('combobox', { name: 'Search' });
		await search.click();
		await page.keyboard.type('java');
		const options = page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option');
		await expect(options.first()).toHaveText(/^\s*Java Technology/);
		await expect(options.first()).toHaveAttribute('aria-selected', 'true');
		await search.press('ArrowDown');
		await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
		await expect(search).toHaveAttribute('aria-activedescendant', /option-1$/);
		await search.press('ArrowUp');
		await expect(options.first()).toHaveAttribute('aria-selected', 'true');
		await search.press('Escape');
		await expect(page.getByRole('listbox', { name: 'Suggestions' })).toBeHidden();
		await expect(search).toHaveValue('java');
		await search.press('Escape');
		await expect(search).toHaveValue('');
	});

	test('says so when nothing matches', async ({ page }) => {
		await page.goto('/');
		await waitForGraph(page); // interact once the page is hydrated
		const search = page.getByRole('combobox', { name: 'Search' });
		await search.fill('qqqzzz');
		await expect(page.getByRole('status').filter({ hasText: 'No matches' })).toBeVisible();
	});

	test('a click on a suggestion selects it too', async ({ page }) => {
		await page.goto('/');
		await waitForGraph(page);
		await page.getByRole('combobox', { name: 'Search' }).fill('html5');
		await page
			.getByRole('listbox', { name: 'Suggestions' })
			.getByRole('option', { name: /HTML/ })
			.first()
			.click();
		await expect(details(page).getByRole('heading', { name: 'HTML' })).toBeVisible();
		await expect(details(page)).toContainText('Also called HTML5');
	});
});

test.describe('filters and role pickers', () => {
	test('category toggles recompute the overlap and go into the URL', async ({ page }) => {
		await page.goto('/');
		await waitForGraph(page);
		await page.getByRole('checkbox', { name: 'Responsibilities' }).uncheck();
		await expect(page).toHaveURL(/category=technology/);
		await expect(page).not.toHaveURL(/category=responsibility/);
		await waitForGraph(page);
		await expect(page.getByRole('heading', { name: 'Shared · 10' })).toBeVisible();
		const categories = await page.evaluate(() => [
			...new Set(window.__cy!.nodes('.item').map((n) => n.data('category')))
		]);
		expect(categories).not.toContain('responsibility');
		await page.getByRole('checkbox', { name: 'Responsibilities' }).check();
		await expect(page).not.toHaveURL(/category=/);
		await expect(page.getByRole('heading', { name: 'Shared · 15' })).toBeVisible();
	});

	test('the source filter shows what one article says', async ({ page }) => {
		await page.goto('/');
		await waitForGraph(page); // interact once the page is hydrated
		await page.getByRole('radio', { name: 'Article 2' }).check();
		await expect(page).toHaveURL(/source=article-2/);
		await expect(page.getByRole('heading', { name: 'Shared · 3' })).toBeVisible();
		await page.getByRole('radio', { name: 'All sources' }).check();
		await expect(page).not.toHaveURL(/source=/);
	});

	test('an empty overlap is an answer, said plainly', async ({ page }) => {
		await page.goto('/?category=hiring');
		await waitForGraph(page);
		await expect(page.getByRole('heading', { name: 'Shared · 0' })).toBeVisible();
		await expect(page.getByText('These roles share nothing.')).toBeVisible();
		const note = await page.evaluate(() =>
			window.__cy!.nodes('.empty-note').map((n) => n.data('label'))
		);
		expect(note).toEqual(['These roles share nothing']);
	});

	test('role pickers and the swap control change the URL to /compare/{a}/{b}', async ({ page }) => {
		await page.goto('/');
		await waitForGraph(page); // interact once the page is hydrated
		// The seed graph has two roles: picking the other one swaps them (never a role with itself).
		await page.getByLabel('First role').selectOption('backend-developer');
		await expect(page).toHaveURL(/\/compare\/backend-developer\/backend-engineer$/);
		await page.getByLabel('Second role').selectOption('backend-developer');
		await expect(page).toHaveURL(/\/compare\/backend-engineer\/backend-developer$/);
		await page.getByLabel('First role').selectOption('backend-developer');
		await expect(page).toHaveURL(/\/compare\/backend-developer\/backend-engineer$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Backend Developer vs Backend Engineer'
		);
		await page.getByRole('link', { name: 'Swap the two roles' }).click();
		await expect(page).toHaveURL(/\/compare\/backend-engineer\/backend-developer$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Backend Engineer vs Backend Developer'
		);
	});
});

test.describe('the list view', () => {
	test('mirrors the graph and selects a node like a click on the canvas', async ({ page }) => {
		await page.goto('/');
		await waitForGraph(page);
		const lists = page.getByRole('region', { name: 'The same, as lists' });
		await expect(lists.getByRole('heading', { name: 'Only Backend Engineer · 39' })).toBeVisible();
		await expect(lists.getByRole('heading', { name: 'Shared · 15' })).toBeVisible();
		await expect(lists.getByRole('heading', { name: 'Only Backend Developer · 36' })).toBeVisible();
		const shared = lists.getByRole('region', { name: 'Shared · 15' });
		await expect(shared.getByRole('link')).toHaveCount(15);
		await shared.getByRole('link', { name: 'PHP' }).click();
		await expect(page).toHaveURL(/node=php/);
		await expect(details(page).getByRole('heading', { name: 'PHP' })).toBeVisible();
		await expect(shared.getByRole('link', { name: 'PHP' })).toHaveAttribute('aria-current', 'true');
		expect(await page.evaluate(() => window.__cy!.getElementById('php').hasClass('selected'))).toBe(
			true
		);
	});

	test('works from the keyboard', async ({ page }) => {
		await page.goto('/');
		await waitForGraph(page);
		const link = page
			.getByRole('region', { name: 'Shared · 15' })
			.getByRole('link', { name: 'Java' });
		await link.focus();
		await page.keyboard.press('Enter');
		await expect(details(page).getByRole('heading', { name: 'Java' })).toBeVisible();
	});
});

test.describe('node pages and the whole graph', () => {
	test('a node page draws the node and its roles, and lists them', async ({ page }) => {
		await page.goto('/nodes/nginx');
		await waitForGraph(page);
		// The roles, in a zone titled with their count (issue 20); the node itself is the page's title.
		expect((await drawnNodes(page, '.item')).map((n) => n.id)).toEqual(['backend-engineer']);
		expect((await drawnNodes(page, '.zone')).map((n) => n.label)).toEqual(['All roles · 1']);
		await expect(
			page
				.getByRole('region', { name: 'Roles that need it' })
				.getByRole('link', { name: 'Backend Engineer' })
		).toBeVisible();
		await clickNode(page, 'backend-engineer');
		await expect(page).toHaveURL(/\/nodes\/backend-engineer$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backend Engineer');
		await expect(page.getByRole('region', { name: 'Related roles' })).toContainText(
			'Backend Engineer builds the foundation for Backend Developer'
		);
	});

	test('/explore draws the whole graph with a force layout, with the same panel', async ({
		page
	}) => {
		await page.goto('/explore');
		await waitForGraph(page);
		expect(await page.evaluate(() => window.__cy!.nodes().length)).toBe(92);
		expect(await page.evaluate(() => window.__cy!.edges().length)).toBe(106);
		await clickNode(page, 'j2ee');
		await expect(details(page).getByRole('heading', { name: 'J2EE' })).toBeVisible();
		await expect(page).toHaveURL(/\/explore\?node=j2ee/);
		await page.keyboard.press('Escape');
		await expect(page).toHaveURL(/\/explore$/);
	});
});

test.describe('layout, themes and accessibility', () => {
	test('at 390 px the panels stack and nothing scrolls sideways', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/');
		await waitForGraph(page);
		const graph = await page.getByRole('region', { name: 'Overlap graph' }).boundingBox();
		const panel = await details(page).boundingBox();
		expect(panel!.y).toBeGreaterThan(graph!.y + graph!.height - 1);
		expect(panel!.width).toBeGreaterThan(300);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390
		);
	});

	test('dark mode follows the system, in the page and in the graph', async ({ browser }) => {
		const page = await browser.newPage({ colorScheme: 'dark' });
		await page.goto('/');
		await waitForGraph(page);
		const colours = await page.evaluate(() => ({
			body: getComputedStyle(document.documentElement).backgroundColor,
			label: window.__cy!.getElementById('php').style('color'),
			hub: window.__cy!.getElementById('backend-engineer').style('background-color')
		}));
		expect(colours.body).toBe('rgb(15, 18, 24)');
		expect(colours.label).toBe('rgb(230,233,239)');
		expect(colours.hub).toBe('rgb(191,219,254)');
		await page.close();
	});

	for (const url of [
		'/',
		'/compare/backend-developer/backend-engineer?node=php',
		'/nodes/php',
		'/explore'
	]) {
		test(`axe finds no serious or critical violation on ${url}`, async ({ page }) => {
			await page.goto(url);
			await waitForGraph(page);
			const results = await new AxeBuilder({ page }).analyze();
			const bad = results.violations.filter(
				(v) => v.impact === 'serious' || v.impact === 'critical'
			);
			expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
		});
	}

	test('the app requests nothing from other hosts', async ({ page, baseURL }) => {
		const outside: string[] = [];
		page.on('request', (request) => {
			if (!request.url().startsWith(baseURL!) && !request.url().startsWith('data:')) {
				outside.push(request.url());
			}
		});
		for (const url of ['/', '/nodes/php', '/explore']) {
			await page.goto(url);
			await waitForGraph(page);
		}
		expect(outside).toEqual([]);
	});
});
