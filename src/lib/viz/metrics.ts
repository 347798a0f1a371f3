/** Sizes shared by the layouts and the stylesheet, in model units (pixels at zoom 1). */
export const METRICS = {
	nodeSize: 18,
	fontSize: 11,
	lineHeight: 13.5,
	/** Width at which node labels wrap. */
	labelWidth: 116,
	cellWidth: 126,
	/** Space above a node's label and below it, within a grid cell. */
	cellPadding: 10,
	headerHeight: 20,
	groupGap: 4,
	zoneGap: 44,
	/** Horizontal distance from a zone's edge to its role hub. */
	hubGap: 115,
	hubFontSize: 14
} as const;

/** Space kept around the drawing when it is fitted to the viewport, in pixels. */
export const FIT_PADDING = 24;

/** The largest zoom a fitted view may take: a tiny graph should not fill the screen with one node. */
export const MAX_FIT_ZOOM = 1.25;

/** Rough width of a character of the UI font at 1px, for estimating label wrapping. */
const CHAR_WIDTH = 0.56;

/** Line counts of labels at the default width and font, by label: layouts ask for them again and again. */
const defaultLines = new Map<string, number>();
/** Enough for every label of the biggest dataset; past it the cache starts again. */
const MAX_CACHED = 100_000;

/**
 * A label broken into lines as Cytoscape wraps it at `width` pixels, estimated word by word (at
 * spaces only: a word longer than a line stays whole, on a line of its own).
 */
export function wrapLabel(
	label: string,
	width: number = METRICS.labelWidth,
	fontSize: number = METRICS.fontSize,
	charWidth: number = CHAR_WIDTH
): string[] {
	const perLine = Math.max(1, Math.floor(width / (fontSize * charWidth)));
	const lines: string[] = [];
	let line = '';
	for (const word of label.split(/\s+/)) {
		if (word === '') continue;
		if (line !== '' && line.length + 1 + word.length <= perLine) line += ` ${word}`;
		else {
			if (line !== '') lines.push(line);
			line = word;
		}
	}
	if (line !== '' || lines.length === 0) lines.push(line);
	return lines;
}

/**
 * How many lines a label takes when wrapped at `width` pixels (see wrapLabel). Used to size grid
 * rows so labels never overlap.
 */
export function labelLines(
	label: string,
	width: number = METRICS.labelWidth,
	fontSize: number = METRICS.fontSize,
	charWidth: number = CHAR_WIDTH
): number {
	const usual =
		width === METRICS.labelWidth && fontSize === METRICS.fontSize && charWidth === CHAR_WIDTH;
	if (usual) {
		const known = defaultLines.get(label);
		if (known !== undefined) return known;
	}
	const result = wrapLabel(label, width, fontSize, charWidth).length;
	if (usual) {
		if (defaultLines.size >= MAX_CACHED) defaultLines.clear();
		defaultLines.set(label, result);
	}
	return result;
}

/**
 * The box a label needs, for nodes sized to their label (hubs, "+N more" pills): Cytoscape's
 * own `width: label` is deprecated, so the size is computed here, from the same estimate.
 */
export function labelBox(
	label: string,
	{ fontSize, maxWidth, padding }: { fontSize: number; maxWidth: number; padding: number }
): { w: number; h: number } {
	const bold = 0.62; // a bold character, at 1px
	const charWidth = fontSize * bold;
	const longestWord = Math.max(...label.split(/\s+/).map((word) => word.length));
	const lines = labelLines(label, maxWidth, fontSize, bold);
	const width = Math.min(
		Math.max(label.length, 1) * charWidth,
		Math.max(maxWidth, longestWord * charWidth)
	);
	return {
		w: Math.round(width + 2 * padding),
		h: Math.round(lines * fontSize * 1.25 + 2 * padding)
	};
}

/** A role hub's size, from its label (14px bold, wrapped at 130px). */
export function hubBox(label: string): { w: number; h: number } {
	return labelBox(label, { fontSize: METRICS.hubFontSize, maxWidth: 130, padding: 12 });
}

/** A "+N more" pill's size (11px bold, one line). */
export function pillBox(label: string): { w: number; h: number } {
	return labelBox(label, { fontSize: 11, maxWidth: 1000, padding: 7 });
}
