import cytoscape, { type Core, type LayoutOptions } from 'cytoscape';
import type { Bounds, LayoutSpec } from './layout-spec';
import { FIT_PADDING, MAX_FIT_ZOOM } from './metrics';

let fcose: Promise<void> | undefined;

/** Loads and registers cytoscape-fcose the first time a view needs it (it is not in the main bundle). */
export function useFcose(): Promise<void> {
	fcose ??= import('cytoscape-fcose').then((module) => {
		cytoscape.use(module.default);
	});
	return fcose;
}

/** Runs a layout to the end, then fits the drawing to the viewport. */
export async function runLayout(cy: Core, spec: LayoutSpec): Promise<void> {
	if (spec.name === 'fcose') {
		await useFcose();
		await new Promise<void>((resolve) => {
			const layout = cy.layout({
				name: 'fcose',
				animate: false,
				randomize: false,
				quality: 'default',
				nodeDimensionsIncludeLabels: true,
				idealEdgeLength: 110,
				nodeRepulsion: 25000,
				nodeSeparation: 90,
				...spec.options
			} as LayoutOptions);
			layout.one('layoutstop', () => resolve());
			layout.run();
		});
	}
	if (spec.name === 'preset' && spec.bounds) fitBounds(cy, spec.bounds);
	else fit(cy);
}

/**
 * Fits a box the caller already knows to the viewport. Cheaper than cy.fit(), which must
 * measure every element and label first: measured, that was a fifth of the first draw.
 */
function fitBounds(cy: Core, box: Bounds): void {
	const width = cy.width() - 2 * FIT_PADDING;
	const height = cy.height() - 2 * FIT_PADDING;
	const zoom = Math.min(MAX_FIT_ZOOM, width / (box.x2 - box.x1), height / (box.y2 - box.y1));
	cy.viewport({
		zoom,
		pan: {
			x: cy.width() / 2 - (zoom * (box.x1 + box.x2)) / 2,
			y: cy.height() / 2 - (zoom * (box.y1 + box.y2)) / 2
		}
	});
}

/** Fits the drawing to the viewport, without blowing up small graphs. */
export function fit(cy: Core): void {
	cy.fit(undefined, FIT_PADDING);
	if (cy.zoom() > MAX_FIT_ZOOM) {
		cy.zoom(MAX_FIT_ZOOM);
		cy.center();
	}
}

/** At or below this many elements, frames are drawn directly rather than through texture caches. */
export const DIRECT_DRAW_MAX = 1000;

/** The part of Cytoscape's canvas renderer (not public API, stable since 3.x) changed below. */
interface CanvasRenderer {
	drawLayeredElements(context: unknown, eles: ArrayLike<unknown>, ...rest: unknown[]): void;
	drawElements(context: unknown, eles: ArrayLike<unknown>): void;
}

/**
 * Makes the canvas renderer draw small drawings directly. By default it first paints every
 * element into a texture of its own, and those into layer bitmaps, which pays back when panning
 * thousands of elements but makes the first frame of a small drawing cost several times the
 * drawing itself. Measured on the seed view (218 elements): about 100 ms off the first draw.
 */
export function drawSmallDirectly(cy: Core): void {
	const renderer = (cy as unknown as { renderer(): CanvasRenderer }).renderer();
	const layered = renderer.drawLayeredElements;
	if (typeof layered !== 'function' || typeof renderer.drawElements !== 'function') return;
	renderer.drawLayeredElements = function (this: CanvasRenderer, context, eles, ...rest) {
		if (eles.length <= DIRECT_DRAW_MAX) this.drawElements(context, eles);
		else layered.call(this, context, eles, ...rest);
	};
}

export { cytoscape };
