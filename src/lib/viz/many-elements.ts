import type { ElementDefinition } from 'cytoscape';
import { CATEGORY_STYLES } from './category-styles';
import { listInWords } from '../graph/category-names';
import type { ManyComparison } from '../graph/compare-many';
import { highlightField, type FieldDescription } from '../graph/fields';
import type { Category } from '../graph/types';
import { zoneKey, zoneName } from '../graph/zone-names';
import { DEFAULT_CAP, foldGroup, moreId, type DrawnItem } from './collapse';
import type { Bounds } from './layout-spec';
import { nodeClasses, STRUCTURAL } from './ids';
import { manyLayout, type ManyLayout } from './many-layout';
import { pillBox } from './metrics';

/** Room kept around the drawing: the hubs' and boxes' edges, a label's overhang. */
const MARGIN = 8;

/**
 * A "+N more" pill's size: one line, kept low enough that a pill under a row of items stays clear
 * of their labels (the pair's pills never sit under a row; these do, when a group fills its row).
 */
function pill(label: string): { w: number; h: number } {
	const box = pillBox(label);
	return { w: box.w, h: Math.min(box.h, 22) };
}

/** The most characters of one word the drawing keeps on a line (a label wraps at about 15). */
const LONGEST_WORD = 15;

/**
 * A label with words too long for a line broken with a hyphen ("PricewaterhouseCoopers" →
 * "Pricewaterhous- eCoopers"): Cytoscape breaks lines at spaces only, and an unbroken long word
 * would run into the next cell. The lists and panels show the label whole.
 */
export function breakLongWords(label: string): string {
	return label.replace(new RegExp(`\\S{${LONGEST_WORD + 1},}`, 'g'), (word) => {
		const parts: string[] = [];
		for (let i = 0; i < word.length; i += LONGEST_WORD - 1) {
			parts.push(word.slice(i, i + LONGEST_WORD - 1));
		}
		return parts.join('- ');
	});
}

/** A zone of the drawing: its key ("ABD"), title with count, roles, and what it draws. */
export interface DrawnZone {
	key: string;
	/** "Software Developers and Web Developers only · 31". */
	title: string;
	roles: string[];
	/** How the box is shaded: every role, one role, or some. */
	kind: 'all' | 'one' | 'some';
	count: number;
	drawn: DrawnItem[];
	/** Folded with the other smaller zones into one "+N zones" box (see drawnZones). */
	hidden: boolean;
}

/**
 * How many nodes of one category a zone draws before folding the rest, by default: as the pair
 * view for three roles; fewer from four on, where the zones multiply (six O*NET roles make ~40).
 */
export function defaultManyCap(roles: number): number {
	return roles <= 3 ? DEFAULT_CAP : 6;
}

/** The choices a person has for that cap (null: draw everything). */
export const MANY_CAP_CHOICES: readonly (number | null)[] = [6, 12, 24, 48, null];

/** A category group of a zone, as folding names it (`ABD.technology`). */
export function manyGroupKey(zone: string, category: Category): string {
	return `${zone}.${category}`;
}

/** The group key under which the smaller zones are folded together (`expand=zones` unfolds them). */
export const ZONES_GROUP = 'zones';

/** How many zones are drawn before the smaller ones are folded into one "+N zones" box. */
export const ZONES_SHOWN = 16;

/**
 * The zones of a comparison of several roles, titled, each category group folded to `cap`. With
 * a cap, and many more zones than ZONES_SHOWN (six roles make ~40), the smaller zones are marked
 * `hidden`: the drawing folds them into one box, as UpSet plots show the largest intersections.
 */
