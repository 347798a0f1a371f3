/**
 * The crawler (issue 13): visits the built app in Chromium — every seed node page, a fixed
 * sample of O*NET pages across families and kinds, comparisons (pairs where one role lacks a
 * rated category included), /explore, and every page kind of an imported graph — and fails on any
 * page error, console error, failed request, empty main content or 5xx. The address of every
 * link a page offers (details panel links included) is then followed once, across the whole
 * crawl, and must land on the page it names, with that page's heading.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { waitForGraph } from './graph-helpers';

/**
 * Where workers claim the links they follow, so each address is followed once in all. Under
 * test-results/, which Playwright empties at the start of every run.
 */
const CLAIMS = join('test-results', 'crawl-claims');

test.beforeAll(() => mkdirSync(CLAIMS, { recursive: true }));

/** Claims an address for this worker: true the first time any worker asks for it. */
function claim(address: string): boolean {
	const name = Buffer.from(address).toString('base64url').slice(0, 200);
	try {
		closeSync(openSync(join(CLAIMS, name), 'wx'));
		return true;
	} catch {
		return false;
	}
}

interface Visit {
	links: string[];
	problems: string[];
}

/** Visits a page as a user would and reports what went wrong, and the links it offers. */
async function visit(page: Page, path: string): Promise<Visit> {
	const problems: string[] = [];
	const onError = (error: Error) => problems.push(`page error: ${error.message}`);
	const onConsole = (message: { type(): string; text(): string }) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	};
	const onFailed = (request: { url(): string; failure(): { errorText: string } | null }) => {
		// A fetch the page itself cancels (a newer one superseding it) is not a failure.
		if (request.failure()?.errorText !== 'net::ERR_ABORTED')
			problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
	};
	const onResponse = (response: { status(): number; url(): string }) => {
		if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
	};
	page.on('pageerror', onError);
	page.on('console', onConsole);
	page.on('requestfailed', onFailed);
	page.on('response', onResponse);
	try {
		await page.goto(path, { waitUntil: 'networkidle', timeout: 60_000 });
		// Let hydration and the first frame run: errors thrown there blank the page.
		await page.waitForTimeout(300);
		// A page that threw while hydrating may have lost its main content altogether.
		const main =
			(await page.locator('main').count()) > 0
				? (await page.locator('main').innerText()).trim()
				: '';
		if (main.length < 20) problems.push(`empty main content (${JSON.stringify(main)})`);
		const links = await page.$$eval('a[href]', (anchors) =>
			anchors.map((anchor) => (anchor as HTMLAnchorElement).href)
		);
		return { links, problems };
	} finally {
		page.off('pageerror', onError);
		page.off('console', onConsole);
		page.off('requestfailed', onFailed);
		page.off('response', onResponse);
	}
}

/** The labels of nodes, fetched once per dataset and id. */
const labels = new Map<string, Promise<string | undefined>>();
function labelOf(request: APIRequestContext, id: string, dataset: string | null) {
	const key = `${dataset}\u0000${id}`;
	let label = labels.get(key);
	if (!label) {
		const query = dataset ? `?dataset=${encodeURIComponent(dataset)}` : '';
		label = request
			.get(`/api/nodes/${encodeURIComponent(id)}${query}`)
			.then(async (response) => (response.ok() ? (await response.json()).node.label : undefined));
		labels.set(key, label);
	}
	return label;
}

function headingOf(html: string): string | undefined {
	const match = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html);
	return match?.[1]
		?.replace(/<[^>]+>/g, '')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * Follows a link's address (over HTTP: the server renders every page) and checks it lands where
 * it says: the page of the node or comparison the address names, under that page's heading; a
 * download for an export; a file for anything else. Returns what is wrong, if anything.
 */
async function follow(request: APIRequestContext, href: string): Promise<string | undefined> {
	const url = new URL(href);
	const response = await request.get(url.pathname + url.search, { maxRedirects: 0 });
	const status = response.status();
	if (status !== 200) return `${href}: ${status}`;
	const dataset = url.searchParams.get('dataset');
	const path = decodeURI(url.pathname);
	if (path.startsWith('/api/export/')) {
		const disposition = response.headers()['content-disposition'] ?? '';
		return /^attachment; filename=/.test(disposition) ? undefined : `${href}: not a download`;
	}
	if (path.startsWith('/api/') || /\.[a-z]+$/.test(path)) return undefined;
	const heading = headingOf(await response.text());
	let expected: string | RegExp | undefined;
	const node = /^\/nodes\/([^/]+)$/.exec(url.pathname);
	const pair = /^\/(compare|gap)\/([^/]+)\/([^/]+)$/.exec(url.pathname);
	if (node) expected = await labelOf(request, decodeURIComponent(node[1]!), dataset);
	else if (pair) {
		const [a, b] = await Promise.all([
			labelOf(request, decodeURIComponent(pair[2]!), dataset),
			labelOf(request, decodeURIComponent(pair[3]!), dataset)
		]);
		expected = pair[1] === 'compare' ? `${a} vs ${b}` : `From ${a} to ${b}`;
	} else if (path === '/') expected = / vs /;
	else if (path === '/explore') expected = 'Explore the whole graph';
	else if (path === '/match') expected = 'Which roles fit what you know';
	else return `${href}: an address the crawler does not know`;
	if (expected === undefined) return `${href}: names no node`;
	const ok = typeof expected === 'string' ? heading === expected : expected.test(heading ?? '');
	return ok ? undefined : `${href}: heading ${JSON.stringify(heading)}, expected ${expected}`;
}

