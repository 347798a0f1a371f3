import type { Core, ElementDefinition } from 'cytoscape';
import { aspectStep, type LayoutSpec } from '../layout-spec';
import type { ThemeName } from '../theme';
import { createCore } from './create';
import { draw } from './draw';
import { parsedElement } from '../parsed';

/**
 * The first drawing of a page, made before the page hydrates.
 *
 * A SvelteKit page can make its canvas only once its scripts have loaded and the whole page has
 * hydrated: measured on the comparison pages, that put Cytoscape's first frame 1.6–1.7× after
 * bare Cytoscape's on the same elements. So the server writes the drawing it sends as a still
 * picture (its elements and layout) into the canvas element as JSON, and this module draws it as
 * soon as the page is parsed: the page runs it from its head (lib/server/early-script.js), not
 * only once SvelteKit's start-up script has loaded the page's other scripts. It waits for the
 * first frame at its top level, so SvelteKit, whose scripts import it too, hydrates the page
 * after it (hydrating drops the JSON).
 * The canvas then adopts the drawing when it finds it was handed the very same elements;
 * otherwise (the window's shape asked for another layout) it is dropped and the canvas draws as
 * usual.
 *
 * Only the first page a browser opens is drawn this way: later pages come by client-side
 * navigation, with no JSON in them, after this module has run.
 */

/**
 * What the server writes into the page for the browser to draw before hydration: the canvas's
 * `data-early` holds the elements and layout as JSON (`earlyJson`), `data-early-aspect` the
 * frame's shape they were laid out for (`aspectStep`): a frame of another shape will be laid out
 * again, so drawing these would be wasted.
 */
interface EarlyDescription {
	elements: ElementDefinition[];
	layout: LayoutSpec;
}

/** A drawing made before hydration, waiting for its canvas to adopt it. */
export interface EarlyDrawing {
	core: Core;
	container: HTMLElement;
	/** The description as the page carried it (`earlyJson`): the canvas adopts it only for the same. */
	key: string;
	theme: ThemeName;
}

/**
 * The drawing as the page carries it (`data-early`), and the key it is known by: its elements and
 * layout as JSON, every "<" escaped as JSON may, so no label in it reads as markup to anything
 * that scans the page's HTML.
 */
export function earlyJson(elements: ElementDefinition[], layout: LayoutSpec): string {
	return JSON.stringify({ elements, layout }).replaceAll('<', '\\u003c');
}

let waiting: EarlyDrawing | undefined;

/** Draws the page's description, if it has one its frame fits. Never throws: the canvas draws anyway. */
async function drawEarly(): Promise<void> {
	if (typeof document === 'undefined') return;
	// The canvas element that carries a description (SvelteKit's scripts import this module too,
	// and may do so sooner than the head).
	const container = await parsedElement('[data-canvas][data-early]');
	const frame = container?.closest<HTMLElement>('[data-frame]');
	if (!container || !frame) return;
	const { clientWidth: width, clientHeight: height } = frame;
	const aspect = Number(container.dataset.earlyAspect);
	if (!width || !height || aspectStep(width, height) !== aspect) return;
	let core: Core | undefined;
	try {
		// The description is its own key: the canvas compares it with its elements' earlyJson.
		const key = container.dataset.early ?? '';
		const { elements, layout } = JSON.parse(key) as EarlyDescription;
		const theme: ThemeName = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
		core = createCore(container, { theme, big: false });
		await draw(core, elements, layout, () => true);
		performance.mark('rolegraph:graph-drawn');
		container.dataset.drawn = 'true';
		waiting = { core, container, key, theme };
	} catch {
		// Whatever went wrong, the canvas draws after hydration as it would have anyway.
		core?.destroy();
		delete container.dataset.drawn;
		return;
	}
	// Let the browser paint the frame before the page hydrates (in this task, it would paint after).
	await new Promise((resolve) => setTimeout(resolve, 0));
}

await drawEarly();

/**
 * The drawing made before hydration, for the canvas whose elements and layout have this key
 * (taken once); any other canvas gets nothing, and the drawing is dropped.
 */
export function takeEarly(key: () => string, theme: ThemeName): EarlyDrawing | undefined {
	const drawing = waiting;
	waiting = undefined;
	if (!drawing) return undefined;
	if (drawing.theme === theme && drawing.key === key()) return drawing;
	drawing.core.destroy();
	delete drawing.container.dataset.drawn;
	return undefined;
}
