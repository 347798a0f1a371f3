/**
 * SVG outlines (in a 20×20 box) matching the Cytoscape node shapes used for categories, so the
 * legend on screen and in exported images shows exactly what the graph draws.
 */
export const SHAPE_PATHS: Record<string, string> = {
	ellipse: 'M10 1a9 9 0 1 0 0.01 0Z',
	diamond: 'M10 0 20 10 10 20 0 10Z',
	rectangle: 'M2 2h16v16H2Z',
	'round-rectangle': 'M5 2h10a3 3 0 0 1 3 3v10a3 3 0 0 1-3 3H5a3 3 0 0 1-3-3V5a3 3 0 0 1 3-3Z',
	hexagon: 'M5 1.5h10L20 10l-5 8.5H5L0 10Z',
	triangle: 'M10 1 19.5 19H0.5Z',
	star: 'M10 0.5l2.6 6.1 6.6.5-5 4.4 1.5 6.5L10 14.6 4.3 18l1.5-6.5-5-4.4 6.6-.5Z',
	tag: 'M1 3h12l6 7-6 7H1Z'
};

/** The outline for a Cytoscape shape name (a circle for any other). */
export function shapePath(shape: string): string {
	return SHAPE_PATHS[shape] ?? SHAPE_PATHS.ellipse!;
}
