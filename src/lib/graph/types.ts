import type Graph from 'graphology';
import type { FieldDescription } from './fields';
import type { FamilyDescription } from './families';

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
	/**
	 * For a role: the categories its dataset rates for roles but has no data on for this one
	 * (O*NET has no skill ratings for some occupations). Nothing linked in such a category means
	 * "not known", not "not needed", so comparisons leave the category out.
	 */
	unrated?: Category[];
	/** Fields the dataset describes (its `fields` attribute, or a common one such as `jobZone`). */
	[field: string]: unknown;
}

/** Attributes of every edge: what it states and who says so. */
export interface EdgeAttributes {
	relation: Relation;
	/** Ids of the sources that state this edge; never empty. */
	sources: string[];
	note?: string;
	/**
	 * Fields the dataset describes (its `fields` attribute, or common ones: `importance`, `hot`,
	 * `inDemand`, `level`, `rank`; see fields.ts).
	 */
	[field: string]: unknown;
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
	/** What the extra attributes of its nodes and links are, and how to show and weigh them. */
	fields?: FieldDescription[];
	/** How its roles fall into families, if they do. */
	families?: FamilyDescription;
}

/** The typed graphology graph every query works on. */
export type KnowledgeGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** A node as queries return it. */
export interface NodeSummary {
	id: string;
	label: string;
	category: Category;
}
