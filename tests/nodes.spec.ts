import { expect, test, type Page } from '@playwright/test';
import { waitForGraph } from './graph-helpers';

// Issue 20: who needs it, at real scale. Figures are O*NET 29.3's (its Technology Skills file).

/** Pairs of drawn labels (visible at this zoom, not hidden as clutter) whose boxes overlap on screen. */
async function overlappingLabels(page: Page): Promise<string[][]> {
	return page.evaluate(() => {
		const cy = window.__cy!;
		const zoom = cy.zoom();
		const boxes = cy
			.nodes()
			.filter(
				(node) =>
					!node.hasClass('zone') &&
					!node.hasClass('label-hidden') &&
					Boolean(node.data('label')) &&
					node.numericStyle('font-size') * zoom >= node.numericStyle('min-zoomed-font-size')
			)
			.map((node) => ({
				label: String(node.data('label')),
				box: node.renderedBoundingBox({
					includeNodes: false,
					includeEdges: false,
					includeLabels: true
				} as never)
			}));
		// A pixel of slack: Cytoscape pads label boxes by two to allow for the browser's rounding.
		const slack = 3;
		const clashes: string[][] = [];
		for (let i = 0; i < boxes.length; i++) {
			for (let j = i + 1; j < boxes.length; j++) {
				const [a, b] = [boxes[i]!.box, boxes[j]!.box];
				if (
					a.x1 + slack < b.x2 &&
					b.x1 + slack < a.x2 &&
					a.y1 + slack < b.y2 &&
					b.y1 + slack < a.y2
				) {
					clashes.push([boxes[i]!.label, boxes[j]!.label]);
				}
			}
		}
		return clashes;
	});
}

/** Zone titles drawn on a node page ("Production · 96"), in drawing order. */
async function zoneTitles(page: Page): Promise<string[]> {
	return page.evaluate(() => window.__cy!.nodes('.zone').map((zone) => String(zone.data('label'))));
}

