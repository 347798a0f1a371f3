import type { ElementDefinition } from 'cytoscape';
import type { Category } from '../graph/types';
import type { Bounds } from './layout-spec';
import { hubBox, METRICS, wrapLabel } from './metrics';
import { PALETTES, type Palette } from './theme';

/**
 * A still picture of a laid-out drawing, for SVG: what the server sends with the page so the graph
 * shows at the first paint, before Cytoscape has loaded and drawn the same elements on its canvas.
 * It follows the stylesheet (style.ts) closely, so the hand-over is hard to see.
 */
export interface Preview {
	/** The model-space box to show (the same one the canvas fits to the viewport). */
	box: Bounds;
	zones: { x: number; y: number; width: number; height: number; zone: string; title: string }[];
	/** Straight links, coloured by the role they come from ('a', 'b', or '' for neither). */
	links: { x1: number; y1: number; x2: number; y2: number; role: 'a' | 'b' | '' }[];
	relations: { points: string; label: string; x: number; y: number; arrow: boolean }[];
	texts: { x: number; y: number; text: string; kind: 'header' | 'note' | 'title' }[];
	items: {
		x: number;
		y: number;
		category: Category;
		/** Ringed: its link has the dataset's highlighted flag (O*NET: a hot technology). */
		flagged: boolean;
		lines: string[];
	}[];
	pills: { x: number; y: number; width: number; height: number; label: string }[];
	hubs: { x: number; y: number; width: number; height: number; lines: string[] }[];
}

/**
 * Item labels wrap at a slightly narrower character than the layout assumes: the layout must
 * never run short of room, the picture should break lines where Cytoscape's canvas will.
 */
const PREVIEW_CHAR_WIDTH = 0.54;

/** Hub labels: 14px bold, wrapped at 130px (see style.ts). */
const HUB_WRAP = { width: 130, fontSize: METRICS.hubFontSize, charWidth: 0.62 };

interface Point {
	x: number;
	y: number;
}

/**
 * The picture of a preset-positioned drawing, or undefined when a node has no position (a force
 * layout's drawing: nothing to show until it has run).
 */
export function previewOf(
	elements: readonly ElementDefinition[],
	bounds?: Bounds
): Preview | undefined {
	const preview: Preview = {
		box: { x1: 0, y1: 0, x2: 0, y2: 0 },
		zones: [],
		links: [],
		relations: [],
		texts: [],
		items: [],
		pills: [],
		hubs: []
	};
	const positions = new Map<string, Point & { height: number }>();
	const extent = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
	const grow = (x1: number, y1: number, x2: number, y2: number) => {
		extent.x1 = Math.min(extent.x1, x1);
		extent.y1 = Math.min(extent.y1, y1);
		extent.x2 = Math.max(extent.x2, x2);
		extent.y2 = Math.max(extent.y2, y2);
	};
	for (const element of elements) {
		if (element.group === 'edges') continue;
		const position = element.position;
		if (!position) return undefined;
		const { x, y } = position;
		const data = element.data;
		const label = String(data.label ?? '');
		const classes = new Set(String(element.classes ?? '').split(/\s+/));
		let height: number = METRICS.nodeSize;
		if (classes.has('zone')) {
			const width = Number(data.width);
			height = Number(data.height);
			preview.zones.push({
				x: x - width / 2,
				y: y - height / 2,
				width,
				height,
				zone: [...classes].find((c) => c.startsWith('zone-'))?.slice('zone-'.length) ?? '',
				title: label
			});
			grow(x - width / 2, y - height / 2 - 26, x + width / 2, y + height / 2);
		} else if (classes.has('zone-title')) {
			preview.texts.push({ x, y, text: label, kind: 'title' });
		} else if (classes.has('group-header') || classes.has('empty-note')) {
			const header = classes.has('group-header');
			preview.texts.push({
				x,
				y,
				text: header ? label.toUpperCase() : label,
				kind: header ? 'header' : 'note'
			});
		} else if (classes.has('hub')) {
			const box = data.w && data.h ? { w: Number(data.w), h: Number(data.h) } : hubBox(label);
			height = box.h;
			preview.hubs.push({
				x,
				y,
				width: box.w,
				height: box.h,
				lines: wrapLabel(label, HUB_WRAP.width, HUB_WRAP.fontSize, HUB_WRAP.charWidth)
			});
			grow(x - box.w / 2, y - box.h / 2, x + box.w / 2, y + box.h / 2);
		} else if (classes.has('more')) {
			const width = Number(data.w);
			height = Number(data.h);
			preview.pills.push({ x, y, width, height, label });
			grow(x - width / 2, y - height / 2, x + width / 2, y + height / 2);
		} else {
			const lines = wrapLabel(label, METRICS.labelWidth, METRICS.fontSize, PREVIEW_CHAR_WIDTH);
			preview.items.push({
				x,
				y,
				category: data.category as Category,
				flagged: classes.has('flagged'),
				lines
			});
			const half = Math.max(METRICS.nodeSize, METRICS.labelWidth) / 2;
			const bottom = y + METRICS.nodeSize / 2 + 3 + lines.length * METRICS.fontSize;
			grow(x - half, y - METRICS.nodeSize / 2, x + half, bottom);
		}
		positions.set(String(data.id), { x, y, height });
	}

	for (const element of elements) {
		if (element.group !== 'edges') continue;
		const source = positions.get(String(element.data.source));
		const target = positions.get(String(element.data.target));
		if (!source || !target) continue;
		const classes = new Set(String(element.classes ?? '').split(/\s+/));
		// Links the canvas draws only while a node has focus are not in the still picture.
		if (classes.has('focus-only')) continue;
		if (classes.has('relation')) {
			const [relation, top] = relationPath(source, target, element, !classes.has('mutual'));
			preview.relations.push(relation);
			grow(extent.x1, top - 16, extent.x2, extent.y2);
		} else {
			preview.links.push({
				x1: source.x,
				y1: source.y,
				x2: target.x,
				y2: target.y,
				role: classes.has('link-a') ? 'a' : classes.has('link-b') ? 'b' : ''
			});
		}
	}

	preview.box =
		bounds ??
		(Number.isFinite(extent.x1) ? extent : { x1: -METRICS.nodeSize, y1: -1, x2: 1, y2: 1 });
	return preview;
}

