import type { Core } from 'cytoscape';
import { cytoscape, drawSmallDirectly } from '../cytoscape';
import { stylesheet } from '../style';
import type { ThemeName } from '../theme';

/** How a canvas is made: its theme, and whether the drawing is big. */
export interface CanvasOptions {
	theme: ThemeName;
	/** Thousands of elements: lighter styles (straight edges, labels only when zoomed in). */
	big: boolean;
}

/**
 * A Cytoscape core in `container`, read-only to the pointer (nodes are clicked, not dragged),
 * that keeps its idea of its own position current: on a resize, and whenever the pointer comes
 * in (a banner shown above the canvas moves it without resizing it or scrolling).
 */
export function createCore(container: HTMLElement, options: CanvasOptions): Core {
	const core = cytoscape({
		container,
		style: stylesheet(options.theme, { big: options.big }),
		hideEdgesOnViewport: options.big,
		minZoom: 0.05,
		maxZoom: 4,
		autounselectify: true,
		autoungrabify: true,
		boxSelectionEnabled: false
	});
	const observer = new ResizeObserver(() => core.resize());
	observer.observe(container);
	const refresh = () => core.resize();
	container.addEventListener('pointerenter', refresh);
	core.one('destroy', () => {
		observer.disconnect();
		container.removeEventListener('pointerenter', refresh);
	});
	drawSmallDirectly(core);
	return core;
}