test.describe('a technology’s page on O*NET', () => {
	test('Python: the answer in words and numbers, family zones folded with “+N more”', async ({
		page
	}) => {
		await page.goto('/nodes/python?dataset=onet');
		await waitForGraph(page);
		await expect(page.getByTestId('node-answer')).toHaveText(
			'130 of the 923 occupations with technology data need Python; it is a hot technology for all of them and in demand in job postings for 65; most are in Computer and Mathematical (34), Architecture and Engineering (34) and Life, Physical, and Social Science (26).'
		);
		const titles = await zoneTitles(page);
		expect(titles.slice(0, 2)).toEqual([
			'Computer and Mathematical · 34',
			'Architecture and Engineering · 34'
		]);
		const pills = await page.evaluate(() =>
			window.__cy!.nodes('.more').map((pill) => String(pill.data('label')))
		);
		expect(pills).toContain('+32 more');
		expect(await overlappingLabels(page)).toEqual([]);
	});

	test('Excel: 859 roles draw as 22 family zones, each expandable', async ({ page }) => {
		await page.goto('/nodes/microsoft-excel?dataset=onet');
		await waitForGraph(page);
		await expect(page.getByTestId('node-answer')).toContainText(
			'859 of the 923 occupations with technology data need Microsoft Excel'
		);
		const titles = await zoneTitles(page);
		expect(titles).toHaveLength(22);
		expect(titles[0]).toBe('Production · 96');
		const drawnRoles = () => page.evaluate(() => window.__cy!.nodes('.item.role').length);
		const folded = await drawnRoles();
		expect(folded).toBeLessThan(100);
		// A click on Production's "+94 more" draws the whole family; the rest stays folded.
		const pill = await page.evaluate(() => {
			const cy = window.__cy!;
			const node = cy.nodes('.more').filter((n) => n.data('group') === '51')[0]!;
			return { label: String(node.data('label')), at: node.renderedPosition() };
		});
		expect(pill.label).toBe('+94 more');
		const frame = page.locator('[data-drawn="true"]');
		await frame.scrollIntoViewIfNeeded();
		const box = (await frame.boundingBox())!;
		await page.mouse.click(box.x + pill.at.x, box.y + pill.at.y);
		await expect.poll(drawnRoles).toBe(folded + 94);
		await waitForGraph(page);
		expect(await overlappingLabels(page)).toEqual([]);
		await page.getByRole('button', { name: 'Fold the groups again' }).click();
		await expect.poll(drawnRoles).toBe(folded);
	});

	test('the list is grouped, sortable, filterable by job zone, its source named once', async ({
		page
	}) => {
		await page.goto('/nodes/python?dataset=onet');
		await waitForGraph(page);
		const list = page.locator('section.role-list');
		await expect(list.getByRole('heading', { level: 3 }).first()).toHaveText(
			'Computer and Mathematical · 34'
		);
		// The shared source is named once, above the list, not on every line.
		await expect(list.getByText('Every line:')).toHaveCount(1);
		await expect(list.getByText('O*NET 29.3 Database')).toHaveCount(1);
		const sort = list.getByLabel('Sort');
		await expect(sort.locator('option')).toHaveText([
			'Hot technology and in demand first',
			'Name (A–Z)',
			'Occupation family (A–Z)',
			'Job zone (highest first)',
			'Hot technology first',
			'In demand first'
		]);
		const firstGroup = list.locator('section.group').first();
		await sort.selectOption({ label: 'Occupation family (A–Z)' });
		await expect(firstGroup.locator('h3')).toHaveText(/^Architecture and Engineering · 34$/);
		await sort.selectOption({ label: 'Name (A–Z)' });
		await expect(firstGroup.locator('li a').first()).toHaveText('Actuaries');
		// Job zone 5 only: fewer roles, and the drawing follows.
		await list
			.locator('label', { hasText: /^\s*Job zone/ })
			.locator('select')
			.selectOption('5');
		await expect(list.getByRole('status')).toHaveText(
			/^\d+ of 130\s+occupations match the filter\.$/
		);
		const matching = Number((await list.getByRole('status').textContent())!.match(/^(\d+)/)![1]);
		expect(matching).toBeGreaterThan(0);
		expect(matching).toBeLessThan(130);
		await waitForGraph(page);
		const zoneCounts = (await zoneTitles(page)).map((title) => Number(title.split(' · ')[1]));
		expect(zoneCounts.reduce((sum, n) => sum + n, 0)).toBe(matching);
		// A group unfolds in the list too.
		await sort.selectOption({ label: 'Name (A–Z)' });
		const more = list.getByRole('button', { name: /more in Computer and Mathematical/ });
		if ((await more.count()) > 0) {
			await more.click();
			await expect(list.getByRole('button', { name: 'Show fewer' }).first()).toHaveAttribute(
				'aria-expanded',
				'true'
			);
		}
	});

	test('what comes with it: linked items, how many roles need both, and the lift', async ({
		page
	}) => {
		await page.goto('/nodes/python?dataset=onet');
		const together = page.locator('section.together');
		await expect(together.getByRole('heading', { name: 'What comes with it' })).toBeVisible();
		const rows = together.locator('tbody tr');
		await expect(rows).toHaveCount(12);
		await expect(rows.nth(5)).toContainText('C++');
		await expect(rows.nth(5)).toContainText('94');
		await expect(rows.nth(5)).toContainText('6.1×');
		await rows.nth(5).getByRole('link', { name: 'C++' }).click();
		await expect(page).toHaveURL(/\/nodes\/c-plus-plus\?dataset=onet$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('C++');
	});

	test('a skill’s page answers with importance', async ({ page }) => {
		await page.goto('/nodes/skill-active-listening?dataset=onet');
		await expect(page.getByTestId('node-answer')).toContainText(
			'817 of the 879 occupations with skill data need Active Listening; its importance is 3.7 on average'
		);
		await expect(page.locator('section.role-list').getByLabel('Sort')).toContainText(
			'Importance first'
		);
	});
});

test.describe('an occupation’s page on O*NET', () => {
	test('what it needs by category and kind, hot first, folded; related roles to compare', async ({
		page
	}) => {
		// The occupation with the most links in O*NET 29.3.
		await page.goto('/nodes/15-1253.00?dataset=onet');
		await waitForGraph(page);
		await expect(page.getByTestId('node-answer')).toHaveText(
			/^Needs 425 technologies \(126 hot, 18 in demand\) and 17 skills; has 30 responsibilities; related to 20 occupations/
		);
		const needs = page.locator('section.needs');
		const technologies = needs.locator('section').filter({ hasText: 'Technologies · 425' });
		// Grouped by kind (O*NET's commodity titles), each kind's hot technologies first.
		await expect(technologies.locator('h4').first()).toBeVisible();
		const firstKind = technologies.locator('ul').first();
		await expect(firstKind.locator('li').first()).toContainText('hot');
		const more = technologies.getByRole('button', { name: /^\+\d+ more technologies$/ });
		await more.click();
		await expect(technologies.locator('li')).toHaveCount(425);
		const related = page.locator('section[aria-labelledby="related-heading"]');
		await expect(related.getByRole('heading')).toHaveText('Related occupations · 28');
		await expect(related.locator('li').first()).toContainText('Software Developers');
		await expect(related.locator('li').first()).toContainText('Primary-Short');
		await related.getByRole('link', { name: 'Compare with Software Developers' }).click();
		await expect(page).toHaveURL(/\/compare\/15-1253\.00\/15-1252\.00\?dataset=onet$/);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Software Developers');
	});
});

test.describe('the seed graph', () => {
	test('on a phone, a small drawing’s frame stays above its legend', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 900 });
		await page.goto('/nodes/php');
		await waitForGraph(page);
		const frame = (await page.locator('[data-drawn="true"]').boundingBox())!;
		const legend = (await page.locator('.under-graph').boundingBox())!;
		expect(legend.y).toBeGreaterThanOrEqual(frame.y + frame.height);
	});

	test('PHP: both roles, one zone, the list sorted by name with no empty sort menu', async ({
		page
	}) => {
		await page.goto('/nodes/php');
		await waitForGraph(page);
		await expect(page.getByTestId('node-answer')).toHaveText('Both roles need PHP.');
		expect(await zoneTitles(page)).toEqual(['All roles · 2']);
		const list = page.locator('section.role-list');
		await expect(list.getByLabel('Sort')).toHaveCount(0);
		await expect(list.locator('li a')).toHaveText(['Backend Developer', 'Backend Engineer']);
		await expect(page.locator('section.together tbody tr').first()).toContainText('CSS');
	});
});

