import { expect, test, type Browser, type Page } from '@playwright/test';
import { CATEGORY_STYLES } from '../src/lib/viz/category-styles';
import { clickNode, clickSigmaNode, waitForGraph, waitForHydration } from './graph-helpers';

/**
 * The first page a browser opens draws its graph before SvelteKit hydrates the page
 * (src/lib/viz/canvas/early.ts); the canvas then adopts that drawing, unless the window's shape
 * asks for another layout.
 */

/** When the graph was first drawn and the page hydrated, how many times it was drawn, and whether the description is still in the page. */
async function timings(page: Page) {
	await waitForGraph(page);
	await waitForHydration(page);
	// Time for a second drawing, if the canvas made one after hydrating.
	await page.waitForTimeout(500);
	return page.evaluate(() => ({
		drawn: performance.getEntriesByName('rolegraph:graph-drawn').map((mark) => mark.startTime),
		hydrated: performance.getEntriesByName('rolegraph:hydrated')[0]?.startTime ?? NaN,
		description: document.querySelector('[data-early]') !== null,
		elements: window.__cy?.elements().length ?? 0
	}));
}

const WIDE = { width: 1440, height: 900 };

/** The names of the scripts a Link header preloads, in its order ("start" for SvelteKit's start-up script). */
function preloadNames(link: string | undefined): string[] {
	return [...(link ?? '').matchAll(/\/([\w-]+)\.[\w-]+\.js>/g)].map(([, name]) => name!);
}

/** A fresh browser context (cold, as a first visit is) and its page, with the page's errors collected. */
async function open(
	browser: Browser,
	baseURL: string | undefined,
	options: { viewport?: { width: number; height: number }; colorScheme?: 'light' | 'dark' } = {}
) {
	const context = await browser.newContext({ baseURL, viewport: WIDE, ...options });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	return { context, page, errors };
}

/**
 * A first visit to `url` in a fresh context: the page is drawn exactly once, `check` looks at what
 * it saw, and the page logged no error. `prepare` runs before the page is asked for (e.g. routes).
 */
async function firstVisit(
	{ browser, baseURL }: { browser: Browser; baseURL: string | undefined },
	url: string,
	check: (page: Page, seen: Awaited<ReturnType<typeof timings>>) => Promise<void>,
	options: Parameters<typeof open>[2] & { prepare?: (page: Page) => Promise<unknown> } = {}
) {
	const { prepare, ...contextOptions } = options;
	const { context, page, errors } = await open(browser, baseURL, contextOptions);
	try {
		await prepare?.(page);
		await page.goto(url);
		const seen = await timings(page);
		expect(seen.drawn).toHaveLength(1);
		await check(page, seen);
		expect(errors).toEqual([]);
	} finally {
		await context.close();
	}
}

for (const [name, url, node, details] of [
	['the seed comparison', '/', 'php', 'Both Backend Engineer and Backend Developer need it.'],
	[
		'the largest O*NET comparison',
		'/compare/15-1253.00/13-2011.00?dataset=onet',
		'microsoft-excel',
		'Microsoft Excel'
	]
] as const) {
	test(`${name}: drawn before the page hydrates, then adopted and clickable`, ({
		browser,
		baseURL
	}) =>
		firstVisit({ browser, baseURL }, url, async (page, seen) => {
			expect(seen.drawn[0]).toBeLessThan(seen.hydrated);
			expect(seen.description).toBe(false);
			expect(seen.elements).toBeGreaterThan(100);
			// The adopted canvas answers clicks: the page's own handlers were bound to it.
			await clickNode(page, node);
			await expect(page.getByRole('complementary', { name: 'Details' })).toContainText(details);
			await expect(page).toHaveURL(new RegExp(`node=${encodeURIComponent(node)}`));
		}));
}

test('a window of another shape gets the layout made for it, drawn after hydration', ({
	browser,
	baseURL
}) =>
	firstVisit(
		{ browser, baseURL },
		'/',
		async (page, seen) => {
			expect(seen.drawn[0]).toBeGreaterThan(seen.hydrated);
			expect(seen.description).toBe(false);
			// The layout is the one for this frame's shape (taller than wide), not the page's 1.75.
			const shape = await page.evaluate(() => {
				const box = window.__cy!.elements().boundingBox();
				return box.w / box.h;
			});
			expect(shape).toBeLessThan(1.2);
		},
		{ viewport: { width: 390, height: 844 } }
	));

test('in the dark theme the early drawing is drawn dark and adopted', ({ browser, baseURL }) =>
	firstVisit(
		{ browser, baseURL },
		'/',
		async (page, seen) => {
			expect(seen.drawn[0]).toBeLessThan(seen.hydrated);
			const colour = await page.evaluate(() => window.__cy!.getElementById('php').style('color'));
			expect(colour).toBe('rgb(230,233,239)'); // the dark theme's text, #e6e9ef
		},
		{ colorScheme: 'dark' }
	));

