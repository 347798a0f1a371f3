import cytoscape, { type Core, type LayoutOptions } from 'cytoscape';

/** How a view positions its nodes: positions given in the elements, or a force layout. */
export type LayoutSpec =
	{ name: 'preset'; bounds?: Bounds } | { name: 'fcose'; options?: Record<string, unknown> };

/** A box in model coordinates. */
export interface Bounds {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

export const PRESET: LayoutSpec = { name: 'preset' };

/** Space kept around the drawing when it is fitted to the viewport, in pixels. */
export const FIT_PADDING = 24;

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

/** The largest zoom a fitted view may take: a tiny graph should not fill the screen with one node. */
const MAX_FIT_ZOOM = 1.25;

/** Fits the drawing to the viewport, without blowing up small graphs. */
export function fit(cy: Core): void {
	cy.fit(undefined, FIT_PADDING);
	if (cy.zoom() > MAX_FIT_ZOOM) {
		cy.zoom(MAX_FIT_ZOOM);
		cy.center();
	}
}

export { cytoscape };
