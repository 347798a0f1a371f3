import { roleAttributes } from './nodes';
import { compareLabels } from './order';
import { CATEGORIES, type Category, type KnowledgeGraph, type Relation } from './types';

/** Something a role links to, with its kind and the link's fields (O*NET: hot, in demand, importance). */
export interface NeededItem {
	id: string;
	label: string;
	category: Category;
	/** Its kind (O*NET: a technology's commodity title). */
	kind?: string;
	relation: Relation;
	sources: string[];
	note?: string;
	[field: string]: unknown;
}

/** What a role links to in one category, by label; `unrated` when the dataset has no data on it for the role. */
export interface CategoryNeeds {
	category: Category;
	items: NeededItem[];
	unrated: boolean;
}

/**
 * What a role needs (is responsible for, is hired for), by category in the standard order, each
 * by label; roles are left out (see relatedRoles). A category the dataset has no data on for the
 * role is listed, empty and `unrated`, so a page can say so rather than show nothing.
 */
export function roleNeeds(graph: KnowledgeGraph, id: string): CategoryNeeds[] {
	const { unrated = [] } = roleAttributes(graph, id);
	const byCategory = new Map<Category, NeededItem[]>();
	graph.forEachOutEdge(id, (_edge, attributes, _source, target, _sa, targetAttributes) => {
		const { category, label, kind } = targetAttributes;
		if (category === 'role') return;
		const item: NeededItem = { id: target, label, category, ...attributes };
		if (kind) item.kind = kind;
		const list = byCategory.get(category);
		if (list) list.push(item);
		else byCategory.set(category, [item]);
	});
	return CATEGORIES.filter(
		(category) => byCategory.has(category) || unrated.includes(category)
	).map((category) => ({
		category,
		items: (byCategory.get(category) ?? []).sort((x, y) => compareLabels(x.label, y.label)),
		unrated: unrated.includes(category)
	}));
}
