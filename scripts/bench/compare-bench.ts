import { compareRoles } from '../../src/lib/graph/compare';
import type { KnowledgeGraph } from '../../src/lib/graph/types';
import { formatNs, race } from './measure';

/** The floor: split two prebuilt Sets three ways (shared, only A, only B). */
function partition(a: Set<string>, b: Set<string>) {
	const shared: string[] = [];
	const onlyA: string[] = [];
	const onlyB: string[] = [];
	for (const x of a) (b.has(x) ? shared : onlyA).push(x);
	for (const x of b) if (!a.has(x)) onlyB.push(x);
	return { shared, onlyA, onlyB };
}

/** The narrowest floor: only the intersection of two prebuilt Sets. */
function intersect(a: Set<string>, b: Set<string>) {
	const shared: string[] = [];
	for (const x of a) if (b.has(x)) shared.push(x);
	return shared;
}

function nonRoleNeighbours(graph: KnowledgeGraph, role: string): Set<string> {
	return new Set(
		graph.outNeighbors(role).filter((id) => graph.getNodeAttribute(id, 'category') !== 'role')
	);
}

export interface CompareBenchRow {
	graph: string;
	pairs: number;
	oursNs: number;
	partitionNs: number;
	intersectNs: number;
	ratioPartition: number;
	ratioIntersect: number;
}

/** Times compareRoles over the given role pairs against both Set floors of the same sizes. */
export function benchCompare(
	name: string,
	graph: KnowledgeGraph,
	pairs: [string, string][]
): CompareBenchRow {
	const sets = pairs.map(
		([a, b]) => [nonRoleNeighbours(graph, a), nonRoleNeighbours(graph, b)] as const
	);
	let i = 0;
	let j = 0;
	let k = 0;
	const ours = () => {
		const [a, b] = pairs[i++ % pairs.length]!;
		return compareRoles(graph, a, b);
	};
	const floor = () => {
		const [a, b] = sets[j++ % sets.length]!;
		return partition(a, b);
	};
	const narrow = () => {
		const [a, b] = sets[k++ % sets.length]!;
		return intersect(a, b);
	};
	const calls = Math.max(pairs.length * 4, 2000);
	const vsPartition = race(ours, floor, { calls });
	const vsIntersect = race(ours, narrow, { calls });
	const row = {
		graph: name,
		pairs: pairs.length,
		oursNs: vsPartition.ours,
		partitionNs: vsPartition.floor,
		intersectNs: vsIntersect.floor,
		ratioPartition: vsPartition.ratio,
		ratioIntersect: vsIntersect.ratio
	};
	console.log(
		`compareRoles · ${name} (${pairs.length} pairs): ${formatNs(row.oursNs)} per call; ` +
			`floor (3-way split of two prebuilt Sets) ${formatNs(row.partitionNs)} → ${row.ratioPartition.toFixed(2)}×; ` +
			`intersection only ${formatNs(row.intersectNs)} → ${row.ratioIntersect.toFixed(2)}×`
	);
	return row;
}