export function drawnZones(
	comparison: ManyComparison,
	cap: number | null,
	expanded: ReadonlySet<string>,
	fields: readonly FieldDescription[] = []
): DrawnZone[] {
	const count = comparison.roles.length;
	const foldZones =
		cap !== null &&
		!expanded.has(ZONES_GROUP) &&
		comparison.zones.length > Math.floor(ZONES_SHOWN * 1.25);
	return comparison.zones.map((zone, z) => {
		const key = zoneKey(zone.roles, comparison.roles);
		const drawn: DrawnItem[] = [];
		let start = 0;
		while (start < zone.items.length) {
			const category = zone.items[start]!.category;
			let end = start;
			while (end < zone.items.length && zone.items[end]!.category === category) end++;
			const group = manyGroupKey(key, category);
			const items = zone.items.slice(start, end);
			for (const one of foldGroup(items, group, cap, expanded.has(group), { fields })) {
				// "+113 more": the group's header names the category, and a short pill fits its cell.
				drawn.push(
					one.more
						? { ...one, label: `+${one.more.hidden} more` }
						: { ...one, label: breakLongWords(one.label) }
				);
			}
			start = end;
		}
		return {
			key,
			title: `${zoneName(zone.roles, comparison.roles)} · ${zone.items.length}`,
			roles: zone.roles,
			kind: zone.roles.length === count ? 'all' : zone.roles.length === 1 ? 'one' : 'some',
			count: zone.items.length,
			drawn,
			hidden: foldZones && z >= ZONES_SHOWN
		};
	});
}

/** The box standing for the folded zones: a title and one "+N zones" pill. */
function foldedZonesBox(hidden: readonly DrawnZone[]): DrawnZone {
	const items = hidden.reduce((sum, zone) => sum + zone.count, 0);
	return {
		key: ZONES_GROUP,
		title: `${hidden.length} smaller zones · ${items} items`,
		roles: [],
		kind: 'some',
		count: items,
		drawn: [
			{
				id: moreId(ZONES_GROUP),
				label: `+${hidden.length} zones`,
				category: 'technology',
				more: { key: ZONES_GROUP, hidden: hidden.length }
			}
		],
		hidden: false
	};
}

/** A category some compared roles have no data on, as the drawing notes it. */
export function manyMissingNotes(comparison: ManyComparison): string[] {
	const lacking = new Map<Category, string[]>();
	for (const [role, categories] of Object.entries(comparison.missing)) {
		const label = comparison.roles.find((r) => r.id === role)?.label ?? role;
		for (const category of categories) {
			lacking.set(category, [...(lacking.get(category) ?? []), label]);
		}
	}
	return [...lacking].map(
		([category, roles]) =>
			`${CATEGORY_STYLES[category].plural} · no data for ${listInWords(roles)}: left out`
	);
}

/** The size of the largest category group of any zone (folding is offered only when it is big). */
export function largestManyGroup(comparison: ManyComparison): number {
	let largest = 0;
	for (const zone of comparison.zones) {
		let run = 0;
		zone.items.forEach((item, i) => {
			run = i > 0 && zone.items[i - 1]!.category === item.category ? run + 1 : 1;
			largest = Math.max(largest, run);
		});
	}
	return largest;
}

/**
 * Cytoscape elements for a comparison of several roles: a hub per role on top, every zone as a
 * box titled in words with its count, its items grouped by category under headers, and a link
 * from each role to each item it needs. The links are drawn only when a node has focus (they
 * would cross every box): hovering or selecting a role shows what it needs, an item the roles
 * that need it. Pure: the same comparison and aspect give the same elements.
 */
