import { expect, test, type Browser, type Page } from '@playwright/test';
import { clickNode, waitForGraph, waitForHydration } from './graph-helpers';

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

/** A fresh browser context (cold, as a first visit is) and its page, with the page's errors collected. */
async function open(
	browser: Browser,
	baseURL: string | undefined,
	options: { viewport?: { width: number; height: number }; colorScheme?: 'dark' } = {}
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
	// The drawing's chunk and what it imports lead the preloads, in that order.
	const preloads = [
		...(response.headers()['link'] ?? '').matchAll(/chunks\/([\w-]+)\.[\w-]+\.js>/g)
	];
	expect(preloads.slice(0, 4).map(([, name]) => name)).toEqual([
		'early-drawing',
		'drawing-basics',
		'preload-helper',
		'rolldown-runtime'
	]);
	// Pages that draw nothing before hydration run no such script.
	for (const path of ['/nodes/php', '/explore?dataset=onet&all=1']) {
		expect(await (await request.get(path)).text(), path).not.toContain('early-drawing');
	}
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
