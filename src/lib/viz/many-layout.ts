import type { Category } from '../graph/types';
import { hubBox, labelLines, METRICS, wrapLabel } from './metrics';
import { groupsOf, type Groups, type LayoutItem, type Point } from './overlap-layout';

/** Sizes of the drawing of several roles, beyond those it shares with the pair's (METRICS). */
export const MANY_METRICS = {
	/** Space between a zone's box and what is in it. */
	padding: 14,
	/** Space between two zone boxes. */
	gap: 26,
	/** Zone titles: 15px bold, wrapped to the box in at most this many lines. */
	titleSize: 15,
	titleLine: 22,
	titleLines: 2,
	/** A bold character's width at 1px (as the hubs' labels assume). */
	titleCharWidth: 0.62,
	/** Space under a zone's title. */
	titleGap: 4,
	/** Space between two hubs, and between the hubs (and notes) and the zones. */
	hubGap: 18,
	/** The height of a line of note under the hubs. */
	noteLine: 20,
	/** The most columns a zone takes. */
	maxColumns: 8
} as const;

/** A zone to lay out: its key, its title in words, and the items it draws (ordered by category). */
export interface ManyZoneInput {
	key: string;
	title: string;
	items: readonly LayoutItem[];
}

/** A zone's box, in model coordinates (x, y: its top left corner), with its title's lines. */
export interface PlacedBox {
	key: string;
	x: number;
	y: number;
	width: number;
	height: number;
	columns: number;
	title: { text: string; at: Point }[];
}

/** Positions for everything in the drawing of several roles. */
export interface ManyLayout {
	hubs: Map<string, Point & { w: number; h: number }>;
	boxes: PlacedBox[];
	groups: { zone: string; category: Category; header: Point }[];
	items: Map<string, Point & { zone: string }>;
	notes: { text: string; at: Point }[];
	width: number;
	height: number;
}

/**
 * Item labels' lines, estimated with a wider character than the pair view's layout uses: the
 * zones here sit close under one another, and a label wrapped once more than estimated (a long
 * O*NET technology name) would run into the row below.
 */
const LABEL_CHAR_WIDTH = 0.68;

function lines(item: LayoutItem): number {
	return labelLines(item.label, METRICS.labelWidth, METRICS.fontSize, LABEL_CHAR_WIDTH);
}

/** Height of a grid row whose longest label takes `count` lines. */
function heightOfRow(count: number): number {
	return METRICS.nodeSize + METRICS.cellPadding + count * METRICS.lineHeight;
}

/** Height of a zone's groups laid out in `columns` columns, from each item's line count. */
function groupsHeight(groups: Groups, counts: ReadonlyMap<string, number>, columns: number) {
	let height = 0;
	for (const group of groups) {
		height += METRICS.headerHeight + METRICS.groupGap;
		for (let start = 0; start < group.items.length; start += columns) {
			let most = 1;
			const end = Math.min(start + columns, group.items.length);
			for (let i = start; i < end; i++) most = Math.max(most, counts.get(group.items[i]!.id)!);
			height += heightOfRow(most);
		}
	}
	return height;
}

interface Sized {
	key: string;
	title: string;
	groups: Groups;
	/** Each item's label lines, by id. */
	lines: Map<string, number>;
	min: number;
	max: number;
	/** Per column count (index = columns), the box's width and height and the title's lines. */
	boxes: { width: number; height: number; title: string[] }[];
}

function titleLines(title: string, columns: number): string[] {
	return wrapLabel(
		title,
		columns * METRICS.cellWidth,
		MANY_METRICS.titleSize,
		MANY_METRICS.titleCharWidth
	);
}

/** A zone sized for every column count it may take. */
function sizeZone(zone: ManyZoneInput): Sized {
	const groups = groupsOf(zone.items);
	const counts = new Map(zone.items.map((item) => [item.id, lines(item)]));
	const longestWord = Math.max(...zone.title.split(/\s+/).map((word) => word.length));
	const charWidth = MANY_METRICS.titleSize * MANY_METRICS.titleCharWidth;
	let min = Math.max(1, Math.ceil((longestWord * charWidth) / METRICS.cellWidth));
	while (titleLines(zone.title, min).length > MANY_METRICS.titleLines) min++;
	// A short title ("All three · 165") stays on one line, if two columns hold it.
	const oneLine = Math.ceil((zone.title.length * charWidth) / METRICS.cellWidth);
	if (oneLine <= 2) min = Math.max(min, oneLine);
	const largest = Math.max(1, ...groups.map((group) => group.items.length));
	const max = Math.max(min, Math.min(MANY_METRICS.maxColumns, largest));
	const boxes: Sized['boxes'] = [];
	for (let columns = min; columns <= max; columns++) {
		const title = titleLines(zone.title, columns);
		boxes[columns] = {
			width: columns * METRICS.cellWidth + 2 * MANY_METRICS.padding,
			height:
				2 * MANY_METRICS.padding +
				title.length * MANY_METRICS.titleLine +
				MANY_METRICS.titleGap +
				groupsHeight(groups, counts, columns),
			title
		};
	}
	return { key: zone.key, title: zone.title, groups, lines: counts, min, max, boxes };
}

