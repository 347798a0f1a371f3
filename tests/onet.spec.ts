import { expect, test } from '@playwright/test';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { PORT } from '../playwright.config';
import {
	clickNode,
	clickSigmaNode,
	download,
	drawnNodes,
	pixels,
	waitForGraph
} from './graph-helpers';

/** A GET as it comes over the wire (no decompressing), with the Accept-Encoding given. */
function get(
	url: string,
	acceptEncoding: string | undefined
): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
	return new Promise((resolve, reject) => {
		const headers = acceptEncoding ? { 'accept-encoding': acceptEncoding } : {};
		httpRequest(url, { headers }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
			response.on('error', reject);
		})
			.on('error', reject)
			.end();
	});
}

const CREDIT = /O\*NET 29\.3 Database by the U\.S\. Department of Labor.*CC BY 4\.0/;

test.describe('the O*NET dataset over the API', () => {
	test('GET /api/datasets lists both datasets with their sizes', async ({ request }) => {
		const { datasets } = await (await request.get('/api/datasets')).json();
		const byId = Object.fromEntries(datasets.map((d: { id: string }) => [d.id, d]));
		expect(byId.seed).toMatchObject({ default: true, roles: 2, nodes: 92, edges: 106 });
		expect(byId.onet).toMatchObject({ default: false, roles: 1016 });
		expect(byId.onet.credit).toMatch(CREDIT);
	});

	test('every endpoint takes dataset=onet', async ({ request }) => {
		const compare = await (
			await request.get('/api/compare/15-1252.00/15-1254.00?dataset=onet&category=technology')
		).json();
		expect(compare.a).toEqual({ id: '15-1252.00', label: 'Software Developers' });
		expect(compare.b).toEqual({ id: '15-1254.00', label: 'Web Developers' });
		expect(compare.shared.length).toBeGreaterThan(100);
		expect(compare.shared[0].sources).toEqual({
			'15-1252.00': ['onet-29.3'],
			'15-1254.00': ['onet-29.3']
		});

		const apache = await (await request.get('/api/nodes/apache-http-server?dataset=onet')).json();
		expect(apache.node).toMatchObject({ label: 'Apache HTTP Server', category: 'technology' });
		expect(apache.roles).toHaveLength(28);

		const search = await (
			await request.get(`/api/search?dataset=onet&q=${encodeURIComponent('Back End Developer')}`)
		).json();
		// Found by its alternate title, which the answer names (issue 13: say which alias matched).
		expect(search.results[0]).toEqual({
			id: '15-1254.00',
			label: 'Web Developers',
			category: 'role',
			matched: 'Back End Developer'
		});

		const { roles } = await (await request.get('/api/roles?dataset=onet')).json();
		expect(roles).toHaveLength(1016);
		const sources = await (await request.get('/api/sources?dataset=onet')).json();
		expect(sources.sources[0].credit).toMatch(CREDIT);
	});

	test('the comparison as CSV carries the O*NET credit', async ({ request }) => {
		const response = await request.get(
			'/api/export/csv?dataset=onet&view=compare&a=15-1252.00&b=15-1254.00&category=skill'
		);
		const rows = Papa.parse<string[]>(await response.text(), { skipEmptyLines: true }).data;
		expect(rows[0]?.at(-1)).toBe('credit');
		expect(rows[1]?.at(-1)).toMatch(CREDIT);
	});

	test('GET /api/graph draws a family of the technology graph at its own layout', async ({
		request
	}) => {
		const body = await (
			await request.get('/api/graph?dataset=onet&category=technology&family=15&hot=1')
		).json();
		expect(body.positioned).toBe(true);
		expect(body.nodes.length).toBeGreaterThan(100);
		for (const [, , category] of body.nodes) expect(['role', 'technology']).toContain(category);
		for (const [, , , x, y] of body.nodes)
			expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
		const bad = await request.get('/api/graph?dataset=onet&family=web');
		expect(bad.status()).toBe(400);
	});

	test('GET /api/graph sends the whole graph gzipped to clients that accept gzip', async () => {
		const url = `http://127.0.0.1:${PORT}/api/graph?dataset=onet&category=technology`;
		const plain = await get(url, undefined);
		const zipped = await get(url, 'gzip, deflate');
		expect(plain.headers['content-encoding']).toBeUndefined();
		expect(zipped.headers['content-encoding']).toBe('gzip');
		expect(zipped.headers.vary).toContain('accept-encoding');
		// The same answer, in under a third of the bytes (1.24 MB → about 0.3 MB).
		expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
		expect(zipped.body.length).toBeLessThan(plain.body.length / 3);
		expect(JSON.parse(plain.body.toString('utf8')).nodes.length).toBeGreaterThan(9000);
		// gzip;q=0 refuses it.
		const refused = await get(url, 'gzip;q=0');
		expect(refused.headers['content-encoding']).toBeUndefined();
	});
});

