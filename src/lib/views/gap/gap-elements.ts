import type { ElementDefinition } from 'cytoscape';
import type { CompareItem, Comparison } from '../../graph/compare';
import type { FieldDescription } from '../../graph/fields';
import type { Gap } from '../../graph/gap';
import { DEFAULT_CAP } from '../../viz/collapse';
import { isDataId, STRUCTURAL } from '../../viz/ids';
import { overlapElements, type RoleRelation } from '../../viz/overlap-elements';

/** What the gap view points out in its drawing. */
export interface GapHighlight {
	/** Items the lists show: drawn plainly; every other item is set aside (faded). */
	listed: ReadonlySet<string>;
	/** Items to learn, by their place in the list (1 first): numbered in the drawing. */
	numbered: ReadonlyMap<string, number>;
	/** The view's order of items (what to learn, what carries over): folded groups keep the first. */
	rank: ReadonlyMap<string, number>;
	cap: number | null;
	expanded: readonly string[];
}

/**
 * What the drawing points out for the lists as shown: every listed item drawn (groups fold after
 * as many as the lists show), those to learn numbered, both lists' order kept in folded groups.
 */
export function gapHighlight(
	gap: Gap,
	learnShown: readonly (CompareItem & { rank: number })[],
	carryShown: readonly CompareItem[],
	expanded: readonly string[]
): GapHighlight {
	const rank = new Map<string, number>();
	gap.learn.forEach((item, index) => rank.set(item.id, index + 1));
	gap.carry.forEach((item, index) => rank.set(item.id, index + 1));
	return {
		listed: new Set([...learnShown, ...carryShown].map((item) => item.id)),
		numbered: new Map(learnShown.map((item) => [item.id, item.rank])),
		rank,
		cap: Math.max(DEFAULT_CAP, learnShown.length, carryShown.length),
		expanded
	};
}

/**
 * The overlap drawing of the way from one role to another (left behind, carries over, to learn)
 * with the items the lists show pointed out: those to learn numbered as listed, everything not
 * listed set aside, so the drawing and the lists tell the same thing.
 */
export function gapElements(
	comparison: Comparison,
	relations: readonly RoleRelation[],
	aspect: number,
	{ listed, numbered, rank, cap, expanded }: GapHighlight,
	fields: readonly FieldDescription[] = []
) {
	// Numbered in the layout, so it makes room for the longer labels.
	const labelOf = (id: string, label: string) => {
		const number = numbered.get(id);
		return number === undefined ? label : `${number}. ${label}`;
	};
	const drawing = overlapElements(comparison, relations, aspect, {
		cap,
		expanded,
		rank,
		fields,
		labelOf
	});
	const hubs = new Set([comparison.a.id, comparison.b.id]);
	const item = (id: string) => isDataId(id) && !hubs.has(id);
	const elements = drawing.elements.map((element): ElementDefinition => {
		const { id, target } = element.data;
		if (element.group === 'nodes' && id !== undefined && item(id)) {
			if (numbered.has(id)) return { ...element, classes: `${element.classes} listed` };
			return listed.has(id) ? element : { ...element, classes: `${element.classes} aside` };
		}
		const link = id?.startsWith(`${STRUCTURAL}link:`) && target !== undefined;
		return link && !listed.has(target)
			? { ...element, classes: `${element.classes} aside` }
			: element;
	});
	return { ...drawing, elements };
}
