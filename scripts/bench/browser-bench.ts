import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, findChromium } from '../chromium.js';
import { median } from './measure';

export interface PageLoadFigures {
	path: string;
	runs: number;
	/**
	 * Milliseconds from navigation start to the graph first on screen, per run: the still picture
	 * sent with the page (its last text painted, by Element Timing), or the canvas if earlier.
	 */
	firstDrawMs: number[];
	medianFirstDrawMs: number;
	/** Milliseconds from navigation start to Cytoscape's first frame (the graph interactive). */
	canvasDrawMs: number[];
	medianCanvasDrawMs: number;
	/** JavaScript files fetched during the first load, and their total size gzipped. */
	scripts: number;
	jsGzipBytes: number;
	jsTransferredBytes: number;
	/** The longest main-thread task after the canvas was drawn (ms), per run. */
	longestTaskAfterDrawMs: number[];
	/** The longest main-thread task after the graph was first on screen (ms), per run. */
	longestTaskAfterFirstDrawMs: number[];
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
	const canvasDrawMs: number[] = [];
	const longest: number[] = [];
	const longestAfterFirst: number[] = [];
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
				const w = window as unknown as {
					__longTasks: { start: number; duration: number }[];
					__picture: number[];
				};
				w.__longTasks = [];
				w.__picture = [];
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries()) {
						w.__longTasks.push({ start: entry.startTime, duration: entry.duration });
					}
				}).observe({ type: 'longtask', buffered: true });
				// The still picture: once the parser has inserted its end marker, all of it is in the
				// page; it is on screen by two animation frames later (an upper bound, never
				// flattering), or at the first paint if that comes later still.
				const watch = new MutationObserver(() => {
					if (!document.querySelector('[data-preview-end]')) return;
					watch.disconnect();
					const parsed = performance.now();
					requestAnimationFrame(() =>
						requestAnimationFrame(() => w.__picture.push(parsed, performance.now()))
					);
				});
				watch.observe(document, { childList: true, subtree: true });
			});
			await page.goto(base + path);
			await page.waitForSelector('[data-drawn="true"]', { timeout: 60_000 });
			await page.waitForTimeout(1000);
			const timing = await page.evaluate(() => {
				const canvas = performance.getEntriesByName('rolegraph:graph-drawn')[0]?.startTime ?? NaN;
				const w = window as unknown as {
					__longTasks: { start: number; duration: number }[];
					__picture: number[];
				};
				const fcp =
					performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity;
				const picture = Math.max(fcp, w.__picture[1] ?? Infinity);
				const first = Math.min(canvas, picture);
				// (No named functions in here: tsx would wrap them in a helper the page lacks.)
				let longestAfter = 0;
				let longestAfterFirst = 0;
				for (const task of w.__longTasks) {
					if (task.start >= canvas) longestAfter = Math.max(longestAfter, task.duration);
					if (task.start >= first) longestAfterFirst = Math.max(longestAfterFirst, task.duration);
				}
				return { canvas, first, longestAfter, longestAfterFirst };
			});
			firstDrawMs.push(timing.first);
			canvasDrawMs.push(timing.canvas);
			longest.push(timing.longestAfter);
			longestAfterFirst.push(timing.longestAfterFirst);
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
		canvasDrawMs: canvasDrawMs.map((ms) => Math.round(ms)),
		medianCanvasDrawMs: Math.round(median(canvasDrawMs)),
		scripts: paths.length,
		jsGzipBytes: paths.reduce((sum, p) => sum + gzipSizeOf(p), 0),
		jsTransferredBytes: [...scripts.values()].reduce((sum, n) => sum + n, 0),
		longestTaskAfterDrawMs: longest.map((ms) => Math.round(ms)),
		longestTaskAfterFirstDrawMs: longestAfterFirst.map((ms) => Math.round(ms))
	};
}
