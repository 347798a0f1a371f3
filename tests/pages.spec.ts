import { expect, test } from '@playwright/test';
import { drawnNodes, waitForGraph } from './graph-helpers';

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

	test('pages go out compressed to clients that accept it, O*NET code paths included', async ({
		request
	}) => {
		for (const path of ['/', '/nodes/php', '/compare/15-1252.00/15-1254.00?dataset=onet']) {
			const answer = await request.get(path, { headers: { 'accept-encoding': 'gzip' } });
			expect(answer.status(), path).toBe(200);
			expect(answer.headers()['content-encoding'], path).toBe('gzip');
			expect(answer.headers()['vary'], path).toMatch(/accept-encoding/i);
			expect(answer.headers()['content-security-policy'], path).toContain("script-src 'self'");
			expect(await answer.text(), path).toContain('</html>');
		}
		const plain = await request.get('/', { headers: { 'accept-encoding': 'identity' } });
		expect(plain.headers()['content-encoding']).toBeUndefined();
		expect(await plain.text()).toContain('</html>');
	});

	test('a page preloads what draws it: Cytoscape on comparisons, not on the whole-graph explorer', async ({
		page
	}) => {
		/** The scripts an address asks the browser to preload, and the one of them that is Cytoscape. */
		const preloads = async (path: string) => {
			const response = await page.request.get(path);
			const link = response.headers()['link'] ?? '';
			const html = await response.text();
			const hrefs = [
				...[...link.matchAll(/<([^>]+)>;\s*rel="modulepreload"/g)].map(([, href]) => href!),
				...[...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map(
					([, href]) => href!
				)
			].map((href) => new URL(href, new URL(path, 'http://x')).pathname);
			const code = await Promise.all(
				hrefs.map(async (href) => (await page.request.get(href)).text())
			);
			return {
				hrefs,
				cytoscape: hrefs.filter((_, i) => code[i]!.includes('textureOnViewport'))
			};
		};
		for (const path of ['/', '/compare/15-1253.00/13-2011.00?dataset=onet', '/nodes/php']) {
			expect((await preloads(path)).cytoscape, path).toHaveLength(1);
		}
		expect((await preloads('/explore?dataset=onet&all=1')).cytoscape).toEqual([]);
		// What draws the page was all preloaded (none found late): with SvelteKit's own scripts kept
		// away (they are asked for by its start-up script, once the page is parsed), the page
		// still draws, and every script it loaded was in its preloads.
		const { hrefs } = await preloads('/');
		const loaded: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'script') loaded.push(new URL(request.url()).pathname);
		});
		await page.route(/\/_app\/immutable\/entry\//, (route) => route.abort());
		// (A window of the shape the page's drawing was laid out for: another shape is laid out
		// again, after hydration.)
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.goto('/');
		await expect(page.locator('[data-canvas][data-drawn="true"]')).toBeAttached();
		expect(loaded.filter((path) => path.includes('/chunks/')).sort()).toEqual([...hrefs].sort());
	});

	test('the whole-graph explorer never loads Cytoscape, not even after it has drawn', async ({
		page
	}) => {
		const scripts: string[] = [];
		page.on('response', (response) => {
			if (response.request().resourceType() === 'script') scripts.push(response.url());
		});
		await page.goto('/explore?dataset=onet&all=1');
		await expect(page.locator('[data-canvas][data-drawn="true"]')).toBeVisible({ timeout: 60_000 });
		await page.waitForLoadState('networkidle');
		expect(scripts.length).toBeGreaterThan(5);
		const cytoscape = [];
		for (const url of scripts) {
			if ((await (await page.request.get(url)).text()).includes('textureOnViewport')) {
				cytoscape.push(new URL(url).pathname);
			}
		}
		expect(cytoscape).toEqual([]);
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

	test('the graph shows as a picture before any script runs, where the canvas then draws it', async ({
		browser,
		baseURL
	}) => {
		const viewport = { width: 1440, height: 900 };
		const still = await browser.newContext({ javaScriptEnabled: false, baseURL, viewport });
		const page = await still.newPage();
		await page.goto('/');
		const picture = page.locator('svg.preview');
		await expect(picture).toBeVisible();
		await expect(picture).toHaveAttribute('aria-hidden', 'true');
		for (const text of ['Only Backend Engineer · 39', 'Shared · 15', 'NGINX', 'PHP']) {
			await expect(picture.getByText(text, { exact: true })).toBeVisible();
		}
		await expect(picture.getByText('builds the foundation for')).toBeVisible();
		const frame = (await page.locator('[data-drawn]').boundingBox())!;
		const label = (await picture.getByText('NGINX', { exact: true }).boundingBox())!;
		await still.close();

		const live = await browser.newContext({ baseURL, viewport });
		const canvasPage = await live.newPage();
		await canvasPage.goto('/');
		await waitForGraph(canvasPage);
		await expect(canvasPage.locator('svg.preview')).toHaveCount(0);
		const nginx = (await drawnNodes(canvasPage)).find((node) => node.id === 'nginx')!;
		// The picture's label sits centred just under the node the canvas draws.
		expect(Math.abs(label.x + label.width / 2 - frame.x - nginx.x)).toBeLessThan(4);
		expect(label.y - frame.y - nginx.y).toBeGreaterThan(4);
		expect(label.y - frame.y - nginx.y).toBeLessThan(24);
		await live.close();
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
