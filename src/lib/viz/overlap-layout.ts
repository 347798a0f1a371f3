import type { Category } from '../graph/types';
import { labelLines, METRICS } from './metrics';

import { ZONES, type Zone } from '../graph/compare';

/** What the layout needs to know of a node: its id, label and category. */
export interface LayoutItem {
	id: string;
	label: string;
	category: Category;
}

export interface Point {
	x: number;
	y: number;
}

/** A category's run of nodes within a zone, with where its header goes. */
export interface PlacedGroup {
	zone: Zone;
	category: Category;
	count: number;
	header: Point;
}

export interface PlacedZone {
	zone: Zone;
	x: number;
	width: number;
	height: number;
	columns: number;
}

/** Positions for everything in an overlap view, in model coordinates. */
export interface OverlapLayout {
	hubs: { a: Point; b: Point };
	items: Map<string, Point & { zone: Zone }>;
	groups: PlacedGroup[];
	zones: PlacedZone[];
	/** Where a zone with no items shows its "nothing here" note. */
	emptyNotes: Map<Zone, Point>;
	/** Notes placed under a zone's groups (e.g. a category the data has nothing on for a role). */
	notes: { zone: Zone; text: string; at: Point }[];
	width: number;
	height: number;
}

/** A zone's items as runs of one category each, in order. */
export type Groups = { category: Category; items: LayoutItem[] }[];

/** Splits a zone's items (ordered by category) into runs of one category. */
export function groupsOf(items: readonly LayoutItem[]): Groups {
	const groups: Groups = [];
	for (const item of items) {
		const last = groups.at(-1);
		if (last?.category === item.category) last.items.push(item);
		else groups.push({ category: item.category, items: [item] });
	}
	return groups;
}

function rowHeight(row: readonly LayoutItem[]): number {
	return heightOfRow(Math.max(1, ...row.map((item) => labelLines(item.label))));
}

/** Height of a grid row whose longest label takes `lines` lines. */
function heightOfRow(lines: number): number {
	return METRICS.nodeSize + METRICS.cellPadding + lines * METRICS.lineHeight;
}

function chunk<T>(list: readonly T[], size: number): T[][] {
	const rows: T[][] = [];
	for (let i = 0; i < list.length; i += size) rows.push(list.slice(i, i + size));
	return rows;
}

/** Height of a zone laid out in `columns` columns, with `notes` note lines under its groups. */
function zoneHeight(groups: Groups, columns: number, notes = 0): number {
	const noteHeight = notes * (METRICS.headerHeight + METRICS.groupGap);
	if (groups.length === 0) return METRICS.headerHeight + rowHeight([]) + noteHeight;
	let height = noteHeight;
	for (const group of groups) {
		height += METRICS.headerHeight + METRICS.groupGap;
		// Row by row, without slicing: this runs for every column count tried.
		for (let start = 0; start < group.items.length; start += columns) {
			let lines = 1;
			const end = Math.min(start + columns, group.items.length);
			for (let i = start; i < end; i++) lines = Math.max(lines, labelLines(group.items[i]!.label));
			height += heightOfRow(lines);
		}
	}
	return height;
}

/** The fewest columns (min…max) that keep a zone within `limit` height, or max. */
function columnsFor(groups: Groups, limit: number, min: number, max: number, notes = 0): number {
	for (let columns = min; columns < max; columns++) {
		if (zoneHeight(groups, columns, notes) <= limit) return columns;
	}
	return max;
}

/**
 * Lays out an overlap view: three zones (only A, shared, only B) side by side, each a grid of
 * its nodes grouped by category under a header, with role A's hub left of its zone and B's
 * right of its. Column counts are chosen so the whole drawing's shape is close to `aspect`
 * (the viewport's width / height). Deterministic: the same input gives the same picture.
 */
