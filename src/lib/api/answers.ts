/**
 * The shapes of the JSON API's answers, shared by the endpoints that send them and the browser
 * code that reads them (one definition, so the two cannot drift apart).
 */
import type { Comparison } from '../graph/compare';
import type { ManyComparison } from '../graph/compare-many';
import type { Gap } from '../graph/gap';
import type { MatchResult } from '../graph/match';
import type { NodeRolesAnswer } from '../graph/node-answer';
import type { RoleSummary } from '../graph/nodes';
import type { SimilarRole } from '../graph/similarity';
import type { SearchHit } from '../graph/search';
import type { NodeSummary, Source } from '../graph/types';

/** GET /api/compare/{a}/{b} */
export type CompareAnswer = Comparison;

/** GET /api/compare/{a}/{b}/{c}… (three to six roles): exact intersections, largest first. */
export type CompareManyAnswer = ManyComparison;

/**
 * GET /api/nodes/{id}: the node, the roles linking to it (each with its group and the link's
 * described fields), `count` of the `rated` roles with data on its category, the roles' `groups`
 * with counts, and `together`: the items most often needed with it, with `roles` and `lift`.
 * `limit=` (1–50, default 10) caps `together`; `group=` narrows all of it to one group of roles.
 */
export type NodeAnswer = NodeRolesAnswer;

/** GET /api/roles */
export interface RolesAnswer {
	roles: RoleSummary[];
}

/** GET /api/sources */
export interface SourcesAnswer {
	sources: Source[];
}

/** GET /api/search */
export interface SearchAnswer {
	results: SearchHit[];
}

/**
 * GET /api/graph: the graph /explore draws, compact. Nodes are [id, label, category, x?, y?]
 * (positions when the dataset has a layout computed ahead), edges [source index, target index,
 * 1 if hot].
 */
export interface GraphAnswer {
	nodes: [string, string, NodeSummary['category'], number?, number?][];
	edges: [number, number, 0 | 1][];
	/** Whether every node drawn has a position. */
	positioned: boolean;
	total: { nodes: number; edges: number };
}

/** Every error answer: `{ "error": { "message": "…" } }`. */
export interface ErrorAnswer {
	error: { message: string };
}

/** GET /api/similar/{id}: a role's closest roles, best first. */
export interface SimilarAnswer {
	role: { id: string; label: string };
	similar: SimilarRole[];
}

/** GET /api/gap/{from}/{to} */
export type GapAnswer = Gap;

/** GET /api/match */
export type MatchAnswer = MatchResult;
