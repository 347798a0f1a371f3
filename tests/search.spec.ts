/**
 * Search: what people type finds what they mean (issue 13, item 5), and no search, however it
 * is crafted, holds up the server or swells its memory (issue 14, item 1: 100 one-letter words
 * took 7–16 s of CPU, another client's request waited 9.4 s, and RSS rose from 252 MB to over
 * 1 GB). The server tests run their own built server, to read its memory and keep other specs'
 * requests out of the timings.
 */
import { expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { PORT } from '../playwright.config';
import { rssMb } from '../scripts/bench/search-bench';
import { CRAFTED_SEARCHES, PLAIN_SEARCH } from '../scripts/bench/search-cases';
import { waitForGraph } from './graph-helpers';

const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });
/** The suggestions of the search box open now (the others' lists are hidden). */
const suggestions = (page: Page) =>
	page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option');

test.describe('the search box on the O*NET comparison', () => {
	const cases: { typed: string; first: string; matched?: string; bug: string }[] = [
		{ typed: '15-1254', first: 'Web Developers', matched: '15-1254.00', bug: 'codes' },
		{ typed: 'frontend', first: 'Web Developers', matched: 'Front End Developer', bug: 'spacing' },
		{ typed: 'SQL', first: 'Structured query language SQL', bug: 'exact name first' },
		{
			typed: 'programmer',
			first: 'Computer Programmers',
			matched: 'Programmer',
			bug: 'the alias that matched'
		}
	];
	for (const { typed, first, matched, bug } of cases) {
		test(`${bug}: “${typed}” suggests the right node first`, async ({ page }) => {
			await page.goto('/?dataset=onet');
			await waitForGraph(page); // interact once the page is hydrated
			const search = page.getByRole('combobox', { name: 'Search', exact: true });
			await search.fill(typed);
			await expect(suggestions(page).first().locator('.label')).toHaveText(
				matched ? `${first} — matched “${matched}”` : first
			);
		});
	}

	test('choosing a suggestion found by its alias opens that node', async ({ page }) => {
		await page.goto('/?dataset=onet');
		await waitForGraph(page);
		const search = page.getByRole('combobox', { name: 'Search', exact: true });
		await search.fill('front-end');
		await expect(suggestions(page).first()).toContainText('Front End Developer');
		await search.press('Enter');
		await expect(search).toHaveValue('Web Developers');
		await expect(page).toHaveURL(/node=15-1254\.00/);
		await expect(details(page).getByRole('heading', { name: 'Web Developers' })).toBeVisible();
	});

	test('the role pickers find roles by code and by spacing-free title', async ({ page }) => {
		await page.goto('/?dataset=onet');
		await waitForGraph(page);
		const first = page.getByRole('combobox', { name: 'First role' });
		await first.fill('15-1251');
		await expect(suggestions(page).first()).toContainText('Computer Programmers');
		await first.fill('backend');
		await expect(suggestions(page).first()).toContainText('Web Developers');
	});
});

