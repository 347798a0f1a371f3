import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, findChromium } from '../chromium.js';
import { median } from './measure';

export interface PageLoadFigures {
	path: string;
	runs: number;
	/** Milliseconds from navigation start to the graph's first frame, per run. */
	firstDrawMs: number[];
	medianFirstDrawMs: number;
	/** JavaScript files fetched during the first load, and their total size gzipped. */
	scripts: number;
	jsGzipBytes: number;
	jsTransferredBytes: number;
	/** The longest main-thread task after the graph was drawn (ms), per run. */
	longestTaskAfterDrawMs: number[];
}

/** Gzip size (level 9, as precompressed) of a built client file, from its URL path. */
function gzipSizeOf(pathname: string): number {
	const file = `build/client${pathname}`;
	return gzipSync(readFileSync(file), { level: 9 }).length;
}

/**
 * Loads a page of the built app in headless Chromium with a cold cache, `runs` times, and
 * measures when the graph is first drawn and how much JavaScript the first load fetched.
 */
export async function measurePageLoad(
	base: string,
	path: string,
	runs = 5
): Promise<PageLoadFigures> {
	const browser = await chromium.launch({
		executablePath: findChromium()?.path,
		args: CHROMIUM_ARGS
	});
	const firstDrawMs: number[] = [];
	const longest: number[] = [];
	let scripts = new Map<string, number>();
	try {
		for (let run = 0; run < runs; run++) {
			const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
			const page = await context.newPage();
			const loaded = new Map<string, number>();
			page.on('requestfinished', async (request) => {
				if (request.resourceType() !== 'script') return;
				const sizes = await request.sizes().catch(() => undefined);
				loaded.set(new URL(request.url()).pathname, sizes?.responseBodySize ?? 0);
			});
			await page.addInitScript(() => {
				const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
				w.__longTasks = [];
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries()) {
						w.__longTasks.push({ start: entry.startTime, duration: entry.duration });
					}
				}).observe({ type: 'longtask', buffered: true });
			});
			await page.goto(base + path);
			await page.waitForSelector('[data-drawn="true"]', { timeout: 60_000 });
			await page.waitForTimeout(1000);
			const timing = await page.evaluate(() => {
				const drawn = performance.getEntriesByName('rolegraph:graph-drawn')[0]?.startTime ?? NaN;
				const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] })
					.__longTasks;
				const after = tasks.filter((task) => task.start >= drawn).map((task) => task.duration);
				return { drawn, longestAfter: Math.max(0, ...after) };
			});
			firstDrawMs.push(timing.drawn);
			longest.push(timing.longestAfter);
			scripts = loaded;
			await context.close();
		}
	} finally {
		await browser.close();
	}
	const paths = [...scripts.keys()];
	return {
		path,
		runs,
		firstDrawMs: firstDrawMs.map((ms) => Math.round(ms)),
		medianFirstDrawMs: Math.round(median(firstDrawMs)),
		scripts: paths.length,
		jsGzipBytes: paths.reduce((sum, p) => sum + gzipSizeOf(p), 0),
		jsTransferredBytes: [...scripts.values()].reduce((sum, n) => sum + n, 0),
		longestTaskAfterDrawMs: longest.map((ms) => Math.round(ms))
	};
}