test.describe('the O*NET dataset in the app', () => {
	test('the dataset switcher opens O*NET and credits it', async ({ page }) => {
		await page.goto('/');
		await waitForGraph(page); // interact once the page is hydrated
		await page.getByLabel('Dataset').selectOption('onet');
		await expect(page).toHaveURL(/\?dataset=onet$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Software Developers vs Web Developers'
		);
		await expect(page.getByRole('contentinfo')).toContainText('CC BY 4.0');
		await waitForGraph(page);
	});

	test('big groups are folded, hot technologies first, and unfold on click', async ({ page }) => {
		await page.goto('/compare/15-1252.00/15-1254.00?dataset=onet');
		await waitForGraph(page);
		const before = (await drawnNodes(page, 'node.item')).length;
		const more = await drawnNodes(page, 'node.more');
		const shared = more.find((node) => node.id.includes('shared.technology'))!;
		expect(shared.label).toMatch(/^\+\d+ more technologies$/);
		const sharedTech = (await drawnNodes(page, 'node.item')).filter(
			(n) => n.zone === 'shared' && n.classes.includes('technology')
		);
		expect(sharedTech).toHaveLength(12);
		expect(sharedTech.every((n) => n.classes.includes('flagged'))).toBe(true);
		await clickNode(page, shared.id);
		await expect(page).toHaveURL(/expand=shared\.technology/);
		await waitForGraph(page);
		await expect
			.poll(async () => (await drawnNodes(page, 'node.item')).length)
			.toBeGreaterThan(before + 100);
		await page.getByLabel('Draw per group').selectOption('all');
		await expect(page).toHaveURL(/cap=all/);
		await expect.poll(async () => (await drawnNodes(page, 'node.more')).length).toBe(0);
	});

	test('choosing a folded node in the lists unfolds its group and selects it', async ({ page }) => {
		await page.goto('/compare/15-1252.00/15-1254.00?dataset=onet&category=technology');
		await waitForGraph(page);
		const lists = page.getByRole('region', { name: 'The same, as lists' });
		// Long lists show their first 30 entries until asked for all of them.
		const shared = lists.getByRole('region', { name: /^Shared/ });
		await expect(shared.getByRole('link')).toHaveCount(30);
		await shared.getByRole('button', { name: /^Show all \d+ technologies$/ }).click();
		await expect(shared.getByRole('link')).toHaveCount(215);
		const apache = lists.getByRole('link', { name: 'Apache Subversion SVN', exact: true });
		await apache.click();
		await expect(
			page
				.getByRole('complementary', { name: 'Details' })
				.getByRole('heading', { name: 'Apache Subversion SVN' })
		).toBeVisible();
		await expect
			.poll(() =>
				page.evaluate(() => window.__cy!.getElementById('apache-subversion-svn').nonempty())
			)
			.toBe(true);
	});

	test('Apache HTTP Server: every occupation O*NET lists it for', async ({ page, request }) => {
		await page.goto('/nodes/apache-http-server?dataset=onet');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Apache HTTP Server');
		const list = page.getByRole('region', { name: 'Roles that need it' });
		await expect(list.getByRole('heading', { level: 2 })).toContainText('· 28');
		// Groups show their first few; each unfolds to all of its roles (once the page is
		// hydrated: a click on the server-rendered button before then does nothing).
		await waitForGraph(page);
		for (const more of await list.getByRole('button', { name: /^\+\d+ more in / }).all()) {
			await more.click();
		}
		const roles = list.getByRole('link');
		await expect(roles).toHaveCount(28);
		await expect(roles.filter({ hasText: 'Web Administrators' })).toHaveCount(1);
		const api = await (await request.get('/api/nodes/apache-http-server?dataset=onet')).json();
		expect(api.roles).toHaveLength(28);
		await expect(page.getByRole('contentinfo')).toContainText('CC BY 4.0');
	});

	test('/explore draws a family of the technology graph, and the filters redraw it', async ({
		page
	}) => {
		await page.goto('/explore?dataset=onet');
		await waitForGraph(page);
		await expect(page.getByLabel('Occupation family')).toHaveValue('15');
		await expect(page.getByRole('checkbox', { name: 'Hot technologies only' })).toBeChecked();
		const first = await page.evaluate(() => window.__cy!.nodes().length);
		expect(first).toBeGreaterThan(100);
		await page.getByLabel('Occupation family').selectOption('29');
		await expect(page).toHaveURL(/family=29/);
		await expect
			.poll(() =>
				page.evaluate(() =>
					window
						.__cy!.nodes('.hub')
						.map((n) => n.id())
						.every((id) => id.startsWith('29-'))
				)
			)
			.toBe(true);
		await clickNode(page, (await drawnNodes(page, 'node.hub'))[0]!.id);
		await expect(
			page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 })
		).toBeVisible();
	});

	test('/explore draws thousands of elements with sigma.js (WebGL)', async ({ page }) => {
		test.setTimeout(120_000);
		// Family 15 with every technology: about 1,600 nodes and 6,200 links.
		await page.goto('/explore?dataset=onet&family=15&hot=0');
		await expect(page.locator('[data-drawn="true"][data-renderer="sigma"]')).toBeVisible({
			timeout: 90_000
		});
		await expect(page.getByRole('status').filter({ hasText: 'drawn with WebGL' })).toBeVisible();
		const count = await page.evaluate(() => {
			const graph = window.__sigma!.getGraph();
			return graph.order + graph.size;
		});
		expect(count).toBeGreaterThan(6000);
		expect(await page.evaluate(() => window.__cy)).toBeUndefined();
	});

	test('/explore draws the whole O*NET graph, and a click on a node opens its details', async ({
		page
	}) => {
		test.setTimeout(120_000);
		const answer = page.waitForResponse((response) => response.url().includes('/api/graph'));
		// The page loads sigma.js, not Cytoscape (its largest library, which it does not need).
		const scripts: Promise<string>[] = [];
		page.on('response', (response) => {
			if (response.url().endsWith('.js')) scripts.push(response.text());
		});
		await page.goto('/explore?dataset=onet&all=1');
		const api = await (await answer).json();
		expect(api.nodes.length).toBeGreaterThan(9000);
		await expect(page.locator('[data-drawn="true"][data-renderer="sigma"]')).toBeVisible({
			timeout: 90_000
		});
		const code = await Promise.all(scripts);
		expect(code.some((text) => text.includes('WebGLRenderingContext'))).toBe(true);
		expect(code.filter((text) => text.includes('textureOnViewport'))).toEqual([]);
		const drawn = await page.evaluate(() => window.__sigma!.getGraph().order);
		expect(drawn).toBe(api.nodes.length);
		await expect(page.getByRole('status').filter({ hasText: 'drawn with WebGL' })).toContainText(
			`${api.nodes.length.toLocaleString('en')} nodes`
		);
		// Zoomed in on a role (as a search does), then clicked where it is drawn.
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await clickSigmaNode(page, '15-1252.00');
		await expect(page).toHaveURL(/node=15-1252\.00/);
		const details = page.getByRole('complementary', { name: 'Details' });
		await expect(details.getByRole('heading', { level: 2 })).toHaveText('Software Developers');
		// A click on the background clears the selection.
		const box = (await page.locator('[data-drawn="true"]').boundingBox())!;
		await page.mouse.click(box.x + 4, box.y + 4);
		await expect(page).not.toHaveURL(/node=/);
	});

	test('/explore saves the whole O*NET graph (sigma.js) as a framed PNG and SVG', async ({
		page
	}) => {
		test.setTimeout(180_000);
		await page.goto('/explore?dataset=onet&all=1');
		await expect(page.locator('[data-drawn="true"][data-renderer="sigma"]')).toBeVisible({
			timeout: 90_000
		});
		const drawn = await page.evaluate(() => {
			const graph = window.__sigma!.getGraph();
			const colour = (category: string) =>
				graph.getNodeAttributes(graph.findNode((_id, node) => node.category === category)!).color;
			return {
				order: graph.order,
				size: graph.size,
				role: colour('role'),
				technology: colour('technology')
			};
		});
		expect(drawn.order).toBeGreaterThan(9000);

		const png = await download(page, 'PNG 1×', 'button');
		expect(png.name).toBe('o-net-29-3-whole-graph.png');
		await expect(
			page.getByRole('status').filter({ hasText: 'Saved o-net-29-3-whole-graph.png' })
		).toBeVisible();
		// Decoded in the page: its size, how much of it is drawn on, and the pixels of either colour.
		const image = await pixels(page, png.bytes, [drawn.role, drawn.technology]);
		// The graph's picture is 1,200 px on its longer side, with the frame around it.
		expect(image.width).toBeGreaterThanOrEqual(1264);
		expect(image.width).toBeLessThan(2000);
		expect(image.height).toBeGreaterThanOrEqual(1264);
		expect(image.height).toBeLessThan(2000);
		expect(image.corner).toEqual([255, 255, 255, 255]);
		// Not blank: lines and dots cover a good part of it (the frame's text alone is under 1%).
		expect(image.inked).toBeGreaterThan(0.2);
		// The nodes in their colours: ten times the pixels of the legend's dots (about 200 each) at least.
		expect(image.near[0]).toBeGreaterThan(10_000);
		expect(image.near[1]).toBeGreaterThan(2_000);

		// Transparent: the frame's background is left out, the drawing is not.
		await page.getByRole('checkbox', { name: 'Transparent background' }).check();
		const clear = await download(page, 'PNG 1×', 'button');
		const alpha = await pixels(page, clear.bytes);
		expect(alpha.corner[3]).toBe(0);
		expect(alpha.opaque).toBeGreaterThan(0.2);
		await page.getByRole('checkbox', { name: 'Transparent background' }).uncheck();

		const svgFile = await download(page, 'SVG', 'button');
		expect(svgFile.name).toBe('o-net-29-3-whole-graph.svg');
		const svg = svgFile.bytes.toString('utf8');
		expect(svg).toMatch(CREDIT);
		const parsed = await page.evaluate((text) => {
			const document = new DOMParser().parseFromString(text, 'image/svg+xml');
			return {
				root: document.documentElement.nodeName,
				errors: document.getElementsByTagName('parsererror').length,
				lines: document.getElementsByTagName('line').length,
				nodes: document.querySelectorAll('circle > title').length,
				legend: [...document.querySelectorAll('text')].map((text) => text.textContent)
			};
		}, svg);
		expect(parsed).toMatchObject({ root: 'svg', errors: 0, lines: drawn.size, nodes: drawn.order });
		// The legend names the categories drawn: roles and technologies, nothing else O*NET has.
		expect(parsed.legend).toContain('Role');
		expect(parsed.legend).toContain('Technology');
		expect(parsed.legend).not.toContain('Skill');
		expect(svg).not.toMatch(/<script/i);
	});

	test('the O*NET image export credits O*NET', async ({ page }) => {
		await page.goto('/compare/15-1252.00/15-1254.00?dataset=onet&category=skill');
		await waitForGraph(page);
		const svg = (await download(page, 'SVG', 'button')).bytes.toString('utf8');
		expect(svg).toContain('Software Developers vs Web Developers');
		expect(svg).toMatch(CREDIT);
	});
});