/** The first port from `from` nobody listens on. */
async function freePort(from: number): Promise<number> {
	for (let port = from; port < from + 100; port++) {
		const free = await new Promise<boolean>((resolve) => {
			const probe = createServer()
				.once('error', () => resolve(false))
				.once('listening', () => probe.close(() => resolve(true)))
				.listen(port, '127.0.0.1');
		});
		if (free) return port;
	}
	throw new Error(`No free port from ${from}.`);
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[values.length >> 1]!;

test.describe('crafted searches against the built server', { tag: '@timed' }, () => {
	test.describe.configure({ mode: 'serial' });
	let server: ChildProcess;
	let base: string;

	/** Milliseconds a GET takes, and its answer. */
	async function timedGet(path: string): Promise<{ ms: number; status: number; body: string }> {
		const started = performance.now();
		const response = await fetch(base + path);
		const body = await response.text();
		return { ms: performance.now() - started, status: response.status, body };
	}
	const searchPath = (q: string) => `/api/search?dataset=onet&q=${encodeURIComponent(q)}`;

	test.beforeAll(async () => {
		const port = await freePort(PORT + 40);
		base = `http://127.0.0.1:${port}`;
		server = spawn(process.execPath, ['server.js'], {
			// One worker: the crafted searches and the other client share its event loop, as the
			// 9.4 s stall did, and the warm-up below reaches the process every request goes to.
			env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ROLEGRAPH_WORKERS: '1' },
			stdio: 'ignore'
		});
		// Up, O*NET loaded and its search index built (a search waits for the index).
		await expect
			.poll(async () => (await timedGet(searchPath('warm')).catch(() => undefined))?.status, {
				timeout: 60_000
			})
			.toBe(200);
		for (let i = 0; i < 10; i++) await timedGet(searchPath(PLAIN_SEARCH));
	});

	test.afterAll(() => {
		server.kill();
	});

	test('each crafted search answers within max(50 ms, 10 × a plain search)', async () => {
		const slow: string[] = [];
		for (const { name, q } of CRAFTED_SEARCHES) {
			// Back-to-back pairs, so the machine's noise hits the plain and the crafted search alike.
			const plain: number[] = [];
			const crafted: number[] = [];
			for (let pair = 0; pair < 5; pair++) {
				plain.push((await timedGet(searchPath(PLAIN_SEARCH))).ms);
				const run = await timedGet(searchPath(q));
				expect(run.status, name).toBe(200);
				expect(JSON.parse(run.body).results.length, name).toBeLessThanOrEqual(20);
				crafted.push(run.ms);
			}
			const [ms, baseline] = [median(crafted), median(plain)];
			test.info().annotations.push({
				type: 'timing',
				description: `${name}: ${ms.toFixed(1)} ms (plain: ${baseline.toFixed(1)} ms)`
			});
			if (ms > Math.max(50, 10 * baseline)) {
				slow.push(`${name}: ${ms.toFixed(1)} ms, plain ${baseline.toFixed(1)} ms`);
			}
		}
		expect(slow).toEqual([]);
	});

	test('memory stays flat while crafted searches run', async () => {
		const pid = server.pid!;
		const before = rssMb(pid);
		let peak = before;
		const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 10);
		try {
			for (let round = 0; round < 3; round++) {
				for (const { q } of CRAFTED_SEARCHES)
					expect((await timedGet(searchPath(q))).status).toBe(200);
			}
		} finally {
			clearInterval(sampler);
		}
		test.info().annotations.push({
			type: 'memory',
			description: `RSS ${before.toFixed(0)} MB before, peak ${peak.toFixed(0)} MB during`
		});
		// Before the fix one such search took RSS from 252 MB to over 1 GB.
		expect(peak - before).toBeLessThan(64);
	});

	test('another client is answered promptly while crafted searches run', async () => {
		const victim = '/api/roles?dataset=onet';
		const quiet = median(await sequential(10, async () => (await timedGet(victim)).ms));
		let running = true;
		const attackers = Array.from({ length: 4 }, async (_, attacker) => {
			for (let i = attacker; running; i++) {
				const { q } = CRAFTED_SEARCHES[i % CRAFTED_SEARCHES.length]!;
				await timedGet(searchPath(q));
			}
		});
		const waits: number[] = [];
		const until = performance.now() + 3000;
		while (performance.now() < until) {
			const { ms, status } = await timedGet(victim);
			expect(status).toBe(200);
			waits.push(ms);
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
		running = false;
		await Promise.all(attackers);
		const worst = Math.max(...waits);
		test.info().annotations.push({
			type: 'victim',
			description: `${waits.length} requests, median ${median(waits).toFixed(1)} ms, worst ${worst.toFixed(1)} ms (quiet: ${quiet.toFixed(1)} ms)`
		});
		// Before the fix the other client waited 9.4 s. On a busy 2-core machine one wait may
		// catch a scheduling hiccup of the machine itself: the 90th percentile holds the bound,
		// the worst a looser one that a stalled server still fails.
		const p90 = [...waits].sort((x, y) => x - y)[Math.floor(waits.length * 0.9)]!;
		expect(p90).toBeLessThanOrEqual(Math.max(100, 10 * quiet));
		expect(worst).toBeLessThanOrEqual(Math.max(1_000, 30 * quiet));
	});
});

/** Runs `task` `times` times one after another. */
async function sequential<T>(times: number, task: () => Promise<T>): Promise<T[]> {
	const results: T[] = [];
	for (let i = 0; i < times; i++) results.push(await task());
	return results;
}
