import type Graph from 'graphology';
import { escapeXml } from './export-image';
import type { SigmaEdge, SigmaNode } from './sigma-graph';
import { inTurns } from './turns';

/** The longer side of a whole-graph picture at 1×, in CSS pixels (the PNG and the SVG alike). */
export const PICTURE_SIDE = 1200;
/** Space between the outermost nodes and the picture's edge, as sigma.js leaves on screen. */
export const PICTURE_PADDING = 16;
/** Elements written per slice of the SVG (a slice of 4,000 lines takes a few ms). */
const SLICE = 4000;

/** The whole graph fitted in a picture: its size, and where a graph position goes in it. */
export interface PictureFit {
	width: number;
	height: number;
	/** The picture's (x, y) of a graph position (sigma's y grows upwards, the picture's downwards). */
	at(x: number, y: number): [number, number];
}

/**
 * Fits the whole graph in a picture whose longer side is `side`, keeping its proportions (the
 * shorter side at least half the longer, so a thin graph still leaves room for the frame).
 */
export function fitPicture(graph: Graph<SigmaNode, SigmaEdge>, side = PICTURE_SIDE): PictureFit {
	let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
	graph.forEachNode((_id, { x, y }) => {
		minX = Math.min(minX, x);
		maxX = Math.max(maxX, x);
		minY = Math.min(minY, y);
		maxY = Math.max(maxY, y);
	});
	if (graph.order === 0) [minX, maxX, minY, maxY] = [0, 0, 0, 0];
	const [spanX, spanY] = [maxX - minX, maxY - minY];
	const wide = spanX >= spanY;
	const ratio = Math.max(0.5, Math.min(spanX, spanY) / (Math.max(spanX, spanY) || 1));
	const width = wide ? side : Math.round(side * ratio);
	const height = wide ? Math.round(side * ratio) : side;
	const inner = (length: number) => Math.max(1, length - 2 * PICTURE_PADDING);
	const scale = Math.min(inner(width) / (spanX || 1), inner(height) / (spanY || 1));
	// Centred: the span left over on either axis is shared between both sides.
	const offsetX = (width - spanX * scale) / 2;
	const offsetY = (height - spanY * scale) / 2;
	return {
		width,
		height,
		at: (x, y) => [offsetX + (x - minX) * scale, offsetY + (maxY - y) * scale]
	};
}

/** A coordinate in the SVG: a tenth of a pixel is finer than any screen shows. */
function coordinate(value: number): string {
	return String(Math.round(value * 10) / 10);
}

/**
 * The whole graph sigma.js draws, as SVG markup for a picture `fit.width` × `fit.height`: one
 * <line> per link (under the nodes, grouped by colour) and one <circle> per node, titled with
 * its label, in the graph's order. Written in slices (a few thousand elements each, pausing
 * between turns) so a graph of 40,000 elements does not freeze the page.
 */
export async function sigmaSvg(
	graph: Graph<SigmaNode, SigmaEdge>,
	fit: PictureFit = fitPicture(graph)
): Promise<string> {
	// A drawing's graph is never changed once drawn (a new drawing makes a new one): always current.
	const current = () => true;
	const nodes = graph.mapNodes((_id, attributes) => attributes);
	const edges = graph.mapEdges((_id, attributes, _source, _target, source, target) => ({
		attributes,
		source,
		target
	}));
	const lines = new Map<string, string[]>();
	const widths = new Map<string, number>();
	await inTurns(
		edges.length,
		SLICE,
		(start, end) => {
			for (let index = start; index < end; index++) {
				const { attributes, source, target } = edges[index]!;
				const [x1, y1] = fit.at(source.x, source.y);
				const [x2, y2] = fit.at(target.x, target.y);
				let group = lines.get(attributes.color);
				if (!group) lines.set(attributes.color, (group = []));
				widths.set(attributes.color, Math.max(widths.get(attributes.color) ?? 0, attributes.size));
				group.push(
					`<line x1="${coordinate(x1)}" y1="${coordinate(y1)}" x2="${coordinate(x2)}" y2="${coordinate(y2)}"/>`
				);
			}
		},
		current
	);
	const circles: string[] = [];
	await inTurns(
		nodes.length,
		SLICE,
		(start, end) => {
			for (let index = start; index < end; index++) {
				const { x, y, size, color, label } = nodes[index]!;
				const [cx, cy] = fit.at(x, y);
				circles.push(
					`<circle cx="${coordinate(cx)}" cy="${coordinate(cy)}" r="${size}" fill="${escapeXml(color)}"><title>${escapeXml(label)}</title></circle>`
				);
			}
		},
		current
	);
	// sigma.js draws its lines a pixel wide however thin they are asked: so does the SVG.
	const groups = [...lines].map(
		([colour, group]) =>
			`<g stroke="${escapeXml(colour)}" stroke-width="${Math.max(1, widths.get(colour)!)}">\n${group.join('\n')}\n</g>`
	);
	return [...groups, `<g>\n${circles.join('\n')}\n</g>`].join('\n');
}