/**
 * Packs boxes in order, each at the lowest place the skyline of those before leaves it (the
 * leftmost of equals), within `limit` width: the largest zones come first, top left, and small
 * ones fill the gaps beside big ones. Returns each box's top left corner and the height used.
 */
function skyline(sizes: readonly { width: number; height: number }[], limit: number) {
	const gap = MANY_METRICS.gap;
	// Segments of the skyline, left to right: [x, width, top].
	let segments: [number, number, number][] = [[0, limit + gap, 0]];
	const corners: Point[] = [];
	let bottom = 0;
	for (const { width, height } of sizes) {
		const need = width + gap;
		let best: { x: number; y: number } | undefined;
		for (let i = 0; i < segments.length; i++) {
			const x = segments[i]![0];
			if (x + need > limit + gap + 1e-6 && x > 0) break;
			let top = 0;
			for (let j = i; j < segments.length && segments[j]![0] < x + need - 1e-6; j++) {
				top = Math.max(top, segments[j]![2]);
				if (best && top >= best.y) break;
			}
			if (!best || top < best.y) best = { x, y: top };
		}
		const { x, y } = best!;
		corners.push({ x, y });
		bottom = Math.max(bottom, y + height);
		// Raise the skyline where the box now stands.
		const next: [number, number, number][] = [];
		for (const [sx, sw, st] of segments) {
			const end = sx + sw;
			if (end <= x + 1e-6 || sx >= x + need - 1e-6) next.push([sx, sw, st]);
			else {
				if (sx < x) next.push([sx, x - sx, st]);
				if (end > x + need) next.push([x + need, end - x - need, st]);
			}
		}
		next.push([x, need, y + height + gap]);
		next.sort((p, q) => p[0] - q[0]);
		segments = next.filter((s, i) => {
			const before = next[i - 1];
			if (before && before[2] === s[2] && before[0] + before[1] >= s[0] - 1e-6) {
				before[1] = s[0] + s[1] - before[0];
				return false;
			}
			return true;
		});
	}
	const right = Math.max(0, ...sizes.map((size, i) => corners[i]!.x + size.width));
	return { corners, width: right, height: bottom };
}

/** Hubs in rows of at most `width`, centred; returns their centres and the rows' total height. */
function hubRows(hubs: readonly { id: string; label: string }[], width: number) {
	const boxes = hubs.map((hub) => ({ id: hub.id, ...hubBox(hub.label) }));
	const rows: (typeof boxes)[] = [];
	for (const box of boxes) {
		const row = rows.at(-1);
		const used = row ? row.reduce((sum, b) => sum + b.w + MANY_METRICS.hubGap, 0) : 0;
		if (row && used + box.w <= width) row.push(box);
		else rows.push([box]);
	}
	const placed = new Map<string, Point & { w: number; h: number }>();
	let y = 0;
	for (const row of rows) {
		const height = Math.max(...row.map((b) => b.h));
		const total = row.reduce((sum, b) => sum + b.w, 0) + (row.length - 1) * MANY_METRICS.hubGap;
		let x = Math.max(0, (width - total) / 2);
		for (const box of row) {
			placed.set(box.id, { x: x + box.w / 2, y: y + height / 2, w: box.w, h: box.h });
			x += box.w + MANY_METRICS.hubGap;
		}
		y += height + MANY_METRICS.hubGap;
	}
	return { hubs: placed, height: y };
}

/** A few values spread over a sorted list (all of it when short), for searching a layout. */
function spread(values: readonly number[], count: number): number[] {
	if (values.length <= count) return [...values];
	return Array.from(
		{ length: count },
		(_, i) => values[Math.round((i * (values.length - 1)) / (count - 1))]!
	);
}

/**
 * Lays out the drawing of several roles: a row of role hubs on top (wrapped when wide), notes
 * under them, then every zone as a box titled in words, with its items in a grid grouped by
 * category under headers, the boxes packed largest first from the top left. Column counts and
 * the packing width are chosen so the whole is close to `aspect` (the viewport's width / height).
 * Deterministic: the same input gives the same picture.
 */
