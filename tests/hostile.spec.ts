/**
 * A dataset whose every text field holds HTML and script payloads (tests/fixtures/hostile),
 * served by a second built server: every view, the details panel, search suggestions and the
 * exports show the payloads as text, and none of them runs.
 */
import { expect, test, type Page } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { HOSTILE_PORT } from '../playwright.config';
import { clickNode, download, waitForGraph } from './graph-helpers';

test.use({ baseURL: `http://127.0.0.1:${HOSTILE_PORT}` });

/** Labels of the fixture, exactly as written in its YAML files. */
const ATTACKER = `<img src=x onerror="window.__pwned='role-a'"> Attacker`;
const VICTIM = `"><svg onload="window.__pwned='role-b'"> Victim`;
const XSS_TECH = `<img src=x onerror="window.__pwned='tech'">`;
const ENTITY_TECH = 'Tom &amp; Jerry &lt;b&gt;';
const TEMPLATE_SKILL = `{{constructor.constructor("window.__pwned='template'")()}}`;
const TITLE = '<script>window.__pwned="title"</script> Hostile vs <b>Bold</b>';
const TECH_DESCRIPTION = `<a href="javascript:window.__pwned='tech-link'">a javascript: link</a>`;
const SOURCE_TITLE = `<img src=x onerror="window.__pwned='source-title'"> Source title`;

/**
 * Watches a page for any sign that a payload ran: a dialog, `window.__pwned`, or an element or
 * attribute that only markup in the data could have made.
 */
async function guard(page: Page) {
	const dialogs: string[] = [];
	page.on('dialog', async (dialog) => {
		dialogs.push(dialog.message());
		await dialog.dismiss();
	});
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	return async () => {
		const evidence = await page.evaluate(() => ({
			pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
			// Elements the app never makes; any would come from the data.
			injected: [
				...document.querySelectorAll(
					'img[src="x"], iframe, object, embed, b, i, meta[http-equiv], link[href*="evil"], svg[onload]'
				)
			].map((element) => element.outerHTML.slice(0, 100)),
			handlers: [...document.querySelectorAll('*')]
				.flatMap((element) => [...element.attributes].map((a) => a.name))
				.filter((name) => name.startsWith('on')),
			scriptLinks: [...document.querySelectorAll('a[href]')]
				.map((a) => a.getAttribute('href')!)
				.filter((href) => /^\s*javascript:/i.test(href))
		}));
		expect(dialogs).toEqual([]);
		expect(evidence).toEqual({ pwned: null, injected: [], handlers: [], scriptLinks: [] });
		expect(errors).toEqual([]);
	};
}

