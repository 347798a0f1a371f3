import { compareRoles, type CompareItem, type Comparison } from '../../graph/compare';
import type { DatasetInfo } from '../../graph/compare-page';
import { skillGap, type Gap } from '../../graph/gap';
import { roleRelations, type RoleRelationLink } from '../../graph/nodes';
import type { KnowledgeGraph, Source } from '../../graph/types';
import { describeWeights } from '../../graph/weights';
import { weightingWords } from '../../graph/answer-wording';

/** What the page of the way from one role to another shows. */
export interface GapPageData {
	dataset: DatasetInfo;
	gap: Gap;
	/** What only the starting role needs: left behind (drawn, set aside). */
	leftBehind: CompareItem[];
	/** The categories the data has nothing on, per role (left out of what to learn). */
	missing: Comparison['missing'];
	relations: RoleRelationLink[];
	sources: Source[];
	/** How the dataset weighs requirements, in words ("weighted by importance, …"). */
	weighting: string;
}

/**
 * Everything the gap page shows, from one graph: the server answers it for its datasets, the
 * browser for graphs imported into it (the same core code). Throws UnknownNodeError /
 * NotARoleError for bad ids.
 */
export function gapPage(
	graph: KnowledgeGraph,
	dataset: DatasetInfo,
	from: string,
	to: string
): GapPageData {
	const gap = skillGap(graph, from, to);
	const comparison = compareRoles(graph, from, to);
	return {
		dataset,
		gap,
		leftBehind: comparison.onlyA,
		missing: comparison.missing,
		relations: roleRelations(graph, from, to),
		sources: graph.getAttribute('sources'),
		weighting: weightingWords(describeWeights(graph).attributes)
	};
}