test('a later page, reached by a link, is drawn by the canvas as before', async ({ page }) => {
	await page.goto('/');
	await waitForGraph(page);
	await waitForHydration(page);
	await page.getByRole('link', { name: 'from Backend Engineer to Backend Developer' }).click();
	await expect(page).toHaveURL(/\/gap\//);
	await waitForGraph(page);
	const marks = await page.evaluate(
		() => performance.getEntriesByName('rolegraph:graph-drawn').length
	);
	expect(marks).toBe(2);
	expect(await page.evaluate(() => window.__cy!.nodes().length)).toBeGreaterThan(10);
});

for (const [name, description] of [
	['cannot be read', '{not json'],
	[
		'Cytoscape cannot draw',
		'{&quot;elements&quot;:null,&quot;layout&quot;:{&quot;name&quot;:&quot;preset&quot;}}'
	]
] as const) {
	test(`a drawing description that ${name} is left aside: the canvas draws after hydration, once`, ({
		browser,
		baseURL
	}) =>
		firstVisit(
			{ browser, baseURL },
			'/',
			async (page, seen) => {
				expect(seen.drawn[0]).toBeGreaterThan(seen.hydrated);
				expect(seen.elements).toBeGreaterThan(100);
				// One Cytoscape in the canvas element, none left over from the attempt.
				expect(await page.locator('[data-canvas] > div').count()).toBe(1);
			},
			{
				prepare: (page) =>
					page.route(`${baseURL}/`, async (route) => {
						const response = await route.fetch();
						const html = (await response.text()).replace(
							/data-early="[^"]*"/,
							`data-early="${description}"`
						);
						expect(html).toContain(description);
						await route.fulfill({ response, body: html });
					})
			}
		));
}

test('the drawing starts from the page head, its chunks preloaded first, with no need of SvelteKit', async ({
	browser,
	baseURL,
	request
}) => {
	const response = await request.get('/compare/15-1253.00/13-2011.00?dataset=onet');
	const head = (await response.text()).split('</head>')[0]!;
	expect(head).toMatch(
		/<script type="module" src="[./]*_app\/immutable\/chunks\/early-drawing\.[\w-]+\.js"><\/script>$/
	);
	// The page preloads the drawing's chunk and what it imports, in that order, and nothing else:
	// SvelteKit's scripts, needed only to hydrate, come when its start-up script asks for them.
	expect(preloadNames(response.headers()['link'])).toEqual([
		'early-drawing',
		'drawing-basics',
		'preload-helper',
		'rolldown-runtime'
	]);
	// Pages that draw nothing before hydration run no such script; a node page, which loads the
	// chunk for its canvas, preloads it first and its other scripts after it.
	for (const path of ['/nodes/php', '/explore?dataset=onet&all=1']) {
		expect(await (await request.get(path)).text(), path).not.toContain('early-drawing');
	}
	const node = preloadNames((await request.get('/nodes/php')).headers()['link']);
	expect(node.slice(0, 4)).toEqual([
		'early-drawing',
		'drawing-basics',
		'preload-helper',
		'rolldown-runtime'
	]);
	expect(node).toContain('start');
	// With SvelteKit's start-up script never loading, the page still draws its graph.
	const { context, page } = await open(browser, baseURL);
	await page.route(/\/_app\/immutable\/entry\/start\.[\w-]+\.js$/, (route) => route.abort());
	await page.goto('/');
	await expect(page.locator('[data-canvas][data-drawn="true"]')).toBeAttached();
	expect(await page.evaluate(() => performance.getEntriesByName('rolegraph:hydrated').length)).toBe(
		0
	);
	await context.close();
});

/**
 * The whole O*NET graph (the explorer's `all=1`) is drawn by sigma.js before the page hydrates
 * (src/lib/viz/sigma-early.ts), and its canvas takes that drawing over.
 */
const WHOLE = '/explore?dataset=onet&all=1';
const SIGMA_CANVAS = '[data-canvas][data-renderer="sigma"][data-drawn="true"]';

/** A first visit to the whole graph: when it was drawn, the page hydrated, and how often the graph was fetched. */
async function wholeVisit(page: Page) {
	const fetches: string[] = [];
	page.on('request', (request) => {
		if (request.url().includes('/api/graph')) fetches.push(request.url());
	});
	await page.goto(WHOLE);
	await expect(page.locator(SIGMA_CANVAS)).toBeVisible({ timeout: 60_000 });
	await waitForHydration(page);
	await page.waitForTimeout(500);
	return {
		fetches,
		...(await page.evaluate(() => ({
			drawn: performance.getEntriesByName('rolegraph:graph-drawn').map((mark) => mark.startTime),
			hydrated: performance.getEntriesByName('rolegraph:hydrated')[0]?.startTime ?? NaN,
			// Every canvas on the page is one of the renderer's layers, in the canvas element.
			canvases: document.querySelectorAll('canvas').length,
			inCanvas: document.querySelectorAll('[data-canvas][data-renderer="sigma"] canvas').length,
			order: window.__sigma?.getGraph().order ?? 0
		})))
	};
}

