import type { ElementDefinition } from 'cytoscape';
import { CATEGORY_STYLES } from './category-styles';
import type { Comparison } from '../graph/compare';
import { MUTUAL_LABELS, RELATION_LABELS } from '../graph/relations';
import { highlightField, type FieldDescription } from '../graph/fields';
import type { Category, Relation } from '../graph/types';
import type { Bounds } from './layout-spec';
import { nodeClasses, STRUCTURAL } from './ids';
import { hubBox, pillBox } from './metrics';
import { DEFAULT_CAP, foldZones, type DrawnItem } from './collapse';
import { ZONES, type Zone } from '../graph/compare';
import { overlapLayout, type OverlapLayout } from './overlap-layout';

/** Space between a zone's box and the nodes in it. */
const ZONE_PADDING = 14;

/** Half the widest a hub gets (its label wraps at 130px, plus padding). */
const HUB_HALF_WIDTH = 78;

/** How far above the top of the zones the n-th relation line runs. */
function relationGap(index: number): number {
	return 46 + index * 34;
}

/** A link between the two compared roles, as the drawing shows it. */
export interface RoleRelation {
	source: string;
	target: string;
	relation: Relation;
}

/** A relation both roles state of each other, drawn and told once ("are related"). */
export interface MutualRelation extends RoleRelation {
	mutual: boolean;
}

/** The relations between two roles, with a pair of opposite links of the same kind merged into one. */
export function mutualRelations<T extends RoleRelation>(
	relations: readonly T[]
): (T & { mutual: boolean })[] {
	const merged: (T & { mutual: boolean })[] = [];
	for (const relation of relations) {
		const opposite = merged.find(
			(other) =>
				other.relation === relation.relation &&
				other.source === relation.target &&
				other.target === relation.source
		);
		if (opposite) opposite.mutual = true;
		else merged.push({ ...relation, mutual: false });
	}
	return merged;
}

/** The zone headers: "Only Backend Engineer · 39", "Shared · 15"… */
export function zoneTitles(comparison: Comparison): Record<Zone, string> {
	return {
		onlyA: `Only ${comparison.a.label} · ${comparison.onlyA.length}`,
		shared: `Shared · ${comparison.shared.length}`,
		onlyB: `Only ${comparison.b.label} · ${comparison.onlyB.length}`
	};
}

const EMPTY_NOTES: Record<Zone, (c: Comparison) => string> = {
	onlyA: (c) => `Nothing only ${c.a.label} needs`,
	shared: () => 'These roles share nothing',
	onlyB: (c) => `Nothing only ${c.b.label} needs`
};

/** A category the data has nothing on for some of the compared roles, as a zone notes it. */
export interface MissingNote {
	category: Category;
	/** The labels of the roles without data on it. */
	roles: string[];
	/** The note drawn in the graph: "Skills · no data for Software Developers". */
	text: string;
}

/**
 * Where an overlap view says a category is missing: in the "only" zone of each role that has
 * data on it (where its items would have been), or in the shared zone when neither has.
 */
export function missingNotes(comparison: Comparison): Partial<Record<Zone, MissingNote[]>> {
	const notes: Partial<Record<Zone, MissingNote[]>> = {};
	const { a, b, missing } = comparison;
	const lacking = new Map<Category, string[]>();
	for (const [role, categories] of Object.entries(missing)) {
		for (const category of categories)
			lacking.set(category, [...(lacking.get(category) ?? []), role]);
	}
	for (const [category, roles] of lacking) {
		const labels = roles.map((role) => (role === a.id ? a.label : b.label));
		const text = `${CATEGORY_STYLES[category].plural} · no data for ${labels.join(' and ')}`;
		const zones: Zone[] = [];
		if (!roles.includes(a.id)) zones.push('onlyA');
		if (!roles.includes(b.id) && a.id !== b.id) zones.push('onlyB');
		for (const zone of zones.length > 0 ? zones : (['shared'] as const)) {
			(notes[zone] ??= []).push({ category, roles: labels, text });
		}
	}
	return notes;
}