export function manyElements(
	comparison: ManyComparison,
	aspect = 16 / 9,
	{
		cap = DEFAULT_CAP,
		expanded = [],
		fields = []
	}: {
		cap?: number | null;
		expanded?: readonly string[];
		/** The dataset's fields: they order each group, and one of them may ring items (flagged). */
		fields?: readonly FieldDescription[];
	} = {}
): {
	elements: ElementDefinition[];
	layout: ManyLayout;
	/** Every zone, largest first (those folded into the "+N zones" box marked hidden). */
	zones: DrawnZone[];
	bounds: Bounds;
	/** How many nodes each folded group hides, by group key. */
	folded: Map<string, number>;
	/** The ids of the data nodes drawn. */
	drawn: ReadonlySet<string>;
} {
	const zones = drawnZones(comparison, cap, new Set(expanded), fields);
	const ring = highlightField(fields);
	const flagged = (drawn: DrawnItem) => ring !== undefined && drawn.item?.[ring.name] === true;
	const hidden = zones.filter((zone) => zone.hidden);
	const boxes = [
		...zones.filter((zone) => !zone.hidden),
		...(hidden.length > 0 ? [foldedZonesBox(hidden)] : [])
	];
	const notes = manyMissingNotes(comparison);
	if (zones.length === 0) notes.push('Nothing to compare: these roles link to nothing here');
	const layout = manyLayout(
		boxes.map((zone) => ({ key: zone.key, title: zone.title, items: zone.drawn })),
		comparison.roles,
		{ aspect, notes }
	);
	const elements: ElementDefinition[] = [];
	const structural = (
		id: string,
		label: string,
		classes: string,
		position: { x: number; y: number }
	) =>
		elements.push({
			group: 'nodes',
			data: { id: `${STRUCTURAL}${id}`, label },
			position,
			classes,
			selectable: false,
			grabbable: false
		});

	boxes.forEach((zone, z) => {
		const box = layout.boxes[z]!;
		elements.push({
			group: 'nodes',
			data: {
				id: `${STRUCTURAL}zone:${zone.key}`,
				label: '',
				width: box.width,
				height: box.height
			},
			position: { x: box.x + box.width / 2, y: box.y + box.height / 2 },
			classes: `zone zone-${zone.kind === 'all' ? 'shared' : zone.kind === 'one' ? 'onlyA' : 'some'}`,
			selectable: false,
			grabbable: false
		});
		box.title.forEach((line, i) =>
			structural(`title:${zone.key}:${i}`, line.text, 'zone-title', line.at)
		);
	});
	layout.notes.forEach((note, i) =>
		structural(`note:${i}`, note.text, 'empty-note missing-note', note.at)
	);
	const counts = new Map<string, number>();
	comparison.zones.forEach((zone, z) => {
		for (const item of zone.items) {
			const key = manyGroupKey(zones[z]!.key, item.category);
			counts.set(key, (counts.get(key) ?? 0) + 1);
		}
	});
	for (const group of layout.groups) {
		if (group.zone === ZONES_GROUP) continue; // its title says what it holds
		const key = manyGroupKey(group.zone, group.category);
		structural(
			`header:${key}`,
			`${CATEGORY_STYLES[group.category].plural} · ${counts.get(key) ?? 0}`,
			'group-header',
			group.header
		);
	}

	for (const role of comparison.roles) {
		const hub = layout.hubs.get(role.id)!;
		elements.push({
			group: 'nodes',
			data: { id: role.id, label: role.label, category: 'role', w: hub.w, h: hub.h },
			position: { x: hub.x, y: hub.y },
			classes: nodeClasses('role', 'hub'),
			grabbable: false
		});
	}
	const folded = new Map<string, number>();
	for (const zone of boxes) {
		for (const drawn of zone.drawn) {
			const position = layout.items.get(drawn.id)!;
			elements.push({
				group: 'nodes',
				data: {
					id: drawn.id,
					label: drawn.label,
					category: drawn.category,
					zone: zone.key,
					...(drawn.more
						? { group: drawn.more.key, hidden: drawn.more.hidden, ...pill(drawn.label) }
						: {}),
					...(flagged(drawn) ? { flagged: true } : {})
				},
				position: { x: position.x, y: position.y },
				classes: drawn.more
					? `more ${drawn.category}`
					: `${nodeClasses(drawn.category, 'item')}${flagged(drawn) ? ' flagged' : ''}`,
				grabbable: false
			});
			if (drawn.more) {
				folded.set(drawn.more.key, drawn.more.hidden);
				continue;
			}
			for (const role of zone.roles) {
				elements.push({
					group: 'edges',
					data: { id: `${STRUCTURAL}link:${role}->${drawn.id}`, source: role, target: drawn.id },
					classes: 'link focus-only',
					selectable: false
				});
			}
		}
	}
	return {
		elements,
		layout,
		zones,
		bounds: { x1: -MARGIN, y1: -MARGIN, x2: layout.width + MARGIN, y2: layout.height + MARGIN },
		folded,
		drawn: new Set(layout.items.keys())
	};
}