/** Visits pages, then follows every link they offer that no worker has followed yet. */
async function crawl(page: Page, request: APIRequestContext, paths: string[], origin: string) {
	const problems: string[] = [];
	const found = new Set<string>();
	for (const path of paths) {
		const result = await visit(page, path);
		problems.push(...result.problems.map((problem) => `${path}: ${problem}`));
		for (const link of result.links) {
			const url = new URL(link);
			if (url.origin !== origin) {
				problems.push(`${path}: links to another host (${link})`);
				continue;
			}
			url.hash = '';
			found.add(url.href);
		}
	}
	const mine = [...found].filter(claim);
	// An imported graph lives in this browser only: its pages are followed here.
	for (const href of mine.filter((link) => new URL(link).pathname.startsWith('/local/'))) {
		const result = await visit(page, href);
		problems.push(...result.problems.map((problem) => `link ${href}: ${problem}`));
		const heading =
			(await page.locator('h1').first().textContent())?.replace(/\s+/g, ' ').trim() ?? '';
		const expected = /\/match$/.test(new URL(href).pathname)
			? /^Which roles fit what you know$/
			: /\/gap\//.test(new URL(href).pathname)
				? /^From .+ to .+$/
				: / vs /;
		if (!expected.test(heading)) {
			problems.push(`link ${href}: heading ${JSON.stringify(heading)}`);
		}
	}
	const served = mine.filter((link) => !new URL(link).pathname.startsWith('/local/'));
	// A few at a time, as a browser would fetch them.
	for (let start = 0; start < served.length; start += 6) {
		const batch = served.slice(start, start + 6);
		for (const problem of await Promise.all(batch.map((href) => follow(request, href)))) {
			if (problem) problems.push(`link ${problem}`);
		}
	}
	return { problems, visited: paths.length, followed: mine.length, found: found.size };
}

interface Role {
	id: string;
	label: string;
	counts: Record<string, number>;
}

async function onetRoles(request: APIRequestContext): Promise<Role[]> {
	return (await (await request.get('/api/roles?dataset=onet')).json()).roles;
}

/** A fixed sample of occupations: the first three of every family by code, and the named ones. */
function sampleRoles(roles: Role[]): string[] {
	const byFamily = new Map<string, string[]>();
	for (const id of roles.map((role) => role.id).sort()) {
		const family = id.slice(0, 2);
		byFamily.set(family, [...(byFamily.get(family) ?? []), id]);
	}
	const sample = new Set(['15-1252.00', '15-1254.00', '29-1141.00']);
	for (const ids of byFamily.values()) for (const id of ids.slice(0, 3)) sample.add(id);
	return [...sample];
}