/**
 * Cytoscape elements for an overlap view: the zones (as compound nodes titled with counts),
 * category headers, the nodes at their laid-out positions, each role's hub and edges, and the
 * relations between the two roles. Pure: the same comparison and aspect give the same elements.
 */
export function overlapElements(
	comparison: Comparison,
	relations: readonly RoleRelation[] = [],
	aspect = 16 / 9,
	{
		cap = DEFAULT_CAP,
		expanded = [],
		fields = [],
		rank,
		labelOf
	}: {
		cap?: number | null;
		expanded?: readonly string[];
		/** The dataset's fields: they order each group, and one of them may ring items (flagged). */
		fields?: readonly FieldDescription[];
		/** A view's own order of items (1 first): folded groups keep the first ranked. */
		rank?: ReadonlyMap<string, number>;
		/** A view's own label for an item (the gap view numbers what to learn): laid out as drawn. */
		labelOf?: (id: string, label: string) => string;
	} = {}
): {
	elements: ElementDefinition[];
	layout: OverlapLayout;
	bounds: Bounds;
	/** How many nodes each folded group hides, by group key. */
	folded: Map<string, number>;
	/** The ids of the data nodes drawn. */
	drawn: ReadonlySet<string>;
} {
	const foldedZones = foldZones(comparison, cap, new Set(expanded), fields, rank);
	const zones = labelOf
		? (Object.fromEntries(
				ZONES.map((zone) => [
					zone,
					foldedZones[zone].map((drawn) =>
						drawn.more ? drawn : { ...drawn, label: labelOf(drawn.id, drawn.label) }
					)
				])
			) as typeof foldedZones)
		: foldedZones;
	const ring = highlightField(fields);
	const flagged = (drawn: DrawnItem) => ring !== undefined && drawn.item?.[ring.name] === true;
	const titles = zoneTitles(comparison);
	const notes = missingNotes(comparison);
	// Zone titles are 16px bold (about 10px a character) and notes 12px (about 7px): neither may
	// run into the next zone.
	const minWidths = Object.fromEntries(
		ZONES.map((zone) => [
			zone,
			Math.max(titles[zone].length * 10, ...(notes[zone] ?? []).map((n) => n.text.length * 7)) -
				2 * ZONE_PADDING
		])
	) as Record<Zone, number>;
	const layout = overlapLayout(zones, {
		aspect,
		minWidths,
		notes: Object.fromEntries(
			Object.entries(notes).map(([zone, list]) => [zone, list.map((note) => note.text)])
		)
	});
	const { a, b } = comparison;
	const sameRole = a.id === b.id;
	const elements: ElementDefinition[] = [];

	// Zones are plain background boxes sized from the layout (not compound parents, whose
	// bounds Cytoscape would keep recomputing): measured, that nearly halved the first draw.
	for (const placed of layout.zones) {
		const zone = placed.zone;
		elements.push({
			group: 'nodes',
			data: {
				id: `${STRUCTURAL}zone:${zone}`,
				label: titles[zone],
				width: placed.width + 2 * ZONE_PADDING,
				height: layout.height + 2 * ZONE_PADDING
			},
			position: { x: placed.x + placed.width / 2, y: layout.height / 2 },
			classes: `zone zone-${zone}`,
			selectable: false,
			grabbable: false
		});
		const note = layout.emptyNotes.get(zone);
		if (note) {
			elements.push({
				group: 'nodes',
				data: {
					id: `${STRUCTURAL}empty:${zone}`,
					label: EMPTY_NOTES[zone](comparison)
				},
				position: note,
				classes: 'empty-note',
				selectable: false,
				grabbable: false
			});
		}
	}
	layout.notes.forEach((note, index) => {
		elements.push({
			group: 'nodes',
			data: { id: `${STRUCTURAL}note:${note.zone}:${index}`, label: note.text },
			position: note.at,
			classes: 'empty-note missing-note',
			selectable: false,
			grabbable: false
		});
	});
	for (const group of layout.groups) {
		const count = comparison[group.zone].filter((item) => item.category === group.category).length;
		elements.push({
			group: 'nodes',
			data: {
				id: `${STRUCTURAL}header:${group.zone}:${group.category}`,
				label: `${CATEGORY_STYLES[group.category].plural} · ${count}`
			},
			position: group.header,
			classes: 'group-header',
			selectable: false,
			grabbable: false
		});
	}

	elements.push({
		group: 'nodes',
		data: { id: a.id, label: a.label, category: 'role', ...hubBox(a.label) },
		position: layout.hubs.a,
		classes: `${nodeClasses('role', 'hub')} hub-a`,
		grabbable: false
	});
	if (!sameRole) {
		elements.push({
			group: 'nodes',
			data: { id: b.id, label: b.label, category: 'role', ...hubBox(b.label) },
			position: layout.hubs.b,
			classes: `${nodeClasses('role', 'hub')} hub-b`,
			grabbable: false
		});
	}

	for (const zone of ZONES) {
		const roles = [
			...new Set(zone === 'onlyA' ? [a.id] : zone === 'onlyB' ? [b.id] : [a.id, b.id])
		];
		for (const drawn of zones[zone]) {
			const position = layout.items.get(drawn.id)!;
			elements.push({
				group: 'nodes',
				data: {
					id: drawn.id,
					label: drawn.label,
					category: drawn.category,
					zone,
					...(drawn.more
						? { group: drawn.more.key, hidden: drawn.more.hidden, ...pillBox(drawn.label) }
						: {}),
					...(flagged(drawn) ? { flagged: true } : {})
				},
				position: { x: position.x, y: position.y },
				classes: drawn.more
					? `more ${drawn.category}`
					: `${nodeClasses(drawn.category, 'item')}${flagged(drawn) ? ' flagged' : ''}`,
				grabbable: false
			});
			for (const role of roles) {
				elements.push({
					group: 'edges',
					data: { id: `${STRUCTURAL}link:${role}->${drawn.id}`, source: role, target: drawn.id },
					classes: role === a.id ? 'link link-a' : 'link link-b',
					selectable: false
				});
			}
		}
	}

	if (!sameRole) {
		mutualRelations(relations).forEach((relation, index) => {
			// Up from the source hub, across above the zones, down to the other hub: the
			// segment points sit right above each hub, so the line never crosses a zone.
			const rise = layout.height / 2 + relationGap(index); // the hubs sit at mid-height
			const side = relation.source === a.id ? -1 : 1;
			elements.push({
				group: 'edges',
				data: {
					id: `${STRUCTURAL}relation:${relation.source}->${relation.target}`,
					source: relation.source,
					target: relation.target,
					label: relation.mutual
						? MUTUAL_LABELS[relation.relation]
						: RELATION_LABELS[relation.relation],
					distances: [side * rise, side * rise]
				},
				classes: relation.mutual ? 'relation mutual' : 'relation',
				selectable: false
			});
		});
	}
	// The drawing's extent, known from the layout: hub labels, zone titles, the relation line.
	const top = relations.length > 0 && !sameRole ? relationGap(relations.length - 1) + 16 : 0;
	const bounds = {
		x1: layout.hubs.a.x - HUB_HALF_WIDTH,
		y1: -Math.max(top, ZONE_PADDING + 26),
		x2: layout.hubs.b.x + HUB_HALF_WIDTH,
		y2: layout.height + ZONE_PADDING + 2
	};
	const folded = new Map<string, number>();
	for (const zone of ZONES) {
		for (const drawn of zones[zone]) if (drawn.more) folded.set(drawn.more.key, drawn.more.hidden);
	}
	return { elements, layout, bounds, folded, drawn: new Set(layout.items.keys()) };
}
