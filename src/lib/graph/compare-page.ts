import { compareRoles } from './compare';
import { UnknownNodeError } from './errors';
import { categoriesOf, nodeResponse, roleOptions, roleRelations } from './nodes';
import type { FamilyDescription } from './families';
import { graphFields, type FieldDescription } from './fields';
import { summariseComparison } from './summary';
import type { KnowledgeGraph } from './types';

/** Above this many roles, the role pickers search instead of listing. */
export const MAX_ROLE_OPTIONS = 50;

/** What pages show of the dataset they draw from. */
export interface DatasetInfo {
	id: string;
	title: string;
	credit?: string;
	/** The server's default dataset (its links carry no `dataset=`). */
	isDefault: boolean;
	/** The extra attributes its nodes and links carry, described: views show and sort by them. */
	fields: FieldDescription[];
	/** How its roles fall into families, if they do. */
	families?: FamilyDescription;
}

/** A dataset's description for pages, from its graph. */
export function datasetInfo(graph: KnowledgeGraph, id: string, isDefault = false): DatasetInfo {
	const families = graph.getAttribute('families');
	return {
		id,
		title: graph.getAttribute('title'),
		credit: graph.getAttribute('credit'),
		isDefault,
		fields: graphFields(graph),
		...(families ? { families } : {})
	};
}

/** The node a `?node=` asks for, with its roles; or what is wrong with the id. */
export function selectedNode(graph: KnowledgeGraph, id: string | undefined) {
	if (id === undefined) return { details: null, error: null };
	try {
		return { details: nodeResponse(graph, id), error: null };
	} catch (error) {
		if (error instanceof UnknownNodeError) return { details: null, error: error.message };
		throw error;
	}
}

/** What a comparison page asks for: the two roles (or the dataset's default pair), filters, a selected node. */
export interface ComparisonRequest {
	pair?: { a: string; b: string };
	categories: string[];
	sources: string[];
	node?: string;
}

/**
 * Everything a comparison page shows: the comparison, the roles to pick from, filters, selection.
 * The server answers it for its datasets; the browser, for graphs imported into it.
 */
export function comparisonPage(
	graph: KnowledgeGraph,
	dataset: DatasetInfo,
	{ pair, categories, sources, node }: ComparisonRequest
) {
	const [a, b] = pair ? [pair.a, pair.b] : (graph.getAttribute('defaultPair') ?? firstTwo(graph));
	return {
		dataset,
		comparison: compareRoles(graph, a, b, { categories, sources }),
		/** The comparison in a few sentences (of the whole pair, whatever the filters). */
		summary: summariseComparison(graph, a, b).sentences,
		relations: roleRelations(graph, a, b),
		// A few roles fit a drop-down; hundreds are picked by searching (and not sent with the page).
		roles: roleOptions(graph).length <= MAX_ROLE_OPTIONS ? roleOptions(graph) : [],
		sources: graph.getAttribute('sources'),
		categories: categoriesOf(graph),
		filters: { categories, sources },
		selected: selectedNode(graph, node)
	};
}

function firstTwo(graph: KnowledgeGraph): [string, string] {
	const roles = roleOptions(graph);
	const first = roles[0]?.id ?? '';
	return [first, roles[1]?.id ?? first];
}

/** The data of a comparison page. */
export type ComparePageData = ReturnType<typeof comparisonPage>;
