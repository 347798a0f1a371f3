import Graph from 'graphology';

/**
 * graphology 0.26 keeps each node's neighbours in plain objects (`{}`), keyed by the neighbour's
 * id. A node named after a member of Object.prototype (`constructor`, `toString`, `__proto__`,
 * `hasOwnProperty`…) then collides with the inherited member: adding a link to it fails with "an
 * edge linking r1 to constructor already exists", and lookups find the member instead of a link.
 * Upstream still does this (graphology src/graphology/src/data.js), so rolegraph gives those
 * indexes no prototype, once, for every graph, and answers the three `has…Edge(source, target)`
 * questions that called `.hasOwnProperty` on them. Every graph in rolegraph is made from the
 * `Graph` exported here.
 */

type Index = Record<string, unknown>;
interface NodeData {
	in?: Index;
	out?: Index;
	undirected?: Index;
	clear(): void;
}
interface Internals {
	type: 'directed' | 'undirected' | 'mixed';
	_nodes: Map<string, NodeData>;
}

const INDEXES = ['in', 'out', 'undirected'] as const;
const hasOwn = (index: Index | undefined, key: unknown) =>
	index !== undefined && Object.prototype.hasOwnProperty.call(index, String(key));

function patchNodeData(type: Internals['type']): void {
	const probe = new Graph({ type });
	probe.addNode('probe');
	const data = (probe as unknown as Internals)._nodes.get('probe')!;
	const prototype = Object.getPrototypeOf(data) as NodeData & { rolegraphPatched?: true };
	if (prototype.rolegraphPatched) return;
	const clear = prototype.clear;
	prototype.clear = function (this: NodeData) {
		clear.call(this);
		for (const name of INDEXES) if (this[name]) this[name] = Object.create(null) as Index;
	};
	prototype.rolegraphPatched = true;
}

type EdgeQuestion = (this: Internals, ...args: unknown[]) => boolean;

/** Replaces the two-argument form of a `has…Edge` method; the one-argument form is unchanged. */
function patchEdgeQuestion(
	name: 'hasEdge' | 'hasDirectedEdge' | 'hasUndirectedEdge',
	answer: (graph: Internals, data: NodeData, target: unknown) => boolean
): void {
	const prototype = Graph.prototype as unknown as Record<string, EdgeQuestion>;
	const original = prototype[name]!;
	prototype[name] = function (this: Internals, ...args: unknown[]) {
		if (args.length !== 2) return original.apply(this, args);
		const data = this._nodes.get(String(args[0]));
		return data !== undefined && answer(this, data, args[1]);
	};
}

if (!(Graph.prototype as unknown as { rolegraphPatched?: true }).rolegraphPatched) {
	for (const type of ['directed', 'undirected', 'mixed'] as const) patchNodeData(type);
	patchEdgeQuestion(
		'hasDirectedEdge',
		(graph, data, target) => graph.type !== 'undirected' && hasOwn(data.out, target)
	);
	patchEdgeQuestion(
		'hasUndirectedEdge',
		(graph, data, target) => graph.type !== 'directed' && hasOwn(data.undirected, target)
	);
	patchEdgeQuestion(
		'hasEdge',
		(_graph, data, target) => hasOwn(data.out, target) || hasOwn(data.undirected, target)
	);
	(Graph.prototype as unknown as { rolegraphPatched?: true }).rolegraphPatched = true;
}

export { Graph };
