import cytoscape, { type Core, type LayoutOptions } from 'cytoscape';

/** How a view positions its nodes: positions given in the elements, or a force layout. */
export type LayoutSpec = { name: 'preset' } | { name: 'fcose'; options?: Record<string, unknown> };

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
	fit(cy);
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
