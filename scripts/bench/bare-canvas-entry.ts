/**
 * Bundled for headless Chromium by explore-bench.ts and canvas-bench.ts: the floors the app's
 * drawings are measured against — sigma.js and Cytoscape as their own documentation uses them,
 * with none of the app around them. Each marks `rolegraph:graph-drawn` after its first frame
 * and sets data-drawn on its container, as the app does.
 */
import cytoscape, { type ElementDefinition, type StylesheetJson } from 'cytoscape';
// graphology as the app makes every graph (its node indexes have no prototype: see graphology.ts).
import { Graph } from '../../src/lib/graph/graphology';
import Sigma from 'sigma';
import type { GraphAnswer } from '../../src/lib/api/answers';

function drawn(container: HTMLElement): void {
	performance.mark('rolegraph:graph-drawn');
	container.dataset.drawn = 'true';
}

/** sigma.js drawing the compact graph at `href` (as /explore fetches it), default settings. */
export async function sigma(href: string, container: HTMLElement): Promise<void> {
	const answer: GraphAnswer = await (await fetch(href)).json();
	const graph = new Graph({ type: 'undirected' });
	for (const [id, label, category, x = 0, y = 0] of answer.nodes) {
		graph.addNode(id, { x, y: -y, label, size: category === 'role' ? 4 : 1.6, color: '#2563eb' });
	}
	for (const [source, target] of answer.edges) {
		const a = answer.nodes[source]![0];
		const b = answer.nodes[target]![0];
		if (a !== b && !graph.hasEdge(a, b)) graph.addEdge(a, b, { size: 0.5, color: '#cbd5e1' });
	}
	const renderer = new Sigma(graph, container, { labelRenderedSizeThreshold: 6 });
	(window as unknown as { __bare: unknown }).__bare = renderer;
	requestAnimationFrame(() => drawn(container));
}

/** Cytoscape drawing elements with a style and viewport, as given (a page's, copied). */
export function cytoscapeBare(
	container: HTMLElement,
	setup: {
		elements: ElementDefinition[];
		style: StylesheetJson;
		zoom: number;
		pan: { x: number; y: number };
	}
): void {
	const core = cytoscape({
		container,
		elements: setup.elements,
		style: setup.style,
		zoom: setup.zoom,
		pan: setup.pan,
		layout: { name: 'preset', fit: false },
		autoungrabify: true,
		autounselectify: true
	});
	core.one('render', () => drawn(container));
}
