import type { KnowledgeGraph } from './types';

const CHANGE_EVENTS = [
	'nodeAdded',
	'edgeAdded',
	'nodeDropped',
	'edgeDropped',
	'cleared',
	'edgesCleared',
	'attributesUpdated',
	'nodeAttributesUpdated',
	'edgeAttributesUpdated'
] as const;

/**
 * Memoises a value derived from a graph (an index, a search engine) and forgets it as soon as
 * the graph changes, so queries stay pure from the caller's point of view.
 */
export function derived<T>(build: (graph: KnowledgeGraph) => T): (graph: KnowledgeGraph) => T {
	const cache = new WeakMap<KnowledgeGraph, T>();
	return (graph) => {
		let value = cache.get(graph);
		if (value === undefined) {
			value = build(graph);
			cache.set(graph, value);
			const forget = () => {
				cache.delete(graph);
				for (const event of CHANGE_EVENTS) graph.removeListener(event, forget);
			};
			for (const event of CHANGE_EVENTS) graph.on(event, forget);
		}
		return value;
	};
}