export function manyLayout(
	zones: readonly ManyZoneInput[],
	hubs: readonly { id: string; label: string }[],
	{ aspect = 16 / 9, notes = [] }: { aspect?: number; notes?: readonly string[] } = {}
): ManyLayout {
	const sized = zones.map(sizeZone);
	const notesHeight = notes.length * MANY_METRICS.noteLine;
	const widestHub = Math.max(0, ...hubs.map((hub) => hubBox(hub.label).w));
	const heights = [
		...new Set(sized.flatMap((zone) => zone.boxes.filter(Boolean).map((box) => box.height)))
	].sort((x, y) => x - y);
	let best: { columns: number[]; limit: number; score: number; area: number } | undefined;
	for (const cut of spread(heights, 16)) {
		const columns = sized.map((zone) => {
			for (let c = zone.min; c < zone.max; c++) if (zone.boxes[c]!.height <= cut) return c;
			return zone.max;
		});
		const boxes = sized.map((zone, z) => zone.boxes[columns[z]!]!);
		const area = boxes.reduce(
			(sum, box) => sum + (box.width + MANY_METRICS.gap) * (box.height + MANY_METRICS.gap),
			0
		);
		const widest = Math.max(widestHub, ...boxes.map((box) => box.width));
		for (const factor of [0.6, 0.75, 0.9, 1, 1.15, 1.3, 1.5, 1.8, 2.2]) {
			const limit = Math.max(widest, Math.sqrt(area * aspect) * factor);
			const packed = skyline(boxes, limit);
			const width = Math.max(packed.width, widestHub);
			const height = hubRows(hubs, width).height + notesHeight + packed.height;
			const score = Math.abs(Math.log(width / Math.max(height, 1) / aspect));
			if (
				!best ||
				score < best.score - 1e-9 ||
				(Math.abs(score - best.score) < 1e-9 && width * height < best.area)
			) {
				best = { columns, limit, score, area: width * height };
			}
		}
	}
	return place(sized, best?.columns ?? [], best?.limit ?? widestHub, hubs, notes);
}

/** Everything at its place, for the chosen column counts and packing width. */
function place(
	sized: readonly Sized[],
	columns: readonly number[],
	limit: number,
	hubList: readonly { id: string; label: string }[],
	notes: readonly string[]
): ManyLayout {
	const sizes = sized.map((zone, z) => zone.boxes[columns[z]!]!);
	const packed = skyline(sizes, limit);
	const width = Math.max(packed.width, ...hubList.map((hub) => hubBox(hub.label).w));
	// The hubs in rows over the zones as packed, centred.
	const { hubs, height: hubsHeight } = hubRows(hubList, width);
	let y = hubsHeight;
	const placedNotes = notes.map((text) => {
		const at = { x: width / 2, y: y + MANY_METRICS.noteLine / 2 };
		y += MANY_METRICS.noteLine;
		return { text, at };
	});
	const zonesTop = y;
	const boxes: PlacedBox[] = [];
	const groups: ManyLayout['groups'] = [];
	const items = new Map<string, Point & { zone: string }>();
	sized.forEach((zone, z) => {
		const size = sizes[z]!;
		const count = columns[z]!;
		const x = packed.corners[z]!.x;
		const boxTop = zonesTop + packed.corners[z]!.y;
		const inner = x + MANY_METRICS.padding;
		const middle = x + size.width / 2;
		let cursor = boxTop + MANY_METRICS.padding;
		const title = size.title.map((text) => {
			const at = { x: middle, y: cursor + MANY_METRICS.titleLine / 2 };
			cursor += MANY_METRICS.titleLine;
			return { text, at };
		});
		cursor += MANY_METRICS.titleGap;
		for (const group of zone.groups) {
			groups.push({
				zone: zone.key,
				category: group.category,
				header: { x: middle, y: cursor + METRICS.headerHeight / 2 }
			});
			cursor += METRICS.headerHeight + METRICS.groupGap;
			for (let start = 0; start < group.items.length; start += count) {
				const row = group.items.slice(start, start + count);
				// A short last row is centred under the full rows.
				const offset = ((count - row.length) * METRICS.cellWidth) / 2;
				row.forEach((item, i) => {
					items.set(item.id, {
						zone: zone.key,
						x: inner + offset + (i + 0.5) * METRICS.cellWidth,
						y: cursor + METRICS.cellPadding / 2 + METRICS.nodeSize / 2
					});
				});
				cursor += heightOfRow(Math.max(1, ...row.map((item) => zone.lines.get(item.id)!)));
			}
		}
		boxes.push({
			key: zone.key,
			x,
			y: boxTop,
			width: size.width,
			height: size.height,
			columns: count,
			title
		});
	});
	return {
		hubs,
		boxes,
		groups,
		items,
		notes: placedNotes,
		width,
		height: zonesTop + packed.height
	};
}
