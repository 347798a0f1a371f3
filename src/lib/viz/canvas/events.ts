import type { Core } from 'cytoscape';
import { isDataId } from '../ids';

/** What a canvas tells its view about the pointer. */
export interface CanvasEvents {
	/** A data node was clicked, or the background (null). */
	onselect?: (id: string | null) => void;
	/** A folded group's "+N more" node was clicked. */
	onexpand?: (group: string) => void;
	/** The pointer is over a data node, or left it (null). */
	onhover?: (id: string | null) => void;
}

/** Turns taps and hovers on the canvas into the view's events, with a pointer cursor over what can be clicked. */
export function bindEvents(core: Core, container: HTMLElement, events: CanvasEvents): void {
	core.on('tap', 'node', (event) => {
		const id: string = event.target.id();
		if (isDataId(id)) events.onselect?.(id);
		else if (event.target.hasClass('more')) events.onexpand?.(event.target.data('group'));
	});
	core.on('tap', (event) => {
		if (event.target === core) events.onselect?.(null);
	});
	core.on('mouseover', 'node', (event) => {
		const id: string = event.target.id();
		if (event.target.hasClass('more')) container.style.cursor = 'pointer';
		if (!isDataId(id)) return;
		events.onhover?.(id);
		container.style.cursor = 'pointer';
	});
	core.on('mouseout', 'node', () => {
		events.onhover?.(null);
		container.style.cursor = '';
	});
}
