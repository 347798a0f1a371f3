import { Graph } from './graphology';
import { compareRoles, type CompareOptions } from './compare';
import { compareMany } from './compare-many';
import { relationsAmong } from './compare-many-page';
import { nodeAttributes, roleRelations } from './nodes';
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from './types';

/**
 * Which part of a graph a view shows: a comparison of two roles or of several (up to six), one
 * node's neighbourhood, or all of it.
 */
export type ViewSpec =
	| { kind: 'compare'; a: string; b: string; options?: CompareOptions }
	| { kind: 'compareMany'; roles: readonly string[]; options?: CompareOptions }
	| { kind: 'node'; id: string }
	| { kind: 'whole' };

function emptyLike(graph: KnowledgeGraph, attributes: Partial<GraphAttributes>): KnowledgeGraph {
	const view: KnowledgeGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({
		type: 'directed',
		multi: false,
		allowSelfLoops: false
	});
	view.replaceAttributes({ ...graph.getAttributes(), ...attributes });
	return view;
}

function copyNode(from: KnowledgeGraph, to: KnowledgeGraph, id: string): void {
	if (!to.hasNode(id)) to.addNode(id, { ...from.getNodeAttributes(id) });
}

/** The title a view carries into exports: "A vs B (vs C…)", a node's label, or the dataset's title. */
export function viewTitle(graph: KnowledgeGraph, spec: ViewSpec): string {
	if (spec.kind === 'compareMany') {
		return spec.roles.map((role) => nodeAttributes(graph, role).label).join(' vs ');
	}
	if (spec.kind === 'compare') {
		return `${nodeAttributes(graph, spec.a).label} vs ${nodeAttributes(graph, spec.b).label}`;
	}
	if (spec.kind === 'node') return nodeAttributes(graph, spec.id).label;
	return graph.getAttribute('title');
}

/**
 * The part of a graph a view shows, as a graph of its own (a copy: the original is untouched).
 * A comparison keeps the two roles, the nodes compared (after filters), the links behind them
 * with the sources that passed the filter, and the relations between the two roles.
 */
export function viewGraph(graph: KnowledgeGraph, spec: ViewSpec): KnowledgeGraph {
	if (spec.kind === 'whole') return graph.copy() as KnowledgeGraph;
	const title = viewTitle(graph, spec);
	if (spec.kind === 'node') {
		const view = emptyLike(graph, { title, defaultPair: undefined });
		copyNode(graph, view, spec.id);
		graph.forEachEdge(spec.id, (edge, attributes, source, target) => {
			copyNode(graph, view, source);
			copyNode(graph, view, target);
			view.addEdgeWithKey(edge, source, target, { ...attributes });
		});
		dropUndefined(view);
		return view;
	}
	if (spec.kind === 'compareMany') return manyViewGraph(graph, spec.roles, spec.options, title);
	const { a, b } = spec;
	const comparison = compareRoles(graph, a, b, spec.options);
	const view = emptyLike(graph, { title, defaultPair: [a, b] });
	dropUndefined(view);
	copyNode(graph, view, a);
	copyNode(graph, view, b);
	for (const item of [...comparison.onlyA, ...comparison.shared, ...comparison.onlyB]) {
		copyNode(graph, view, item.id);
		for (const [role, sources] of Object.entries(item.sources)) {
			const edge = graph.edge(role, item.id)!;
			view.addEdgeWithKey(edge, role, item.id, {
				...graph.getEdgeAttributes(edge),
				sources: [...sources]
			});
		}
	}
	for (const { source, target } of roleRelations(graph, a, b)) {
		const edge = graph.edge(source, target)!;
		view.addEdgeWithKey(edge, source, target, { ...graph.getEdgeAttributes(edge) });
	}
	return view;
}

/**
 * A comparison of several roles as a graph: the roles, every node of every zone (after filters),
 * the links behind them with the sources that passed the filter, and the relations among the roles.
 */
function manyViewGraph(
	graph: KnowledgeGraph,
	roles: readonly string[],
	options: CompareOptions | undefined,
	title: string
): KnowledgeGraph {
	const comparison = compareMany(graph, roles, options);
	const view = emptyLike(graph, { title, defaultPair: [roles[0]!, roles[1]!] });
	dropUndefined(view);
	for (const role of roles) copyNode(graph, view, role);
	for (const zone of comparison.zones) {
		for (const item of zone.items) {
			copyNode(graph, view, item.id);
			for (const [role, sources] of Object.entries(item.sources)) {
				const edge = graph.edge(role, item.id)!;
				view.addEdgeWithKey(edge, role, item.id, {
					...graph.getEdgeAttributes(edge),
					sources: [...sources]
				});
			}
		}
	}
	for (const { source, target } of relationsAmong(graph, roles)) {
		const edge = graph.edge(source, target)!;
		view.addEdgeWithKey(edge, source, target, { ...graph.getEdgeAttributes(edge) });
	}
	return view;
}

/** Removes graph attributes set to undefined, so exports and equality checks see none. */
function dropUndefined(view: KnowledgeGraph): void {
	for (const [key, value] of Object.entries(view.getAttributes())) {
		if (value === undefined) view.removeAttribute(key as keyof GraphAttributes);
	}
}
