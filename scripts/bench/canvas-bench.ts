import { BARE_PAGE, bundleBareCanvas, launchChromium, measureDrawing } from './drawing-bench';
import { median } from './measure';
import { warmEveryWorker } from './server';

/** What the bare floor needs to draw what the page drew: elements, style, size and viewport. */
const COPY_SETUP = `(() => {
	const cy = window.__cy;
	if (!cy) return null;
	const json = cy.json();
	return { elements: json.elements, style: json.style, zoom: cy.zoom(), pan: cy.pan(), width: cy.width(), height: cy.height() };
})()`;

/**
 * Cytoscape's canvas in the app (navigation to its first frame after the layout, the graph
 * interactive) against bare Cytoscape drawing the very same elements, style, size and viewport
 * in a page of nothing else, in alternating rounds. The elements are read from the page through
 * the test hook (window.__cy), which only the e2e build has: without it, undefined.
 */
export async function benchCanvas(base: string, path: string, rounds = 5) {
	const code = await bundleBareCanvas();
	await warmEveryWorker(base + path);
	const browser = await launchChromium();
	try {
		const first = await measureDrawing(browser, base + path, undefined, false, COPY_SETUP);
		const setup = first.read as { width: number; height: number } | null;
		if (!setup) return undefined;
		const json = JSON.stringify(setup).replaceAll('</', '<\\/');
		const bare = {
			code,
			body: `<div id="graph" style="width:${setup.width}px;height:${setup.height}px"></div><script id="setup" type="application/json">${json}</script>`,
			html: `bareCanvas.cytoscapeBare(graph, JSON.parse(document.getElementById('setup').textContent))`
		};
		const app: number[] = [];
		const floor: number[] = [];
		for (let round = 0; round < rounds; round++) {
			const pair = [
				async () =>
					app.push((await measureDrawing(browser, base + path, undefined, false)).firstFrameMs),
				async () =>
					floor.push((await measureDrawing(browser, base + BARE_PAGE, bare, false)).firstFrameMs)
			];
			if (round % 2 === 1) pair.reverse();
			for (const run of pair) await run();
		}
		const ratios = app.map((ms, i) => ms / floor[i]!);
		return {
			path,
			elements: (setup as unknown as { elements: { nodes?: unknown[]; edges?: unknown[] } })
				.elements,
			appMs: app,
			bareMs: floor,
			medianAppMs: median(app),
			medianBareMs: median(floor),
			ratio: median(ratios)
		};
	} finally {
		await browser.close();
	}
}
