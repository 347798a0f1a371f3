import { expect, test } from '@playwright/test';

test.describe('pages', () => {
	test('many page requests at once are each answered in full (renders take turns)', async ({
		request
	}) => {
		const paths = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? '/' : `/nodes/php?n=${i}`));
		const answers = await Promise.all(paths.map((path) => request.get(path)));
		for (const answer of answers) {
			expect(answer.status()).toBe(200);
			expect(await answer.text()).toContain('</html>');
		}
		expect((await request.get('/api/roles')).ok()).toBe(true);
	});

	test('the home page compares Backend Engineer and Backend Developer', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Backend Engineer vs Backend Developer'
		);
		await expect(page.getByRole('heading', { name: 'Only Backend Engineer · 39' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Shared · 15' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Only Backend Developer · 36' })).toBeVisible();
	});

	test('a compare page shows any two roles, in the order asked', async ({ page }) => {
		await page.goto('/compare/backend-developer/backend-engineer');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Backend Developer vs Backend Engineer'
		);
		await expect(page.getByRole('heading', { name: 'Only Backend Developer · 36' })).toBeVisible();
	});

	test('without JavaScript, the pickers and lists still work', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
		const page = await context.newPage();
		await page.goto('/');
		await page.getByLabel('First role').selectOption('backend-developer');
		await page.getByLabel('Second role').selectOption('backend-engineer');
		await page.getByRole('button', { name: 'Compare' }).click();
		await expect(page).toHaveURL(/\/compare\/backend-developer\/backend-engineer$/);
		await page
			.getByRole('region', { name: 'Shared · 15' })
			.getByRole('link', { name: 'PHP' })
			.click();
		await expect(page).toHaveURL(/node=php/);
		await expect(page.getByRole('complementary', { name: 'Details' })).toContainText(
			'Both Backend Developer and Backend Engineer need it.'
		);
		await context.close();
	});

	test('a node page shows which roles need the node, and on whose word', async ({ page }) => {
		await page.goto('/nodes/nginx');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('NGINX');
		const roles = page.getByRole('region', { name: 'Roles that need it' });
		await expect(roles.getByRole('link', { name: 'Backend Engineer' })).toBeVisible();
		await expect(roles.getByText('Article 1', { exact: true })).toBeVisible();
	});

	test('an unknown ?node= says so in the panel without breaking the page', async ({ page }) => {
		await page.goto('/?node=cobol');
		await expect(
			page.getByRole('complementary', { name: 'Details' }).getByRole('alert')
		).toHaveText(/cobol/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Backend Engineer vs Backend Developer'
		);
	});

	for (const url of ['/nodes/no-such-node', '/compare/backend-engineer/nobody']) {
		test(`${url} is a 404 page that says what was not found`, async ({ page }) => {
			const response = await page.goto(url);
			expect(response?.status()).toBe(404);
			await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
			await expect(page.getByRole('alert')).toContainText(
				url.includes('nobody') ? 'nobody' : 'no-such-node'
			);
		});
	}
});
