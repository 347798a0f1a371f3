import type { GraphAnswer } from '../api/answers';
import type { CanvasEvents } from './canvas/events';
import type { SigmaDrawing } from './sigma-canvas';
import { parsedElement } from './parsed';
import type { ThemeName } from './theme';

/**
 * The whole graph of a big dataset drawn by sigma.js before the page hydrates.
 *
 * Drawn after hydration, the whole O*NET graph came 1.3–1.4× after bare sigma.js drawing the
 * same answer: SvelteKit loaded, evaluated and hydrated the page (about 250 ms here) before the
 * view fetched the graph and drew it. So the page's head says where the graph is
 * (`<link data-early-sigma>`, the preload of its fetch), the server runs this module from the
 * head and has SvelteKit's start-up script wait for it (lib/server/early-script.js), and it
 * fetches the graph and loads sigma.js's code at once (both preloaded), then draws into the place
 * the page keeps for it (`[data-early-sigma-host]`) as soon as the page is parsed. It waits for
 * the drawing at its top level (for HOLD_AT_MOST at most), so the page hydrates after it. The
 * view then takes the graph it fetched (`takeEarlyAnswer`) and its canvas the drawing
 * (`takeEarlySigma`), moved into the canvas.
 *
 * It imports nothing but types, a pure helper and, lazily, sigma.js: its chunk runs before
 * SvelteKit's start-up script, and the explorer's other pages load it too.
 *
 * Only the first page a browser opens is drawn this way: later pages come by client-side
 * navigation, after this module has run.
 */

/**
 * From this many elements (nodes and links), sigma.js draws the graph with WebGL: Cytoscape took
 * 23 s to a first frame of the whole O*NET graph, sigma.js 1.4 s (docs/PERFORMANCE.md). Below
 * it, Cytoscape's canvas draws (node shapes, the still picture, image exports).
 */
export const SIGMA_FROM = 6000;

/** The longest the page waits for the drawing before it hydrates anyway (ms); it is then dropped. */
const HOLD_AT_MOST = 10_000;

/** A drawing made before hydration, waiting for the canvas to take it. */
export interface EarlySigma {
	drawing: SigmaDrawing;
	/** The element sigma.js draws in, for the canvas to move into its own. */
	host: HTMLElement;
	/** The graph it draws: the canvas takes the drawing only for this very answer. */
	answer: GraphAnswer;
	theme: ThemeName;
	/** Where its clicks go: the canvas that takes it says. */
	events: CanvasEvents;
}

/** The graph fetched, and from where (an absolute URL). */
let fetched: { href: string; answer: Promise<GraphAnswer | undefined> } | undefined;
let waiting: EarlySigma | undefined;
let holding = true;

/** The graph at `href`, or undefined when it cannot be had (the view fetches it again, and reports). */
async function fetchAnswer(href: string): Promise<GraphAnswer | undefined> {
	try {
		const response = await fetch(href);
		return response.ok ? ((await response.json()) as GraphAnswer) : undefined;
	} catch {
		return undefined;
	}
}

/** Draws the graph at `href`. Never throws: the canvas draws anyway. */
async function drawEarly(href: string): Promise<void> {
	fetched = { href, answer: fetchAnswer(href) };
	// sigma.js's code loads while the graph comes and the page is parsed.
	const code = import('./sigma-canvas');
	code.catch(() => {});
	const [answer, place] = await Promise.all([
		fetched.answer,
		parsedElement('[data-early-sigma-host]')
	]);
	if (!answer || !place || answer.nodes.length + answer.edges.length < SIGMA_FROM) return;
	const host = document.createElement('div');
	host.style.cssText = 'position:absolute;inset:0';
	try {
		const { drawWithSigma } = await code;
		const theme: ThemeName = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
		place.append(host);
		const events: CanvasEvents = {};
		const drawing = await drawWithSigma(host, answer, theme, events, () => holding);
		if (!drawing) return host.remove();
		if (!holding) {
			drawing.destroy();
			return host.remove();
		}
		performance.mark('rolegraph:graph-drawn');
		place.dataset.drawn = 'true';
		waiting = { drawing, host, answer, theme, events };
	} catch {
		// No WebGL, or sigma.js's code did not load: the canvas draws after hydration, or says why.
		return host.remove();
	}
	// Let the browser paint the frame before the page hydrates (in this task, it would paint after).
	await new Promise((resolve) => setTimeout(resolve, 0));
}

const asked =
	typeof document === 'undefined'
		? undefined
		: document.querySelector<HTMLLinkElement>('link[data-early-sigma][href]');
if (asked) {
	let timer: ReturnType<typeof setTimeout> | undefined;
	await Promise.race([
		drawEarly(asked.href),
		new Promise((resolve) => (timer = setTimeout(resolve, HOLD_AT_MOST)))
	]);
	clearTimeout(timer);
}
holding = false;

/** The graph this module fetched from `href` (taken once), undefined if it fetched no such graph. */
export function takeEarlyAnswer(href: string): Promise<GraphAnswer | undefined> | undefined {
	const taken = fetched;
	fetched = undefined;
	if (!taken) return undefined;
	return taken.href === new URL(href, document.baseURI).href ? taken.answer : undefined;
}

/**
 * The drawing made before hydration, for the canvas that draws this very answer in this theme
 * (taken once); any other canvas gets nothing, and the drawing is dropped.
 */
export function takeEarlySigma(answer: GraphAnswer, theme: ThemeName): EarlySigma | undefined {
	const drawing = waiting;
	waiting = undefined;
	if (!drawing) return undefined;
	if (drawing.answer === answer && drawing.theme === theme) return drawing;
	drawing.drawing.destroy();
	drawing.host.remove();
	return undefined;
}
