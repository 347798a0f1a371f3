import type { Core } from 'cytoscape';

/** Moves the view so a node is in the middle, zooming in if the drawing is very small. */
export function centerOn(core: Core, id: string): void {
	const node = core.getElementById(id);
	if (node.empty()) return;
	core.animate({ center: { eles: node }, zoom: Math.max(core.zoom(), 1) }, { duration: 250 });
}

/** Zooms by a factor about the middle of the canvas. */
export function zoomBy(core: Core, factor: number): void {
	core.zoom({
		level: core.zoom() * factor,
		renderedPosition: { x: core.width() / 2, y: core.height() / 2 }
	});
}
