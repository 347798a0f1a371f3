import {
	BARE_PAGE,
	bundleBareCanvas,
	launchChromium,
	measureDrawing,
	summarise
} from './drawing-bench';
import type { DrawingFigures } from './drawing-bench';
import { warmEveryWorker } from './server';

/** The whole O*NET technology graph, as /explore?all=1 fetches it. */
const WHOLE_GRAPH = '/api/graph?dataset=onet&category=technology';

/**
 * The whole O*NET graph (`/explore?dataset=onet&all=1`) against sigma.js drawing the same answer
 * bare, in alternating rounds, in one headless Chromium. `others` are more servers to measure in
 * the same rounds (e.g. an older build, for before-and-after figures).
 */
export async function benchWholeGraph(
	base: string,
	rounds = 3,
	others: Record<string, string> = {}
) {
	const code = await bundleBareCanvas();
	await warmEveryWorker(`${base}/explore?dataset=onet&all=1`);
	await warmEveryWorker(base + WHOLE_GRAPH);
	const bare = { code, html: `bareCanvas.sigma(${JSON.stringify(WHOLE_GRAPH)}, graph)` };
	const targets: [string, () => Promise<DrawingFigures>][] = [
		['app', () => measureDrawing(browser, `${base}/explore?dataset=onet&all=1`)],
		['sigma', () => measureDrawing(browser, base + BARE_PAGE, bare)],
		...Object.entries(others).map(([name, url]): [string, () => Promise<DrawingFigures>] => [
			name,
			() => measureDrawing(browser, `${url}/explore?dataset=onet&all=1`)
		])
	];
	const browser = await launchChromium();
	const runs = new Map<string, DrawingFigures[]>(targets.map(([name]) => [name, []]));
	try {
		for (let round = 0; round < rounds; round++) {
			// Alternate the order, so neither always runs on the warmer machine.
			const order = round % 2 === 0 ? targets : [...targets].reverse();
			for (const [name, measure] of order) runs.get(name)!.push(await measure());
		}
	} finally {
		await browser.close();
	}
	const app = summarise(runs.get('app')!);
	const sigma = summarise(runs.get('sigma')!);
	const more = Object.fromEntries(
		Object.keys(others).map((name) => [name, summarise(runs.get(name)!)])
	);
	return {
		app,
		sigma,
		others: more,
		firstFrameRatio: app.firstFrameMs.median / sigma.firstFrameMs.median,
		fpsRatio: app.panFps.median / sigma.panFps.median,
		heapRatio: app.heapMb.median / sigma.heapMb.median
	};
}