test.describe('a dataset of HTML and script payloads', () => {
	test('the comparison shows every payload as text, runs none', async ({ page }) => {
		const check = await guard(page);
		await page.goto('/');
		await waitForGraph(page);
		await expect(page).toHaveTitle(/Attacker/);
		expect(await page.title()).toContain(ATTACKER);
		const main = page.locator('main');
		for (const text of [ATTACKER, VICTIM, XSS_TECH, ENTITY_TECH, TEMPLATE_SKILL]) {
			await expect(main.getByText(text, { exact: false }).first()).toBeAttached();
		}
		// The lists under the graph: labels as text.
		const lists = page.getByRole('region', { name: 'The same, as lists' });
		await expect(lists.getByText(XSS_TECH, { exact: true })).toBeVisible();
		await expect(lists.getByText(ENTITY_TECH, { exact: true })).toBeVisible();
		// The drawn graph carries the labels as data, not markup.
		const labels = await page.evaluate(() =>
			window.__cy!.nodes().map((node) => String(node.data('label')))
		);
		expect(labels).toEqual(expect.arrayContaining([XSS_TECH, ENTITY_TECH]));
		await check();
	});

	test('the details panel shows description, aliases, notes and sources as text', async ({
		page
	}) => {
		const check = await guard(page);
		await page.goto('/');
		await waitForGraph(page);
		await clickNode(page, 'xss-tech');
		const details = page.getByRole('complementary', { name: 'Details' });
		await expect(details.getByRole('heading', { name: XSS_TECH })).toBeVisible();
		await expect(details.getByText(TECH_DESCRIPTION, { exact: true })).toBeVisible();
		await expect(details).toContainText(`Also called javascript:window.__pwned="alias-2", XSS`);
		await expect(details).toContainText(SOURCE_TITLE);
		await expect(details).toContainText(`<b onmouseover="window.__pwned='kind'">language</b>`);
		await clickNode(page, 'attacker');
		await expect(details.getByRole('heading', { name: ATTACKER })).toBeVisible();
		await expect(details).toContainText('</script><script>window.__pwned="alias"</script>');
		await check();
	});

	test('search suggestions show payload labels as text', async ({ page }) => {
		const check = await guard(page);
		await page.goto('/');
		await waitForGraph(page);
		const search = page.getByRole('combobox', { name: 'Search' });
		for (const [query, label] of [
			['<img', XSS_TECH],
			['Tom', ENTITY_TECH],
			['{{con', TEMPLATE_SKILL],
			['</script>', ATTACKER]
		]) {
			await search.fill(query!);
			const options = page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option');
			await expect(options.filter({ hasText: label! }).first()).toBeVisible();
		}
		await search.press('Enter');
		await check();
	});

	test('a node page and /explore show the payloads as text', async ({ page }) => {
		const check = await guard(page);
		for (const id of ['xss-tech', 'attacker', 'victim', 'template-skill', 'style-skill']) {
			await page.goto(`/nodes/${id}`);
			await waitForGraph(page);
			await expect(page.locator('main h1, main h2').first()).toBeVisible();
		}
		await page.goto('/nodes/attacker');
		await expect(page.locator('main')).toContainText(ATTACKER);
		await expect(page.locator('main')).toContainText(
			`<iframe src="javascript:window.__pwned='note'"></iframe> A note.`
		);
		await page.goto('/nodes/xss-tech');
		await expect(page.locator('main')).toContainText(
			`<img src=x onerror="window.__pwned='edge-note'"> Edge note`
		);
		await page.goto('/explore');
		await waitForGraph(page);
		await expect(page.locator('body')).toContainText(TITLE);
		await page.goto('/compare/victim/attacker?node=xss-tech');
		await waitForGraph(page);
		await expect(page.getByRole('complementary', { name: 'Details' })).toContainText(XSS_TECH);
		await check();
	});

	test('the server-rendered pages, read without JavaScript, hold the payloads as text', async ({
		browser,
		request
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		for (const url of ['/', '/nodes/attacker', '/nodes/xss-tech', '/explore']) {
			// The HTML as sent: markup only where the app put it (a tag from the data would start
			// with a literal "<"; escaped, it is "&lt;").
			const html = await (await request.get(url)).text();
			// (The explorer's graph comes later, from /api/graph: its page holds only the title, as data.)
			expect(html, url).toContain(
				url === '/explore' ? '\\u003Cscript>window.__pwned' : '&lt;img src=x onerror='
			);
			// A tag (its attributes skipped whole, quoted values included) with an event handler.
			expect(html, url).not.toMatch(
				/<[a-z][\w-]*(?:\s+[\w:.-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*\s+on\w+\s*=/i
			);
			expect(html, url).not.toMatch(/<style[^<>]*>body\{display:none/);
			expect(html, url).not.toMatch(/<script>window\.__pwned/);
			expect(html, url).not.toMatch(/<a\s[^<>]*href\s*=\s*["']?\s*javascript:/i);
			// The same page parsed by the browser, scripts off: no element or attribute from the data.
			await page.goto(url);
			const found = await page.evaluate(() => ({
				injected: [
					...document.querySelectorAll('img[src="x"], iframe, b, i, meta[http-equiv], svg[onload]')
				].length,
				handlers: [...document.querySelectorAll('*')].filter((element) =>
					[...element.attributes].some((a) => a.name.startsWith('on'))
				).length,
				text: document.body.textContent ?? '',
				picture: document.querySelector('svg.preview')?.textContent ?? ''
			}));
			expect(found.injected, url).toBe(0);
			expect(found.handlers, url).toBe(0);
			if (url !== '/explore') expect(found.text, url).toContain(`onerror="window.__pwned`);
			// The graph's still picture (sent with the page) shows them as text too.
			if (url === '/') expect(found.picture, url).toContain(`onerror="window.__pwned`);
		}
		await context.close();
	});

	test('the SVG export holds the payloads as escaped text only', async ({ page }) => {
		const check = await guard(page);
		await page.goto('/');
		await waitForGraph(page);
		const svg = (await download(page, 'SVG', 'button')).bytes.toString('utf8');
		expect(XMLValidator.validate(svg)).toBe(true);
		const texts = checkXml(svg, SVG_ELEMENTS);
		// The title names both roles, the footer credits the data: as text, escaped in the file.
		expect(texts.join('\n')).toContain(`${ATTACKER} vs ${VICTIM}`);
		// Node labels are wrapped onto lines: the payload's second half is one line.
		expect(texts).toContain(`onerror="window.__pwned='tech'">`);
		expect(texts.join('\n')).toContain(
			'Data: <a href="javascript:window.__pwned=&quot;credit&quot;">click</a> ]]> <!-- -->'
		);
		expect(svg).toContain('&lt;img src=x onerror=');
		expect(svg).not.toMatch(/<script|<img|<foreignObject|<iframe/i);
		await check();
	});

	for (const format of ['gexf', 'graphml'] as const) {
		test(`/api/export/${format} holds the payloads as escaped text only`, async ({ request }) => {
			for (const query of [
				'view=whole',
				'view=compare&a=attacker&b=victim',
				'view=node&id=xss-tech'
			]) {
				const response = await request.get(`/api/export/${format}?${query}`);
				expect(response.status()).toBe(200);
				expect(response.headers()['x-content-type-options']).toBe('nosniff');
				const xml = await response.text();
				expect(XMLValidator.validate(xml), query).toBe(true);
				const texts = checkXml(xml, FORMAT_TAGS[format]);
				expect(texts).toContain(XSS_TECH);
				expect(xml).not.toMatch(/<(script|img|svg|iframe|b|a)[\s>]/i);
			}
			const whole = await (await request.get(`/api/export/${format}?view=whole`)).text();
			const texts = checkXml(whole, FORMAT_TAGS[format]);
			for (const text of [ATTACKER, VICTIM, ENTITY_TECH, TEMPLATE_SKILL]) {
				expect(texts, text).toContain(text);
			}
			// Descriptions and notes travel as text too.
			expect(texts.join('\n')).toContain(TECH_DESCRIPTION);
			expect(texts.join('\n')).toContain(`]]><!-- --><![CDATA[ </svg> <foreignObject>`);
		});
	}
});

/** Elements an SVG export may have: any but those that run, embed or link. */
const SVG_ELEMENTS = {
	has: (name: string) =>
		!['script', 'foreignobject', 'iframe', 'img', 'image', 'a', 'object', 'embed', 'use'].includes(
			name.toLowerCase()
		)
};

/** The element names each export format may use. */
const FORMAT_TAGS = {
	gexf: new Set([
		'gexf',
		'meta',
		'creator',
		'description',
		'keywords',
		'title',
		'graph',
		'attributes',
		'attribute',
		'default',
		'nodes',
		'node',
		'attvalues',
		'attvalue',
		'edges',
		'edge',
		'id',
		'credit',
		'defaultPair',
		'sources',
		'viz:color',
		'viz:position',
		'viz:size',
		'viz:shape',
		'parents',
		'parent'
	]),
	graphml: new Set(['graphml', 'key', 'desc', 'default', 'graph', 'node', 'edge', 'data'])
};

/**
 * Parses XML and walks it: every element is one the format allows, no attribute is an event
 * handler or a script link. Returns every text and attribute value, unescaped.
 */
function checkXml(xml: string, allowed: { has(name: string): boolean }): string[] {
	const parser = new XMLParser({
		ignoreAttributes: false,
		attributeNamePrefix: '@',
		preserveOrder: true,
		processEntities: true,
		htmlEntities: false,
		trimValues: false,
		parseTagValue: false,
		parseAttributeValue: false
	});
	const tree = parser.parse(xml) as unknown[];
	const texts: string[] = [];
	const walk = (nodes: unknown[]) => {
		for (const node of nodes as Record<string, unknown>[]) {
			for (const [key, value] of Object.entries(node)) {
				if (key === '#text') {
					texts.push(String(value));
				} else if (key === ':@') {
					for (const [name, attribute] of Object.entries(value as Record<string, string>)) {
						expect(name.toLowerCase(), `attribute ${name}`).not.toMatch(/^@on/);
						expect(String(attribute), `attribute ${name}`).not.toMatch(/^\s*javascript:/i);
						texts.push(String(attribute));
					}
				} else if (key !== '?xml') {
					expect(allowed.has(key), `element <${key}>`).toBe(true);
					walk(value as unknown[]);
				}
			}
		}
	};
	walk(tree);
	return texts;
}
