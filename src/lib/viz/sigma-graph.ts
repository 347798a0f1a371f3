import type Graph from 'graphology';
import { Graph as SafeGraph } from '../graph/graphology';
import type { GraphAnswer } from '../api/answers';
import { PALETTES, type ThemeName } from './theme';

/** A node as sigma.js draws it: where, how big, what colour, and what it says. */
export interface SigmaNode {
	x: number;
	y: number;
	size: number;
	color: string;
	label: string;
	category: string;
	/** Roles are hubs: drawn bigger, their labels first. */
	hub: boolean;
}

/** A link as sigma.js draws it. */
export interface SigmaEdge {
	size: number;
	color: string;
}

/** Node sizes on screen at the whole-graph zoom (sigma scales them as one zooms in). */
const HUB_SIZE = 4;
const ITEM_SIZE = 1.6;

/**
 * A #rrggbb colour laid over the background at an opacity, as an opaque rgb() colour. sigma.js's
 * WebGL canvas is composited as premultiplied alpha, which its colours are not: a colour with an
 * alpha comes out lighter than asked (near white in the dark theme, invisible in the light one).
 */
export function faded(hex: string, background: string, alpha: number): string {
	const channel = (colour: string, at: number) => parseInt(colour.slice(at, at + 2), 16);
	const mix = (at: number) =>
		Math.round(channel(hex, at) * alpha + channel(background, at) * (1 - alpha));
	return `rgb(${mix(1)}, ${mix(3)}, ${mix(5)})`;
}

/**
 * An empty graphology graph to be filled by `addSigmaNodes` and `addSigmaEdges` (in slices, so
 * that no task of a big drawing runs long): sigma.js draws a graphology graph as it is.
 */
export function emptySigmaGraph(): Graph<SigmaNode, SigmaEdge> {
	return new SafeGraph<SigmaNode, SigmaEdge>({ type: 'undirected', multi: false });
}

/**
 * Adds the compact graph's nodes [start, end) to a sigma graph, coloured by category for the
 * theme. Positions are the layout's (y flipped: sigma's y grows upwards, the layout's downwards),
 * or a circle when the answer has none.
 */
export function addSigmaNodes(
	graph: Graph<SigmaNode, SigmaEdge>,
	answer: GraphAnswer,
	theme: ThemeName,
	start = 0,
	end = answer.nodes.length
): void {
	const palette = PALETTES[theme];
	const count = Math.max(1, answer.nodes.length);
	for (let index = start; index < end; index++) {
		const [id, label, category, x, y] = answer.nodes[index]!;
		const angle = (2 * Math.PI * index) / count;
		const hub = category === 'role';
		graph.addNode(id, {
			x: x ?? Math.cos(angle) * count,
			y: -(y ?? Math.sin(angle) * count),
			size: hub ? HUB_SIZE : ITEM_SIZE,
			color: palette.category[category],
			label,
			category,
			hub
		});
	}
}

/** Adds the compact graph's links [start, end) to a sigma graph (its nodes added first). */
export function addSigmaEdges(
	graph: Graph<SigmaNode, SigmaEdge>,
	answer: GraphAnswer,
	theme: ThemeName,
	start = 0,
	end = answer.edges.length
): void {
	const palette = PALETTES[theme];
	// Hot links a little stronger, in the same colour: thousands of red lines would drown the rest.
	const plain = faded(palette.edge, palette.background, 0.35);
	const hot = faded(palette.edge, palette.background, 0.6);
	for (let index = start; index < end; index++) {
		const [from, to, isHot] = answer.edges[index]!;
		const source = answer.nodes[from]![0];
		const target = answer.nodes[to]![0];
		// A simple graph: sigma draws one line between two nodes however many links join them.
		if (source === target || graph.hasEdge(source, target)) continue;
		graph.addEdge(source, target, { size: 0.5, color: isHot ? hot : plain });
	}
}
