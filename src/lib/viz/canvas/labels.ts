import type { Core, NodeSingular } from 'cytoscape';
import { labelsToShow, type LabelBox } from '../declutter';
import { isDataId } from '../ids';

/** Space kept between two labels on screen, in pixels. */
const GAP_PX = 2;
/** Quiet time after panning or zooming before the labels are sorted out again. */
const SETTLE_MS = 120;

/**
 * The labels most worth reading first: roles, then flagged items, then the most linked. A
 * number per node, computed once per drawing.
 */
function priorityOrder(core: Core): NodeSingular[] {
	const score = (node: NodeSingular) =>
		(node.hasClass('hub') ? 1e7 : 0) + (node.hasClass('flagged') ? 1e6 : 0) + node.degree(false);
	const nodes: NodeSingular[] = [];
	core.nodes().forEach((node) => {
		if (isDataId(node.id())) nodes.push(node);
	});
	return nodes
		.map((node) => ({ node, score: score(node) }))
		.sort((a, b) => b.score - a.score)
		.map(({ node }) => node);
}

/**
 * Keeps a force-laid drawing's labels from sitting on each other at any zoom: after each
 * drawing and each pan or zoom, the labels drawn at that zoom that would overlap a more
 * important one are made transparent (class `label-hidden`; a hovered or selected node shows
 * its label anyway). `now` sorts them out at once (right after a drawing); `stop` stops watching.
 */
export function declutterLabels(core: Core): { now: () => void; stop: () => void } {
	let order: NodeSingular[] | undefined;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const forget = () => (order = undefined);
	const sortOut = () => {
		timer = undefined;
		if (core.destroyed()) return;
		order ??= priorityOrder(core);
		const zoom = core.zoom();
		const view = core.extent();
		const gap = GAP_PX / zoom;
		const boxes: LabelBox[] = [];
		for (const node of order) {
			const size: number = node.numericStyle('font-size');
			const least: number = node.numericStyle('min-zoomed-font-size');
			if (size * zoom < least || !node.data('label')) continue;
			const box = node.boundingBox({
				includeNodes: false,
				includeEdges: false,
				includeLabels: true,
				includeOverlays: false
			} as never);
			if (box.x2 < view.x1 || box.x1 > view.x2 || box.y2 < view.y1 || box.y1 > view.y2) continue;
			boxes.push({ id: node.id(), x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 });
		}
		const shown = labelsToShow(boxes, gap);
		core.batch(() => {
			for (const node of order!) {
				const hide = !shown.has(node.id());
				if (hide !== node.hasClass('label-hidden')) node.toggleClass('label-hidden', hide);
			}
		});
	};
	const soon = () => {
		if (timer !== undefined) clearTimeout(timer);
		timer = setTimeout(sortOut, SETTLE_MS);
	};
	core.on('add remove', forget);
	core.on('viewport resize', soon);
	return {
		now: () => {
			if (timer !== undefined) clearTimeout(timer);
			sortOut();
		},
		stop: () => {
			if (timer !== undefined) clearTimeout(timer);
			core.off('add remove', forget);
			core.off('viewport resize', soon);
		}
	};
}
