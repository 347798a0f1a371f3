import type { Core } from 'cytoscape';
import type Sigma from 'sigma';
import type { SigmaEdge, SigmaNode } from '../../viz/sigma-graph';
import { getContext, setContext } from 'svelte';
import { centerOn } from '../../viz/canvas/camera';

/**
 * The canvas of a view, shared through context: the view's GraphCanvas registers its Cytoscape
 * core here (or its SigmaCanvas its sigma.js renderer), and whatever else in the view needs the drawing (the export menu, a search that
 * centres a node) reads it from here rather than having it bound up through props.
 */
export class CanvasHandle {
	/** The Cytoscape core, once made (undefined on the server and before hydration). */
	core = $state.raw<Core | undefined>();
	/** The sigma.js renderer, when sigma.js draws the view (a big graph) instead of Cytoscape. */
	sigma = $state.raw<Sigma<SigmaNode, SigmaEdge> | undefined>();
	/** Whether the current elements have been laid out and painted. */
	drawn = $state(false);
	/** How a canvas drawn by another library (sigma.js) centres a node; Cytoscape's is used otherwise. */
	centerer: ((id: string) => void) | undefined = undefined;
	#pendingCenter: string | null = null;

	/** Centres a node: now, or once the drawing under way is done (a group being unfolded). */
	center(id: string): void {
		if ((!this.core && !this.centerer) || !this.drawn) {
			this.#pendingCenter = id;
			return;
		}
		this.#pendingCenter = null;
		if (this.centerer) this.centerer(id);
		else if (this.core) centerOn(this.core, id);
	}

	/** The canvas has painted its drawing. */
	markDrawn(): void {
		this.drawn = true;
		const pending = this.#pendingCenter;
		if (pending !== null) this.center(pending);
	}
}

const KEY = Symbol('canvas');

/** Makes a canvas handle for the view this component is, shared with everything below it. */
export function provideCanvas(): CanvasHandle {
	return setContext(KEY, new CanvasHandle());
}

/** The canvas handle of the view around this component, if it provided one. */
export function useCanvas(): CanvasHandle | undefined {
	return getContext<CanvasHandle | undefined>(KEY);
}
