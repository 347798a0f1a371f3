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

/** The frame's shape a drawing is laid out for before its frame is measured (on the server). */
const DEFAULT_ASPECT = 1.75;

/**
 * The shape a view lays its drawing out for, from its frame's size: width ÷ height in steps of a
 * quarter, so small resizes do not lay it out again. Before the frame is measured (on the
 * server), 1.75: the step of most laptop and desktop windows, so the picture sent with the page
 * is usually the one drawn.
 */
export function aspectStep(width: number, height: number): number {
	return width > 0 && height > 0 ? Math.round((width / height) * 4) / 4 : DEFAULT_ASPECT;
}