test.describe('/explore labels', () => {
	for (const width of [1440, 390]) {
		test(`O*NET at ${width} px: no label sits on another at the default zoom`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await page.goto('/explore?dataset=onet');
			await waitForGraph(page);
			expect(await overlappingLabels(page)).toEqual([]);
			const roles = await page.evaluate(() => {
				const cy = window.__cy!;
				const zoom = cy.zoom();
				const labelled = cy
					.nodes('.hub')
					.filter(
						(n) =>
							!n.hasClass('label-hidden') &&
							n.numericStyle('font-size') * zoom >= n.numericStyle('min-zoomed-font-size')
					);
				return { all: cy.nodes('.hub').length, labelled: labelled.length };
			});
			expect(roles.all).toBe(36);
			// On a wide screen most roles are named; on a phone, names come with zooming in.
			if (width === 1440) expect(roles.labelled).toBeGreaterThan(roles.all / 2);
			// Zoomed in, more labels show, still apart.
			await page.getByRole('button', { name: 'Zoom in' }).click();
			await page.getByRole('button', { name: 'Zoom in' }).click();
			await page.waitForTimeout(400);
			expect(await overlappingLabels(page)).toEqual([]);
		});
	}

	test('the seed graph: its two role hubs are apart and no label sits on another', async ({
		page
	}) => {
		await page.goto('/explore');
		await waitForGraph(page);
		const hubs = await page.evaluate(() =>
			window.__cy!.nodes('.hub').map((n) => n.renderedBoundingBox({}))
		);
		expect(hubs).toHaveLength(2);
		const [a, b] = [hubs[0]!, hubs[1]!];
		expect(Math.max(a.x1, b.x1) - Math.min(a.x2, b.x2)).toBeGreaterThan(100);
		expect(await overlappingLabels(page)).toEqual([]);
	});
});

test.describe('GET /api/nodes/{id} at O*NET scale', () => {
	test('adds count, rated, groups, each role’s link fields and group, and together', async ({
		request
	}) => {
		const body = await (await request.get('/api/nodes/python?dataset=onet')).json();
		expect(body).toMatchObject({ count: 130, rated: 923 });
		expect(body.roles).toHaveLength(130);
		expect(body.groups[0]).toEqual({ key: '15', name: 'Computer and Mathematical', count: 34 });
		expect(body.groups.reduce((sum: number, g: { count: number }) => sum + g.count, 0)).toBe(130);
		expect(body.roles.filter((r: { hot?: boolean }) => r.hot)).toHaveLength(130);
		expect(body.roles.filter((r: { inDemand?: boolean }) => r.inDemand)).toHaveLength(65);
		expect(body.roles[0]).toMatchObject({ group: expect.any(String), fields: { jobZone: 4 } });
		expect(body.together).toHaveLength(10);
		expect(body.together[0]).toMatchObject({ roles: expect.any(Number), lift: expect.any(Number) });
	});

	test('limit= and group= narrow it; bad values are refused, naming what was found', async ({
		request
	}) => {
		const limited = await (await request.get('/api/nodes/python?dataset=onet&limit=3')).json();
		expect(limited.together).toHaveLength(3);
		const family = await (
			await request.get('/api/nodes/python?dataset=onet&group=15&limit=5')
		).json();
		expect(family).toMatchObject({ count: 34, groups: [{ key: '15', count: 34 }] });
		expect(new Set(family.roles.map((r: { group: string }) => r.group))).toEqual(new Set(['15']));
		expect(family.together).toHaveLength(5);
		const skill = await (
			await request.get('/api/nodes/skill-active-listening?dataset=onet&limit=2')
		).json();
		expect(skill.roles[0].importance).toEqual(expect.any(Number));
		for (const [query, message] of [
			['group=99', /No role is in the group "99"/],
			['limit=0', /limit must be a whole number from 1 to 50, not "0"/]
		] as const) {
			const response = await request.get(`/api/nodes/python?dataset=onet&${query}`);
			expect(response.status()).toBe(400);
			expect((await response.json()).error.message).toMatch(message);
		}
	});
});
