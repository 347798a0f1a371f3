/**
 * How views place their nodes, as plain data (no Cytoscape here: the views that say how their
 * drawing is laid out must not load Cytoscape's code just to say it).
 */

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

/** Positions given in the elements. */
export const PRESET: LayoutSpec = { name: 'preset' };
