import { CATEGORY_STYLES } from './category-styles';
import type { Category } from '../graph/types';
import { shapePath } from './shapes';
import { PALETTES, type ThemeName } from './theme';

/** What an exported image says around the graph, so it explains itself. */
export interface ImageFrame {
	title: string;
	/** A second line: what the view is, which filters apply. */
	subtitle?: string;
	/** Lines under the subtitle the reader must not miss, e.g. what the data lacks for a role. */
	notes?: readonly string[];
	/** The categories drawn, for the legend. */
	categories: readonly Category[];
	/** The two compared roles, for the legend's link colours. */
	roles?: { a: string; b: string };
	/** What a ring around an item means, when the drawing rings some (O*NET: "hot technology"). */
	ring?: string;
	/** The one-line credit of the data source. */
	credit: string;
	theme: ThemeName;
	transparent: boolean;
}

/**
 * A picture of the graph to frame, whichever library drew it: its size in CSS pixels, and how
 * it draws itself onto the framed image.
 */
export interface GraphPicture {
	width: number;
	height: number;
	/** Every node is a dot, whatever its category (sigma.js): the legend shows dots too. */
	dots?: boolean;
	/** Draws the picture with its top left at (x, y), on a context scaled to CSS pixels. */
	draw(ctx: CanvasRenderingContext2D, x: number, y: number): void;
}

/** How a drawing is saved as an image, whichever library drew it. */
export interface DrawingImage {
	/** The scale a PNG asked at `scale` is drawn at: less where it would pass the browser's limit. */
	scaleFor(scale: number): number;
	/** The drawing as a framed PNG at `scale` times its size. */
	png(frame: ImageFrame, scale: number): Promise<Blob>;
	/** The drawing as a framed SVG document. */
	svg(frame: ImageFrame): Promise<string>;
}

const MARGIN = 32;
const TITLE_SIZE = 26;
const SUBTITLE_SIZE = 15;
const LEGEND_SIZE = 14;
const CREDIT_SIZE = 13;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
/** Browsers refuse canvases much past 16k pixels a side; stay under. */
export const MAX_SIDE = 16_000;

interface LegendEntry {
	label: string;
	colour: string;
	shape?: string;
	line?: boolean;
	ring?: boolean;
}

interface Placement {
	width: number;
	height: number;
	titleY: number;
	subtitleY: number;
	noteYs: number[];
	graphX: number;
	graphY: number;
	legend: { entry: LegendEntry; x: number; y: number }[];
	creditY: number;
}

function legendEntries(frame: ImageFrame, dots: boolean): LegendEntry[] {
	const palette = PALETTES[frame.theme];
	const entries: LegendEntry[] = frame.categories.map((category) => ({
		label: CATEGORY_STYLES[category].label,
		colour: palette.category[category],
		shape: dots ? 'ellipse' : CATEGORY_STYLES[category].shape
	}));
	if (frame.ring) entries.push({ label: frame.ring, colour: palette.flag, ring: true });
	if (frame.roles) {
		entries.push({ label: `link of ${frame.roles.a}`, colour: palette.edgeA, line: true });
		entries.push({ label: `link of ${frame.roles.b}`, colour: palette.edgeB, line: true });
	}
	return entries;
}

let measurer: CanvasRenderingContext2D | null = null;
function textWidth(text: string, size: number, weight = 'normal'): number {
	measurer ??= document.createElement('canvas').getContext('2d');
	if (!measurer) return text.length * size * 0.6;
	measurer.font = `${weight} ${size}px ${FONT}`;
	return measurer.measureText(text).width;
}

/** Where everything goes around a graph picture of the given size (in CSS pixels). */
function place(
	frame: ImageFrame,
	graphWidth: number,
	graphHeight: number,
	dots = false
): Placement {
	const contentWidth = Math.max(
		graphWidth,
		640,
		textWidth(frame.title, TITLE_SIZE, 'bold'),
		textWidth(frame.credit, CREDIT_SIZE),
		...(frame.notes ?? []).map((note) => textWidth(note, SUBTITLE_SIZE))
	);
	const width = Math.ceil(contentWidth + 2 * MARGIN);
	const titleY = MARGIN + TITLE_SIZE;
	const subtitleY = frame.subtitle ? titleY + SUBTITLE_SIZE + 10 : titleY;
	const noteYs = (frame.notes ?? []).map((_note, i) => subtitleY + (i + 1) * (SUBTITLE_SIZE + 6));
	const graphY = (noteYs.at(-1) ?? subtitleY) + 20;
	let x = MARGIN;
	let y = graphY + graphHeight + 28;
	const legend = legendEntries(frame, dots).map((entry) => {
		const itemWidth = 22 + textWidth(entry.label, LEGEND_SIZE) + 18;
		if (x + itemWidth > width - MARGIN && x > MARGIN) {
			x = MARGIN;
			y += LEGEND_SIZE + 12;
		}
		const placed = { entry, x, y };
		x += itemWidth;
		return placed;
	});
	const creditY = y + LEGEND_SIZE + 18;
	return {
		width,
		height: Math.ceil(creditY + MARGIN - 10),
		titleY,
		subtitleY,
		noteYs,
		graphX: MARGIN + (contentWidth - graphWidth) / 2,
		graphY,
		legend,
		creditY
	};
}