/**
 * A relation line as Cytoscape draws a `segments` edge with weights [0, 1]: each distance is
 * measured from the source (then the target) at right angles to the line between them. It ends
 * at the edge of the target hub, where the arrow head goes; its label sits mid-way. Also returns
 * the line's highest point.
 */
function relationPath(
	source: Point & { height: number },
	target: Point & { height: number },
	element: ElementDefinition,
	arrow: boolean
): [Preview['relations'][number], number] {
	const [d1 = 0, d2 = 0] = (element.data.distances as number[] | undefined) ?? [];
	const dx = target.x - source.x;
	const dy = target.y - source.y;
	const length = Math.hypot(dx, dy) || 1;
	const normal = { x: -dy / length, y: dx / length };
	const p1 = { x: source.x + d1 * normal.x, y: source.y + d1 * normal.y };
	const p2 = { x: target.x + d2 * normal.x, y: target.y + d2 * normal.y };
	// Leave the hubs from their top or bottom side, whichever faces the bend.
	const from = { x: source.x, y: source.y + (Math.sign(p1.y - source.y) * source.height) / 2 };
	const to = { x: target.x, y: target.y + (Math.sign(p2.y - target.y) * target.height) / 2 };
	const points = [from, p1, p2, to].map((p) => `${round(p.x)},${round(p.y)}`).join(' ');
	const relation = {
		points,
		label: String(element.data.label ?? ''),
		x: round((p1.x + p2.x) / 2),
		y: round((p1.y + p2.y) / 2),
		arrow
	};
	return [relation, Math.min(from.y, p1.y, p2.y, to.y)];
}

function round(value: number): number {
	return Math.round(value * 10) / 10;
}

/**
 * The drawing's colours as CSS custom properties that follow the colour scheme (light-dark()),
 * for the picture's style attribute: the server cannot know the visitor's theme. Named after the
 * palette (`--pv-edgeA`, `--pv-category-skill`…).
 */
export function previewColours(): string {
	const { light, dark } = PALETTES;
	const colours: [string, string, string][] = [];
	for (const key of Object.keys(light) as (keyof Palette)[]) {
		const [l, d] = [light[key], dark[key]];
		if (typeof l === 'string' && typeof d === 'string') colours.push([key, l, d]);
	}
	for (const category of Object.keys(light.category) as Category[]) {
		colours.push([`category-${category}`, light.category[category], dark.category[category]]);
	}
	return colours.map(([name, l, d]) => `--pv-${name}: light-dark(${l}, ${d})`).join('; ');
}