export function overlapLayout(
	zones: Record<Zone, readonly LayoutItem[]>,
	{
		aspect = 16 / 9,
		maxColumns = 8,
		minWidths,
		notes = {}
	}: {
		aspect?: number;
		maxColumns?: number;
		/** The least width each zone needs (e.g. for its title), in pixels. */
		minWidths?: Partial<Record<Zone, number>>;
		/** Lines of text to place under a zone's groups, a header row each. */
		notes?: Partial<Record<Zone, readonly string[]>>;
	} = {}
): OverlapLayout {
	const noteCount = (zone: Zone) => notes[zone]?.length ?? 0;
	const grouped = {
		onlyA: groupsOf(zones.onlyA),
		shared: groupsOf(zones.shared),
		onlyB: groupsOf(zones.onlyB)
	};
	const minFor = (zone: Zone) =>
		Math.max(1, Math.ceil((minWidths?.[zone] ?? 0) / METRICS.cellWidth));
	const maxFor = (zone: Zone) => Math.max(minFor(zone), Math.min(maxColumns, zones[zone].length));

	// Every height some zone can take is a candidate; keep the one whose shape fits best.
	const candidates = new Set<number>();
	for (const zone of ZONES) {
		for (let c = minFor(zone); c <= maxFor(zone); c++) {
			candidates.add(zoneHeight(grouped[zone], c, noteCount(zone)));
		}
	}
	let best: { columns: Record<Zone, number>; score: number; area: number } | undefined;
	for (const limit of [...candidates].sort((x, y) => x - y)) {
		const columns = {} as Record<Zone, number>;
		for (const zone of ZONES) {
			columns[zone] = columnsFor(grouped[zone], limit, minFor(zone), maxFor(zone), noteCount(zone));
		}
		const height = Math.max(
			...ZONES.map((zone) => zoneHeight(grouped[zone], columns[zone], noteCount(zone)))
		);
		const width =
			ZONES.reduce((sum, zone) => sum + columns[zone] * METRICS.cellWidth, 0) +
			2 * METRICS.zoneGap +
			2 * METRICS.hubGap;
		const score = Math.abs(Math.log(width / height / aspect));
		const area = width * height;
		if (
			!best ||
			score < best.score - 1e-9 ||
			(Math.abs(score - best.score) < 1e-9 && area < best.area)
		) {
			best = { columns, score, area };
		}
	}
	const columns = best!.columns;

	const items = new Map<string, Point & { zone: Zone }>();
	const groups: PlacedGroup[] = [];
	const placedZones: PlacedZone[] = [];
	const emptyNotes = new Map<Zone, Point>();
	const placedNotes: OverlapLayout['notes'] = [];
	let x = 0;
	for (const zone of ZONES) {
		const width = columns[zone] * METRICS.cellWidth;
		let y = 0;
		for (const group of grouped[zone]) {
			groups.push({
				zone,
				category: group.category,
				count: group.items.length,
				header: { x: x + width / 2, y: y + METRICS.headerHeight / 2 }
			});
			y += METRICS.headerHeight + METRICS.groupGap;
			for (const row of chunk(group.items, columns[zone])) {
				// A short last row is centred under the full rows.
				const offset = ((columns[zone] - row.length) * METRICS.cellWidth) / 2;
				row.forEach((item, i) => {
					items.set(item.id, {
						zone,
						x: x + offset + (i + 0.5) * METRICS.cellWidth,
						y: y + METRICS.cellPadding / 2 + METRICS.nodeSize / 2
					});
				});
				y += rowHeight(row);
			}
		}
		if (grouped[zone].length === 0) {
			emptyNotes.set(zone, { x: x + width / 2, y: METRICS.headerHeight });
			y = zoneHeight([], 1);
		}
		for (const text of notes[zone] ?? []) {
			placedNotes.push({ zone, text, at: { x: x + width / 2, y: y + METRICS.headerHeight / 2 } });
			y += METRICS.headerHeight + METRICS.groupGap;
		}
		placedZones.push({ zone, x, width, height: y, columns: columns[zone] });
		x += width + METRICS.zoneGap;
	}
	const zonesWidth = x - METRICS.zoneGap;
	const height = Math.max(...placedZones.map((zone) => zone.height));
	return {
		hubs: {
			a: { x: -METRICS.hubGap, y: height / 2 },
			b: { x: zonesWidth + METRICS.hubGap, y: height / 2 }
		},
		items,
		groups,
		zones: placedZones,
		emptyNotes,
		notes: placedNotes,
		width: zonesWidth + 2 * METRICS.hubGap,
		height
	};
}