/**
 * The largest scale up to `scale` at which a graph picture of width × height, framed, stays
 * within the browser's canvas limit (and within `maxSide` pixels, when the drawing has a lower one).
 */
export function capScale(width: number, height: number, scale: number, maxSide = MAX_SIDE): number {
	const largest = Math.max(width, height) + 2 * MARGIN + 200;
	return Math.max(0.1, Math.min(scale, Math.min(MAX_SIDE, maxSide) / largest));
}

/**
 * The graph picture framed with title, notes, legend and credit, as a PNG at `scale` times its
 * size. The picture draws in the same task as the frame (a WebGL picture can only be read then).
 */
export function framePng(picture: GraphPicture, frame: ImageFrame, scale: number): Promise<Blob> {
	const palette = PALETTES[frame.theme];
	const layout = place(frame, picture.width, picture.height, picture.dots);
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(layout.width * scale);
	canvas.height = Math.round(layout.height * scale);
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('This browser cannot draw the image.');
	ctx.scale(scale, scale);
	if (!frame.transparent) {
		ctx.fillStyle = palette.background;
		ctx.fillRect(0, 0, layout.width, layout.height);
	}
	ctx.fillStyle = palette.text;
	ctx.font = `bold ${TITLE_SIZE}px ${FONT}`;
	ctx.fillText(frame.title, MARGIN, layout.titleY);
	if (frame.subtitle) {
		ctx.fillStyle = palette.softText;
		ctx.font = `${SUBTITLE_SIZE}px ${FONT}`;
		ctx.fillText(frame.subtitle, MARGIN, layout.subtitleY);
	}
	ctx.fillStyle = palette.text;
	ctx.font = `${SUBTITLE_SIZE}px ${FONT}`;
	(frame.notes ?? []).forEach((note, i) => ctx.fillText(note, MARGIN, layout.noteYs[i]!));
	picture.draw(ctx, layout.graphX, layout.graphY);
	ctx.font = `${LEGEND_SIZE}px ${FONT}`;
	for (const { entry, x, y } of layout.legend) {
		ctx.fillStyle = entry.colour;
		if (entry.line) {
			ctx.fillRect(x, y - 6, 16, 3);
		} else if (entry.ring) {
			ctx.strokeStyle = entry.colour;
			ctx.lineWidth = 3;
			ctx.beginPath();
			ctx.arc(x + 8, y - 5, 6, 0, 2 * Math.PI);
			ctx.stroke();
		} else {
			ctx.save();
			ctx.translate(x, y - 13);
			ctx.scale(0.8, 0.8);
			ctx.fill(new Path2D(shapePath(entry.shape ?? 'ellipse')));
			ctx.restore();
		}
		ctx.fillStyle = palette.text;
		ctx.fillText(entry.label, x + 22, y);
	}
	ctx.fillStyle = palette.softText;
	ctx.font = `${CREDIT_SIZE}px ${FONT}`;
	ctx.fillText(frame.credit, MARGIN, layout.creditY);
	return new Promise((resolve, reject) =>
		canvas.toBlob(
			(blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded.'))),
			'image/png'
		)
	);
}

/** Escapes text for SVG/XML content and attribute values. */
export function escapeXml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&apos;');
}

/**
 * The graph framed with title, notes, legend and credit, as an SVG document (vector: scales
 * without blur). `graph` is the graph's own SVG markup, `width` × `height` CSS pixels.
 */
export function frameSvg(
	graph: { markup: string; width: number; height: number; dots?: boolean },
	frame: ImageFrame
): string {
	const palette = PALETTES[frame.theme];
	const layout = place(frame, graph.width, graph.height, graph.dots);
	const text = (
		value: string,
		x: number,
		y: number,
		size: number,
		fill: string,
		weight = 'normal'
	) =>
		`<text x="${x}" y="${y}" font-family='${FONT}' font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(value)}</text>`;
	const legend = layout.legend
		.map(({ entry, x, y }) => {
			const mark = entry.line
				? `<rect x="${x}" y="${y - 6}" width="16" height="3" fill="${entry.colour}"/>`
				: entry.ring
					? `<circle cx="${x + 8}" cy="${y - 5}" r="6" fill="none" stroke="${entry.colour}" stroke-width="3"/>`
					: `<path d="${shapePath(entry.shape ?? 'ellipse')}" transform="translate(${x} ${y - 13}) scale(0.8)" fill="${entry.colour}"/>`;
			return mark + text(entry.label, x + 22, y, LEGEND_SIZE, palette.text);
		})
		.join('');
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}">`,
		`<title>${escapeXml(frame.title)}</title>`,
		frame.transparent ? '' : `<rect width="100%" height="100%" fill="${palette.background}"/>`,
		text(frame.title, MARGIN, layout.titleY, TITLE_SIZE, palette.text, 'bold'),
		frame.subtitle
			? text(frame.subtitle, MARGIN, layout.subtitleY, SUBTITLE_SIZE, palette.softText)
			: '',
		...(frame.notes ?? []).map((note, i) =>
			text(note, MARGIN, layout.noteYs[i]!, SUBTITLE_SIZE, palette.text)
		),
		`<g transform="translate(${layout.graphX} ${layout.graphY})">${graph.markup}</g>`,
		legend,
		text(frame.credit, MARGIN, layout.creditY, CREDIT_SIZE, palette.softText),
		'</svg>'
	].join('\n');
}
