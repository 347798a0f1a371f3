import Sigma from 'sigma';
import type { GraphAnswer } from '../api/answers';
import { addSigmaEdges, addSigmaNodes, emptySigmaGraph } from './sigma-graph';
import type { SigmaEdge, SigmaNode } from './sigma-graph';
import { PALETTES, type ThemeName } from './theme';
import { inTurns, pause } from './turns';
import type { CanvasEvents } from './canvas/events';

/** A drawing made by sigma.js, and what a view does with it. */
export interface SigmaDrawing {
	renderer: Sigma<SigmaNode, SigmaEdge>;
	/** Moves the view so a node is in the middle, zoomed in enough to read it. */
	center(id: string): void;
	zoomBy(factor: number): void;
	fit(): void;
	/** Marks the selected node and its links (sigma.js marks the one under the pointer itself). */
	highlight(selected: string | null): void;
	/** Fits the drawing to its container again, if that has another size (it was moved into another). */
	fitContainer(): void;
	destroy(): void;
}

/** Nodes and links added to the graph per slice, before sigma.js indexes them all at once. */
const NODE_SLICE = 2000;
const EDGE_SLICE = 4000;

/**
 * Draws a compact graph with sigma.js (WebGL) in `container`: the graphology graph is filled in
 * slices (telling `progress` how far along) so no task runs long, then sigma.js sets up its layers
 * and, in a task of its own, indexes and paints the graph. Resolves undefined as soon as
 * `current()` says a newer drawing has replaced this one.
 */
export async function drawWithSigma(
	container: HTMLElement,
	answer: GraphAnswer,
	theme: ThemeName,
	events: CanvasEvents,
	current: () => boolean,
	progress: (text: string) => void = () => {}
): Promise<SigmaDrawing | undefined> {
	const graph = emptySigmaGraph();
	const nodes = answer.nodes.length;
	const total = (nodes + answer.edges.length).toLocaleString('en');
	const tell = (done: number) =>
		progress(`Preparing ${done.toLocaleString('en')} of ${total} elements…`);
	const added =
		(await inTurns(
			nodes,
			NODE_SLICE,
			(start, end) => addSigmaNodes(graph, answer, theme, start, end),
			current,
			tell
		)) &&
		(await inTurns(
			answer.edges.length,
			EDGE_SLICE,
			(start, end) => addSigmaEdges(graph, answer, theme, start, end),
			current,
			(done) => tell(nodes + done)
		));
	if (!added) return undefined;
	progress('Drawing…');
	const palette = PALETTES[theme];
	let selected: string | null = null;
	// sigma.js first sets up its WebGL layers (contexts and shader programs, about 90 ms here) for
	// an empty graph, then indexes and paints this one: two tasks instead of one of up to 220 ms.
	const renderer = new Sigma<SigmaNode, SigmaEdge>(emptySigmaGraph(), container, {
		// Labels only where nodes are drawn big enough to read them: hubs first, as one zooms in.
		labelRenderedSizeThreshold: 6,
		labelDensity: 0.35,
		labelFont: 'system-ui, sans-serif',
		labelSize: 12,
		labelColor: { color: palette.text },
		defaultEdgeType: 'line',
		minCameraRatio: 0.02,
		maxCameraRatio: 2,
		stagePadding: 16,
		defaultDrawNodeHover: (context, data, settings) => {
			if (!data.label) return;
			const size = settings.labelSize;
			context.font = `${size}px ${settings.labelFont}`;
			const width = context.measureText(data.label).width;
			context.fillStyle = palette.background;
			context.strokeStyle = palette.focus;
			context.lineWidth = 1;
			const x = data.x + data.size + 3;
			context.beginPath();
			context.rect(x - 3, data.y - size / 2 - 4, width + 6, size + 8);
			context.fill();
			context.stroke();
			context.fillStyle = palette.text;
			context.fillText(data.label, x, data.y + size / 3);
		},
		nodeReducer: (node, data) => {
			if (node === selected)
				return {
					...data,
					color: palette.focus,
					size: data.size * 2.5,
					highlighted: true,
					zIndex: 2
				};
			return data;
		},
		edgeReducer: (edge, data) => {
			if (selected === null || !graph.hasExtremity(edge, selected)) return data;
			return { ...data, color: palette.focus, size: 1.5, zIndex: 1 };
		}
	});
	await pause();
	if (!current()) {
		renderer.kill();
		return undefined;
	}
	renderer.setGraph(graph);
	renderer.on('clickNode', ({ node }) => events.onselect?.(node));
	renderer.on('clickStage', () => events.onselect?.(null));
	renderer.on('enterNode', () => (container.style.cursor = 'pointer'));
	renderer.on('leaveNode', () => (container.style.cursor = ''));
	const camera = renderer.getCamera();
	return {
		renderer,
		center(id) {
			if (!graph.hasNode(id)) return;
			const at = renderer.getNodeDisplayData(id);
			if (!at) return;
			camera.animate({ x: at.x, y: at.y, ratio: Math.min(camera.ratio, 0.25) }, { duration: 250 });
		},
		zoomBy(factor) {
			camera.animate({ ratio: camera.ratio / factor }, { duration: 150 });
		},
		fit() {
			camera.animatedReset({ duration: 250 });
		},
		highlight(next) {
			if (next === selected) return;
			selected = next;
			renderer.refresh({ skipIndexation: true });
		},
		fitContainer() {
			const { width, height } = renderer.getDimensions();
			if (container.offsetWidth !== width || container.offsetHeight !== height) renderer.refresh();
		},
		destroy() {
			renderer.kill();
		}
	};
}
