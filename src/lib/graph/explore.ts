import type { GraphAnswer } from '../api/answers';
import { familyOf } from './families';
import { graphFields, highlightField } from './fields';
import type { Category, EdgeAttributes, KnowledgeGraph, NodeSummary } from './types';

/** What part of a graph the explorer draws. */
export interface ExploreFilter {
	/** Only these categories of node (besides roles); all when empty or absent. */
	categories?: readonly Category[];
	/** Only roles of these families (as the dataset describes its families: O*NET's "15"…). */
	families?: readonly string[];
	/** Only links that have the dataset's highlighted flag (O*NET: hot technologies). */
	hotOnly?: boolean;
	/** Only nodes other than roles linked to at least this many of the roles drawn. */
	minDegree?: number;
}

/** A drawable graph in compact form: edges refer to nodes by position in `nodes`. */
export interface ExploreGraph {
	nodes: NodeSummary[];
	/** [source index, target index, 1 if the link has the dataset's highlighted flag] */
	edges: [number, number, 0 | 1][];
}

/**
 * The part of a graph the explorer draws: roles (of the chosen families) with their links to
 * nodes of the chosen categories, optionally only hot links and only nodes linked to at least
 * `minDegree` of those roles. Links between roles are kept when both ends are drawn and no
 * category filter applies.
 */
export function exploreGraph(graph: KnowledgeGraph, filter: ExploreFilter = {}): ExploreGraph {
	const categories = filter.categories?.length ? new Set(filter.categories) : undefined;
	const families = filter.families?.length ? new Set(filter.families) : undefined;
	const description = graph.getAttribute('families');
	const roleIn = (id: string) => {
		if (!families) return true;
		const family = description && familyOf(description, id, graph.getNodeAttributes(id));
		return family !== undefined && families.has(family);
	};
	const flag = highlightField(graphFields(graph))?.name;
	const flagged = (attributes: EdgeAttributes) => flag !== undefined && attributes[flag] === true;
	const links: [string, string, boolean][] = [];
	const degree = new Map<string, number>();
	graph.forEachEdge((_edge, attributes, source, target, _s, targetAttributes) => {
		if (targetAttributes.category === 'role') return;
		if (categories && !categories.has(targetAttributes.category)) return;
		if (filter.hotOnly && !flagged(attributes)) return;
		if (!roleIn(source)) return;
		links.push([source, target, flagged(attributes)]);
		degree.set(target, (degree.get(target) ?? 0) + 1);
	});
	const minDegree = filter.minDegree ?? 1;
	const kept = links.filter(([, target]) => degree.get(target)! >= minDegree);
	const index = new Map<string, number>();
	const nodes: NodeSummary[] = [];
	const add = (id: string) => {
		if (index.has(id)) return index.get(id)!;
		const { label, category } = graph.getNodeAttributes(id);
		nodes.push({ id, label, category });
		index.set(id, nodes.length - 1);
		return nodes.length - 1;
	};
	if (!families && !filter.hotOnly && minDegree <= 1 && !categories) {
		graph.forEachNode((id) => add(id)); // the whole graph: unlinked nodes too
	}
	const edges: ExploreGraph['edges'] = kept.map(([source, target, hot]) => [
		add(source),
		add(target),
		hot ? 1 : 0
	]);
	// Links between roles belong to the whole graph, not to a view of some categories.
	if (categories) return { nodes, edges };
	graph.forEachEdge((_edge, _attributes, source, target, _s, targetAttributes) => {
		if (targetAttributes.category === 'role' && index.has(source) && index.has(target)) {
			edges.push([index.get(source)!, index.get(target)!, 0]);
		}
	});
	return { nodes, edges };
}

/**
 * The answer of GET /api/graph: the part of a graph the filter draws, compact, with each node's
 * position where a layout computed ahead (id → [x, y]) has it.
 */
export function graphAnswer(
	graph: KnowledgeGraph,
	filter: ExploreFilter,
	positions?: ReadonlyMap<string, readonly [number, number]>
): GraphAnswer {
	const drawn = exploreGraph(graph, filter);
	return {
		nodes: drawn.nodes.map(({ id, label, category }) => {
			const at = positions?.get(id);
			return at ? [id, label, category, at[0], at[1]] : [id, label, category];
		}),
		edges: drawn.edges,
		total: { nodes: graph.order, edges: graph.size },
		positioned: positions !== undefined && drawn.nodes.every(({ id }) => positions.has(id))
	};
}