test.describe('the crawler', () => {
	test.describe.configure({ timeout: 600_000 });

	test('seed: every node page, the default comparison, /explore', async ({
		page,
		request,
		baseURL
	}) => {
		const { nodes } = await (await request.get('/api/graph')).json();
		expect(nodes.length).toBe(92);
		const paths = [
			'/',
			'/?node=php',
			'/?node=backend-engineer',
			'/explore',
			'/explore?node=nginx',
			'/gap/backend-engineer/backend-developer',
			'/match?have=java,php,backend-engineer',
			...nodes.map(([id]: [string]) => `/nodes/${encodeURIComponent(id)}`)
		];
		const result = await crawl(page, request, paths, new URL(baseURL!).origin);
		console.log(`crawl seed: ${result.visited} pages, ${result.followed} links followed`);
		expect(result.problems).toEqual([]);
	});

	for (const part of [0, 1]) {
		test(`O*NET occupation pages, part ${part + 1} of 2`, async ({ page, request, baseURL }) => {
			const roles = sampleRoles(await onetRoles(request));
			expect(roles.length).toBeGreaterThanOrEqual(50);
			expect(new Set(roles.map((id) => id.slice(0, 2))).size).toBeGreaterThanOrEqual(15);
			const mine = roles.filter((_id, index) => index % 2 === part);
			const result = await crawl(
				page,
				request,
				mine.map((id) => `/nodes/${id}?dataset=onet`),
				new URL(baseURL!).origin
			);
			console.log(
				`crawl O*NET roles ${part + 1}: ${result.visited} pages, ${result.followed} links followed`
			);
			expect(result.problems).toEqual([]);
		});
	}

	test('O*NET: technology, skill and task pages, comparisons, /explore', async ({
		page,
		request,
		baseURL
	}) => {
		const roles = await onetRoles(request);
		const without = (category: string) =>
			roles.find((role) => role.counts[category] === 0 && role.counts.technology === 0)?.id;
		const noData = without('responsibility')!;
		const pairs: [string, string][] = [
			['15-1254.00', '15-1252.00'], // Software Developers have no skill data
			['15-1252.00', '15-1254.00'],
			['15-1253.00', '13-2011.00'], // the largest union
			['29-1141.00', '29-1171.00'],
			['15-1242.00', '15-1243.00'],
			['27-2011.00', '27-2012.00'],
			['45-2091.00', '45-2092.00'],
			['11-1011.00', '11-1021.00'],
			['15-1252.00', noData], // a role with no technology or task data at all
			['53-3032.00', '15-1252.00'],
			['15-1254.00', '15-1254.00']
		];
		const comparisons = pairs.flatMap(([a, b]) => [
			`/compare/${a}/${b}?dataset=onet`,
			`/compare/${a}/${b}?dataset=onet&node=${a}`
		]);
		// Technologies, skills and tasks: the first items of each kind the comparisons list.
		const items = new Map<string, string[]>();
		for (const [a, b] of pairs.slice(0, 4)) {
			const body = await (await request.get(`/api/compare/${a}/${b}?dataset=onet`)).json();
			for (const item of [...body.shared, ...body.onlyA, ...body.onlyB]) {
				items.set(item.category, [...(items.get(item.category) ?? []), item.id]);
			}
		}
		const picked = ['technology', 'skill', 'responsibility'].flatMap((category) =>
			[...new Set(items.get(category))].slice(0, 12)
		);
		expect(picked.length).toBeGreaterThanOrEqual(30);
		const paths = [
			...comparisons,
			...picked.map((id) => `/nodes/${id}?dataset=onet`),
			`/compare/15-1254.00/15-1252.00?dataset=onet&node=${picked[0]}`,
			'/explore?dataset=onet',
			'/explore?dataset=onet&node=python',
			'/gap/15-1254.00/15-1252.00?dataset=onet',
			'/gap/15-1299.07/15-1254.00?dataset=onet', // Blockchain Engineers have no skill data
			'/match?dataset=onet&have=Python,SQL,statistics,Tableau,15-1254.00',
			'/explore?dataset=onet&all=1'
		];
		const result = await crawl(page, request, paths, new URL(baseURL!).origin);
		console.log(`crawl O*NET others: ${result.visited} pages, ${result.followed} links followed`);
		expect(result.problems).toEqual([]);
	});

	test('an imported graph: every page kind under /local/{id}', async ({
		page,
		request,
		baseURL
	}) => {
		await page.goto('/');
		await waitForGraph(page); // the import control works once the page is hydrated
		await page.locator('input[type=file]').setInputFiles({
			name: 'team-skills.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(
				[
					'role,node,category,source,node_label,description',
					'data-engineer,data-engineer,role,,Data Engineer,Builds the pipelines.',
					'data-engineer,sql,technology,survey,SQL,',
					'data-engineer,python,technology,survey,Python,',
					'data-analyst,data-analyst,role,,Data Analyst,Reads the data.',
					'data-analyst,sql,technology,survey,SQL,',
					'data-analyst,statistics,skill,survey,Statistics,',
					'data-analyst,data-engineer,role,survey,Data Engineer,'
				].join('\n')
			)
		});
		await expect(page).toHaveURL(/\/local\/local-[a-z0-9]+$/);
		const base = new URL(page.url()).pathname;
		const paths = [
			base,
			`${base}?a=data-analyst&b=data-engineer`,
			`${base}?node=sql`,
			`${base}?node=data-engineer`,
			`${base}?category=skill`,
			`${base}?a=data-analyst&b=data-analyst`,
			`${base}/gap/data-analyst/data-engineer`,
			`${base}/match?have=sql,statistics,nothing-like-it`
		];
		const result = await crawl(page, request, paths, new URL(baseURL!).origin);
		console.log(`crawl imported graph: ${result.visited} pages, ${result.followed} links followed`);
		expect(result.problems).toEqual([]);
	});
});
