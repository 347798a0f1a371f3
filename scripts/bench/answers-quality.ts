/**
 * How good the closest roles are: recall@10 against O*NET's "Primary-Short" related
 * occupations (the yardstick: the measures never read links between roles), for the shipped
 * weights and for each signal alone or left out, so docs/ANSWERS.md can say what each adds.
 */
import { similarityIndex, type SimilarityIndex } from '../../src/lib/graph/similarity-index';
import { rankRoles, scoresFrom } from '../../src/lib/graph/similarity';
import type { KnowledgeGraph } from '../../src/lib/graph/types';
import { SIGNAL_WEIGHTS, type Signal } from '../../src/lib/graph/weights';

/** The tier of O*NET's related occupations the closest roles are measured against. */
const TIER = 'Primary-Short';

/** Each role's related occupations of the tier, by role number (roles without any left out). */
function yardstick(graph: KnowledgeGraph, index: SimilarityIndex): Map<number, Set<number>> {
	const related = new Map<number, Set<number>>();
	index.roles.forEach((id, role) => {
		const set = new Set<number>();
		graph.forEachOutEdge(id, (_edge, { relation, note }, _source, target) => {
			if (relation === 'relatedTo' && note?.includes(TIER)) set.add(index.roleOf.get(target)!);
		});
		if (set.size > 0) related.set(role, set);
	});
	return related;
}

/** Mean recall@k of the closest roles that `scores` ranks, over every role with related ones. */
function recallAt(
	graph: KnowledgeGraph,
	index: SimilarityIndex,
	related: Map<number, Set<number>>,
	scores: (role: number) => Float64Array,
	k = 10
): number {
	let sum = 0;
	for (const [role, truth] of related) {
		const top = rankRoles(index, graph, role, scores(role), k);
		sum += top.filter((other) => truth.has(other)).length / truth.size;
	}
	return sum / related.size;
}

/** The index with other signal weights (0 leaves a signal out). */
function reweighted(
	index: SimilarityIndex,
	weights: Partial<Record<Signal, number>>
): SimilarityIndex {
	const total = index.signals.reduce((sum, { signal }) => sum + (weights[signal] ?? 0), 0);
	return {
		...index,
		signals: index.signals.map((entry) => ({
			...entry,
			share: (weights[entry.signal] ?? 0) / total
		}))
	};
}

/** The baseline the issue names: cosine of O*NET skill importance alone. */
function skillImportanceScores(graph: KnowledgeGraph, index: SimilarityIndex) {
	const vectors = index.roles.map((id) => {
		const vector = new Map<string, number>();
		graph.forEachOutEdge(id, (_edge, { importance }, _source, target, _sa, { category }) => {
			if (category === 'skill' && typeof importance === 'number') vector.set(target, importance);
		});
		const norm = Math.hypot(...vector.values()) || 1;
		for (const [skill, value] of vector) vector.set(skill, value / norm);
		return vector;
	});
	return (role: number) =>
		Float64Array.from(vectors, (other) => {
			let dot = 0;
			for (const [skill, value] of vectors[role]!) dot += value * (other.get(skill) ?? 0);
			return dot;
		});
}

export interface QualityFigures {
	roles: number;
	recallAt10: number;
	variants: { variant: string; recallAt10: number }[];
}

/** recall@10 of the shipped measure and of its variants, on a graph with O*NET's related occupations. */
export function measureQuality(graph: KnowledgeGraph): QualityFigures {
	const index = similarityIndex(graph);
	const related = yardstick(graph, index);
	const recall = (weights: Partial<Record<Signal, number>>) => {
		const variant = reweighted(index, weights);
		return recallAt(graph, variant, related, (role) => scoresFrom(variant, role));
	};
	const shipped = recallAt(graph, index, related, (role) => scoresFrom(index, role));
	const without = (signal: Signal) => ({ ...SIGNAL_WEIGHTS, [signal]: 0 });
	const variants = [
		{
			variant: 'skill importance alone (cosine)',
			recallAt10: recallAt(graph, index, related, skillImportanceScores(graph, index))
		},
		{ variant: 'needs alone (weighted links × rarity)', recallAt10: recall({ needs: 1 }) },
		{ variant: 'description alone (TF-IDF)', recallAt10: recall({ description: 1 }) },
		{ variant: 'tasks alone (TF-IDF)', recallAt10: recall({ tasks: 1 }) },
		{
			variant: 'titles alone (label + alternate titles, TF-IDF)',
			recallAt10: recall({ titles: 1 })
		},
		{
			variant: 'all four, equal weights',
			recallAt10: recall({ needs: 1, titles: 1, tasks: 1, description: 1 })
		},
		{ variant: 'shipped weights without needs', recallAt10: recall(without('needs')) },
		{ variant: 'shipped weights without titles', recallAt10: recall(without('titles')) },
		{ variant: 'shipped weights without tasks', recallAt10: recall(without('tasks')) },
		{ variant: 'shipped weights without description', recallAt10: recall(without('description')) },
		{ variant: 'shipped: needs 1, titles 6, tasks 6, description 1', recallAt10: shipped }
	];
	return { roles: related.size, recallAt10: shipped, variants };
}
