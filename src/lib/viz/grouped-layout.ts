import type { Category } from '../graph/types';
import { labelLines, METRICS, pillBox } from './metrics';

/** Something drawn in a zone: a node, or a "+N more" pill standing for the ones folded away. */
export interface ZoneItem {
	id: string;
	label: string;
	category: Category;
	/** Ringed: its link has the dataset's highlighted flag (O*NET: a hot technology). */
	flagged?: boolean;
	/** For a "+N more" pill: the zone it unfolds and how many it hides. */
	more?: { key: string; hidden: number };
}

/** A run of a zone's items under one header (a technology's kind), or none. */
export interface ZoneGroup {
	key: string;
	header?: string;
	items: ZoneItem[];
}

/** One zone of a grouped drawing: a box titled with its name and count, holding its groups. */
export interface GroupedZone {
	key: string;
	title: string;
	groups: ZoneGroup[];
	/** Drawn whole (unfolded): it may take more columns. */
	open?: boolean;
}

export interface Point {
	x: number;
	y: number;
}

/** A zone's box, in model coordinates (its title sits above it). */
export interface PlacedBox {
	key: string;
	title: string;
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface GroupedLayout {
	zones: PlacedBox[];
	items: Map<string, Point>;
	headers: { key: string; text: string; at: Point }[];
	width: number;
	height: number;
}

/** Space inside a zone's box around its grid. */
export const ZONE_PADDING = 10;
/** Room above a zone's box for its title (16px bold). */
export const TITLE_ROOM = 27;
/** Space between zones, across and down. */
const GAP = { x: 28, y: 12 };
/** A zone title's character, 16px bold, at most (so titles never run into the next zone). */
const TITLE_CHAR = 9.6;
/** Columns of a folded zone's grid; an unfolded one takes more as it grows. */
const FOLDED_COLUMNS = 3;
const MAX_COLUMNS = 8;

function rowHeight(row: readonly ZoneItem[]): number {
	const lines = Math.max(1, ...row.map((item) => (item.more ? 1 : labelLines(item.label))));
	const pill = row.some((item) => item.more);
	return Math.max(
		METRICS.nodeSize + METRICS.cellPadding + lines * METRICS.lineHeight,
		pill ? pillBox('+0').h + METRICS.cellPadding : 0
	);
}

function chunk<T>(list: readonly T[], size: number): T[][] {
	const rows: T[][] = [];
	for (let i = 0; i < list.length; i += size) rows.push(list.slice(i, i + size));
	return rows;
}

/** How many grid columns a zone takes: room for its title, and for its items. */
function columnsOf(zone: GroupedZone): number {
	const items = zone.groups.reduce((sum, group) => sum + group.items.length, 0);
	const forTitle = Math.ceil(
		(zone.title.length * TITLE_CHAR - 2 * ZONE_PADDING) / METRICS.cellWidth
	);
	const forItems = zone.open
		? Math.min(MAX_COLUMNS, Math.max(FOLDED_COLUMNS, Math.ceil(Math.sqrt(items * 1.5))))
		: Math.min(FOLDED_COLUMNS, items);
	return Math.max(1, forTitle, forItems);
}

/** A zone laid out on its own, at the origin: its size and where its items and headers go. */
function layZone(zone: GroupedZone) {
	const columns = columnsOf(zone);
	const width = columns * METRICS.cellWidth + 2 * ZONE_PADDING;
	const items = new Map<string, Point>();
	const headers: GroupedLayout['headers'] = [];
	let y = ZONE_PADDING;
	for (const group of zone.groups) {
		if (group.header !== undefined) {
			headers.push({
				key: `${zone.key}:${group.key}`,
				text: group.header,
				at: { x: width / 2, y: y + METRICS.headerHeight / 2 }
			});
			y += METRICS.headerHeight + METRICS.groupGap;
		}
		for (const row of chunk(group.items, columns)) {
			// A short last row is centred under the full rows.
			const offset = ZONE_PADDING + ((columns - row.length) * METRICS.cellWidth) / 2;
			const height = rowHeight(row);
			row.forEach((item, i) => {
				const centre = item.more
					? y + height / 2
					: y + METRICS.cellPadding / 2 + METRICS.nodeSize / 2;
				items.set(item.id, { x: offset + (i + 0.5) * METRICS.cellWidth, y: centre });
			});
			y += height;
		}
	}
	return { width, height: y + ZONE_PADDING, items, headers };
}

type Laid = ReturnType<typeof layZone> & { zone: GroupedZone };

/** Zones in rows no wider than `limit` (a zone wider than it gets a row of its own). */
function shelve(laid: readonly Laid[], limit: number) {
	const rows: { zones: Laid[]; width: number; height: number }[] = [];
	for (const zone of laid) {
		const row = rows.at(-1);
		if (row && row.width + GAP.x + zone.width <= limit) {
			row.zones.push(zone);
			row.width += GAP.x + zone.width;
			row.height = Math.max(row.height, zone.height);
		} else rows.push({ zones: [zone], width: zone.width, height: zone.height });
	}
	const width = Math.max(...rows.map((row) => row.width));
	const height =
		rows.reduce((sum, row) => sum + TITLE_ROOM + row.height, 0) + GAP.y * (rows.length - 1);
	return { rows, width, height };
}

/**
 * Lays out zones of grouped items (a node's roles by family, a role's needs by category) as
 * boxes in rows, in the order given, each box a grid of its items under their group headers.
 * The row width is chosen so the whole drawing's shape is closest to `aspect` (the canvas's
 * width / height). Deterministic: the same zones give the same picture.
 */
export function groupedLayout(zones: readonly GroupedZone[], aspect = 16 / 9): GroupedLayout {
	const laid: Laid[] = zones.map((zone) => ({ zone, ...layZone(zone) }));
	if (laid.length === 0) return { zones: [], items: new Map(), headers: [], width: 0, height: 0 };
	// Every row width at which the rows break differently is a candidate: the running sums.
	const candidates = new Set<number>();
	for (let start = 0; start < laid.length; start++) {
		let width = -GAP.x;
		for (let end = start; end < laid.length; end++) {
			width += GAP.x + laid[end]!.width;
			candidates.add(width);
		}
	}
	let best: { limit: number; score: number; area: number } | undefined;
	for (const limit of [...candidates].sort((x, y) => x - y)) {
		const { width, height } = shelve(laid, limit);
		const score = Math.abs(Math.log(width / height / aspect));
		const area = width * height;
		if (
			!best ||
			score < best.score - 1e-9 ||
			(Math.abs(score - best.score) < 1e-9 && area < best.area)
		) {
			best = { limit, score, area };
		}
	}
	const { rows, width, height } = shelve(laid, best!.limit);
	const placed: PlacedBox[] = [];
	const items = new Map<string, Point>();
	const headers: GroupedLayout['headers'] = [];
	let y = 0;
	for (const row of rows) {
		// Each row is centred across the drawing.
		let x = (width - row.width) / 2;
		y += TITLE_ROOM;
		for (const zone of row.zones) {
			placed.push({
				key: zone.zone.key,
				title: zone.zone.title,
				x,
				y,
				width: zone.width,
				height: zone.height
			});
			for (const [id, at] of zone.items) items.set(id, { x: x + at.x, y: y + at.y });
			for (const header of zone.headers) {
				headers.push({ ...header, at: { x: x + header.at.x, y: y + header.at.y } });
			}
			x += zone.width + GAP.x;
		}
		y += row.height + GAP.y;
	}
	return { zones: placed, items, headers, width, height };
}