for (const colorScheme of ['light', 'dark'] as const) {
	test(`the whole O*NET graph (${colorScheme}): drawn by sigma.js before the page hydrates, then taken over and clickable`, async ({
		browser,
		baseURL
	}) => {
		test.setTimeout(120_000);
		const { context, page, errors } = await open(browser, baseURL, { colorScheme });
		try {
			const seen = await wholeVisit(page);
			expect(seen.drawn).toHaveLength(1);
			expect(seen.drawn[0]).toBeLessThan(seen.hydrated);
			// Fetched once: the view took the graph the page's head fetched.
			expect(seen.fetches).toHaveLength(1);
			expect(seen.order).toBeGreaterThan(9000);
			expect(seen.inCanvas).toBeGreaterThan(0);
			expect(seen.canvases).toBe(seen.inCanvas);
			await expect(page.getByRole('status').filter({ hasText: 'drawn with WebGL' })).toBeVisible();
			// Drawn in the theme of the page.
			const colour = await page.evaluate(() => {
				const graph = window.__sigma!.getGraph();
				return graph.getNodeAttributes('15-1252.00').color;
			});
			expect(colour).toBe(CATEGORY_STYLES.role[colorScheme]);
			// The drawing answers clicks through the page's own handlers.
			await page.getByRole('button', { name: 'Zoom in' }).click();
			await clickSigmaNode(page, '15-1252.00');
			await expect(page).toHaveURL(/node=15-1252\.00/);
			await expect(
				page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 })
			).toHaveText('Software Developers');
			expect(errors.filter((text) => !text.includes('GPU stall'))).toEqual([]);
		} finally {
			await context.close();
		}
	});
}

test("the whole graph's page fetches the graph first and starts SvelteKit after its drawing; the explorer's other pages load no sigma.js", async ({
	request,
	page
}) => {
	const response = await request.get(WHOLE);
	const html = await response.text();
	const head = html.split('</head>')[0]!;
	const chunk =
		/<script type="module" async src="([./]*_app\/immutable\/chunks\/early-sigma\.[\w-]+\.js)"><\/script>$/.exec(
			head
		)?.[1];
	expect(chunk).toBeDefined();
	// SvelteKit's start-up script imports the early module first, and starts whether it loads or not.
	expect(html).toContain(`import("${chunk}").catch(() => {}).then(() => Promise.all([`);
	const link = response.headers()['link'] ?? '';
	expect(link.split(', ')[0]).toBe(
		'<./api/graph?dataset=onet&category=technology>; rel="preload"; as="fetch"; crossorigin="anonymous"'
	);
	expect(preloadNames(link)).toEqual([
		'early-sigma',
		'sigma-drawing',
		'graphology',
		'drawing-basics',
		'preload-helper',
		'rolldown-runtime'
	]);
	// A part of the graph, drawn after hydration: the early module is preloaded, sigma.js is not,
	// and the page never loads it.
	const part = '/explore?dataset=onet';
	const other = await request.get(part);
	expect(await other.text()).not.toMatch(/<script[^>]*early-sigma\./);
	expect(await other.text()).not.toContain('data-early-sigma=');
	const names = preloadNames(other.headers()['link']);
	expect(names).toContain('early-sigma');
	expect(names).not.toContain('sigma-drawing');
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
	});
	await page.goto(part);
	await waitForGraph(page);
	await page.waitForLoadState('networkidle');
	expect(scripts.some((path) => path.includes('/early-sigma.'))).toBe(true);
	expect(scripts.filter((path) => /\/(sigma-drawing|graphology)\./.test(path))).toEqual([]);
});

test('when the early fetch fails, the whole graph is drawn after hydration; without SvelteKit, before', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(120_000);
	// The graph's first fetch (the page head's) fails: the page hydrates, and its view fetches the
	// graph again and draws it, once.
	const failing = await open(browser, baseURL);
	try {
		let first = true;
		await failing.page.route(/\/api\/graph\?/, (route) => {
			if (!first) return route.continue();
			first = false;
			return route.abort();
		});
		const seen = await wholeVisit(failing.page);
		expect(seen.fetches).toHaveLength(2);
		expect(seen.drawn).toHaveLength(1);
		expect(seen.drawn[0]).toBeGreaterThan(seen.hydrated);
		expect(seen.order).toBeGreaterThan(9000);
		expect(seen.canvases).toBe(seen.inCanvas);
	} finally {
		await failing.context.close();
	}
	// SvelteKit's start-up script never loads: the graph is drawn all the same.
	const { context, page } = await open(browser, baseURL);
	try {
		await page.route(/\/_app\/immutable\/entry\/start\.[\w-]+\.js$/, (route) => route.abort());
		await page.goto(WHOLE);
		await expect(
			page.locator('[data-early-sigma-host][data-drawn="true"] canvas').first()
		).toBeAttached({
			timeout: 60_000
		});
		await expect(page.getByText('Loading the graph…')).toBeHidden();
		expect(
			await page.evaluate(() => performance.getEntriesByName('rolegraph:hydrated').length)
		).toBe(0);
	} finally {
		await context.close();
	}
});
