import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../chromium.js';
import { median } from './measure';
import { bundleForPage } from './page-bundle';

/** The path the bare floors' script is served at, on the app's origin (so they fetch the same API). */
const BARE_SCRIPT = '/__bench/bare-canvas.js';
/** The path of the page a bare floor draws in. */
export const BARE_PAGE = '/__bench/bare';

/** bare-canvas-entry.ts bundled for the page, as a script that sets `bareCanvas`. */
export function bundleBareCanvas(): Promise<string> {
	return bundleForPage('scripts/bench/bare-canvas-entry.ts', 'bareCanvas');
}

export interface DrawingFigures {
	/** Navigation start to the first frame of the drawing (the `rolegraph:graph-drawn` mark). */
	firstFrameMs: number;
	/** The longest main-thread task from navigation until a second after the first frame. */
	longestTaskMs: number;
	/** Frames per second while the pointer drags the drawing for 2 s. */
	panFps: number;
	/** JavaScript heap in use after a garbage collection, once drawn (MB). */
	heapMb: number;
}

/** Launches the bench's headless Chromium (software WebGL: there is no GPU here). */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: findChromium()?.path, args: CHROMIUM_ARGS });
}

/**
 * Loads `url` with a cold cache and measures its drawing. A floor is a page at BARE_PAGE made of
 * `bareHtml` (with the bundled floors at BARE_SCRIPT), served on the app's origin.
 */
export async function measureDrawing(
	browser: Browser,
	url: string,
	bare?: { code: string; html: string; body?: string },
	pan = true,
	/** Run in the page once drawn, its result returned as `read` (e.g. to copy a drawing's setup). */
	read?: string
): Promise<DrawingFigures & { read?: unknown }> {
	const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
	try {
		const page = await context.newPage();
		page.on('pageerror', (error) => console.error(`${url}: ${error.message}`));
		if (bare) {
			const origin = new URL(url).origin;
			await page.route(origin + BARE_SCRIPT, (route) =>
				route.fulfill({ contentType: 'text/javascript', body: bare.code })
			);
			await page.route(origin + BARE_PAGE, (route) =>
				route.fulfill({
					contentType: 'text/html',
					body: `<!doctype html><meta charset="utf-8"><body style="margin:0">${bare.body ?? '<div id="graph" style="position:fixed;inset:0"></div>'}<script src="${BARE_SCRIPT}"></script><script>${bare.html}</script></body>`
				})
			);
		}
		await page.addInitScript(() => {
			const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
			w.__longTasks = [];
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries())
					w.__longTasks.push({ start: entry.startTime, duration: entry.duration });
			}).observe({ type: 'longtask', buffered: true });
		});
		await page.goto(url);
		const target = page.locator('[data-drawn="true"]');
		await target.waitFor({ timeout: 180_000 });
		await page.waitForTimeout(1000);
		const { firstFrameMs, longestTaskMs } = await page.evaluate(() => {
			const drawn = performance.getEntriesByName('rolegraph:graph-drawn')[0]?.startTime ?? NaN;
			const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] })
				.__longTasks;
			let longest = 0;
			for (const task of tasks) longest = Math.max(longest, task.duration);
			return { firstFrameMs: drawn, longestTaskMs: longest };
		});
		let panFps = NaN;
		if (pan) {
			const box = (await target.boundingBox())!;
			const x = box.x + box.width / 2;
			const y = box.y + box.height / 2;
			await page.mouse.move(x, y);
			// A string, not a function: tsx would wrap a named function in a helper the page lacks.
			await page.evaluate(
				`window.__frames = 0; window.__counting = true;
				const tick = () => { if (!window.__counting) return; window.__frames++; requestAnimationFrame(tick); };
				requestAnimationFrame(tick);`
			);
			const started = Date.now();
			await page.mouse.down();
			for (let step = 0; Date.now() - started < 2000; step++) {
				await page.mouse.move(x + 150 * Math.sin(step / 8), y + 80 * Math.cos(step / 8));
				await page.waitForTimeout(16);
			}
			await page.mouse.up();
			const frames = await page.evaluate(() => {
				const w = window as unknown as { __frames: number; __counting: boolean };
				w.__counting = false;
				return w.__frames;
			});
			panFps = (frames * 1000) / (Date.now() - started);
		}
		const readOut = read === undefined ? undefined : await page.evaluate(read);
		const cdp = await context.newCDPSession(page);
		await cdp.send('HeapProfiler.collectGarbage');
		const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
		return {
			firstFrameMs: Math.round(firstFrameMs),
			longestTaskMs: Math.round(longestTaskMs),
			panFps: Math.round(panFps * 10) / 10,
			heapMb: Math.round(heap.usedSize / 1e5) / 10,
			...(read === undefined ? {} : { read: readOut })
		};
	} finally {
		await context.close();
	}
}

/** The median of each figure over runs, with its range. */
export function summarise(runs: DrawingFigures[]) {
	const pick = (name: keyof DrawingFigures) => {
		const values = runs.map((run) => run[name]);
		return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
	};
	return {
		runs: runs.length,
		firstFrameMs: pick('firstFrameMs'),
		longestTaskMs: pick('longestTaskMs'),
		panFps: pick('panFps'),
		heapMb: pick('heapMb')
	};
}

/** "1,234 (1,100–1,500)": a median and its range. */
export function withRange(figure: { median: number; min: number; max: number }): string {
	const f = (n: number) => n.toLocaleString('en', { maximumFractionDigits: 1 });
	return `${f(figure.median)} (${f(figure.min)}–${f(figure.max)})`;
}
