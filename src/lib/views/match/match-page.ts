import { weightingWords } from '../../graph/answer-wording';
import type { DatasetInfo } from '../../graph/compare-page';
import { resolveEntries, splitEntries, type ResolvedEntry } from '../../graph/entries';
import { InvalidQueryError } from '../../graph/errors';
import { matchRoles, MAX_HAVE, type RoleMatch } from '../../graph/match';
import type { KnowledgeGraph } from '../../graph/types';
import { describeWeights } from '../../graph/weights';

/** What the page of the roles that fit someone shows. */
export interface MatchPageData {
	dataset: DatasetInfo;
	/** The list as the address keeps it: ids, or names as someone typed or pasted them. */
	entries: string[];
	/** The entries found, each with the node it stands for. */
	found: ResolvedEntry[];
	/** Entries that match nothing, as written: shown, not dropped. */
	unknown: string[];
	/** The roles that fit, best first. */
	results: RoleMatch[];
	/** How the dataset weighs requirements, in words. */
	weighting: string;
}

/** The longest entry the address may carry. */
const MAX_ENTRY = 200;

/**
 * The list an address carries: every `have=` value split at commas (as a pasted list is), blanks
 * and repeats left out. Throws InvalidQueryError when it is too long to match.
 */
export function matchEntries(url: URL): string[] {
	const entries = splitEntries(url.searchParams.getAll('have').join(','));
	if (entries.length > MAX_HAVE) {
		throw new InvalidQueryError(
			'have',
			`The list has ${entries.length} entries; ${MAX_HAVE} at most can be matched.`
		);
	}
	const long = entries.find((entry) => entry.length > MAX_ENTRY);
	if (long) {
		throw new InvalidQueryError(
			'have',
			`An entry of the list is ${long.length} characters long; the limit is ${MAX_ENTRY}.`
		);
	}
	return entries;
}

/**
 * Everything the match page shows, from one graph (the server's datasets, or a graph imported
 * into this browser): each entry found with the app's search (an id stands for its node, a
 * role for everything it needs), and the roles that fit what was found. The graph's search
 * index must be ready (prepareSearchAsync).
 */
export function matchPage(
	graph: KnowledgeGraph,
	dataset: DatasetInfo,
	entries: readonly string[]
): MatchPageData {
	const { found, unknown } = resolveEntries(graph, entries.join('\n'));
	const ids = found.map(({ node }) => node.id);
	return {
		dataset,
		entries: [...entries],
		found,
		unknown,
		results: ids.length === 0 ? [] : matchRoles(graph, ids).results,
		weighting: weightingWords(describeWeights(graph).attributes)
	};
}
