import type Graph from 'graphology';

/** The kinds of node rolegraph knows, in the order views list them. */
export const CATEGORIES = [
	'role',
	'technology',
	'skill',
	'responsibility',
	'practice',
	'platform',
	'experience',
	'hiring'
] as const;

export type Category = (typeof CATEGORIES)[number];

/** Relations from a role to another node. Role-to-node relations follow from the target's category. */
export const RELATIONS = [
	'needs',
	'responsibleFor',
	'hireFor',
	'buildsFoundationFor',
	'relatedTo'
] as const;

export type Relation = (typeof RELATIONS)[number];

/** Relations that link two roles rather than a role to what it needs. */
export const ROLE_RELATIONS: readonly Relation[] = ['buildsFoundationFor', 'relatedTo'];

/** Attributes of every node of a knowledge graph. */
export interface NodeAttributes {
	label: string;
	category: Category;
	/** Finer type, e.g. a technology's "language" or "web server". */
	kind?: string;
	description?: string;
	/** Other names the same thing goes by (search finds them). */
	aliases?: string[];
	/** Why the data reads the sources the way it does, where they differ or are unclear. */
	note?: string;
	/** An outside identifier, e.g. an O*NET-SOC code. */
	code?: string;
	/** O*NET job zone, 1 (little preparation) to 5 (extensive). */
	jobZone?: number;
	/**
	 * For a role: the categories its dataset rates for roles but has no data on for this one
	 * (O*NET has no skill ratings for some occupations). Nothing linked in such a category means
	 * "not known", not "not needed", so comparisons leave the category out.
	 */
	unrated?: Category[];
}

/** Attributes of every edge: what it states and who says so. */
export interface EdgeAttributes {
	relation: Relation;
	/** Ids of the sources that state this edge; never empty. */
	sources: string[];
	note?: string;
	/** A rating the source gives the edge, e.g. O*NET skill importance (1–5). */
	importance?: number;
	/** O*NET: a technology employers often ask for. */
	hot?: boolean;
	/** O*NET: a technology in demand in job postings for this occupation. */
	inDemand?: boolean;
	/** Relatedness tier or index, where the source ranks a relation. */
	rank?: number;
	/** A level the data gives the link (0–100), e.g. a proficiency level from a skills matrix. */
	level?: number;
}

/** A source a fact comes from: an article, a database. */
export interface Source {
	id: string;
	title: string;
	/** A short name for citations in tight spots, e.g. "Article 1". */
	short?: string;
	/** What the source is and what it covers, in rolegraph's words. */
	summary: string;
	publisher?: string;
	url?: string;
	/** The credit line its licence asks for, shown wherever its data is. */
	credit?: string;
}

/** Attributes of a whole graph. */
export interface GraphAttributes {
	/** The dataset's id, e.g. "seed" or "onet". */
	id: string;
	title: string;
	description: string;
	sources: Source[];
	/** The two roles a first visit compares. */
	defaultPair?: [string, string];
	/** A one-line credit for the data, shown in views and exports. */
	credit?: string;
}

/** The typed graphology graph every query works on. */
export type KnowledgeGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** A node as queries return it. */
export interface NodeSummary {
	id: string;
	label: string;
	category: Category;
}
