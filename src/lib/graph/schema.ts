import * as z from 'zod';
import { CATEGORIES, RELATIONS } from './types';

// In the browser (imported graphs are validated there), zod must not compile its parsers with
// `new Function`: the pages' Content-Security-Policy forbids eval, and even zod's probe for it
// is reported as a violation. The server keeps the faster compiled parsers.
if (typeof document !== 'undefined') z.config({ jitless: true });

/** Control characters other than tab and newline: never part of text a person wrote. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;

/** Text a person wrote: not blank, bounded, and free of control characters other than tab and newline. */
const text = (max: number) =>
	z
		.string()
		.min(1, 'must not be empty')
		.max(max)
		.regex(CONTROL, 'must not contain control characters')
		.refine((value) => value.trim() !== '', 'must not be blank');

/**
 * A node or source id: printable, no surrounding space, at most 200 characters. (One regex, not
 * several: this check runs for every node and edge end, so it is on the load path of big graphs.)
 */
export const idSchema = z
	.string()
	.min(1, 'must not be empty')
	.max(200)
	.regex(
		// eslint-disable-next-line no-control-regex -- matching control characters is the point
		/^[^\s\u0000-\u001f\u007f](?:[^\u0000-\u001f\u007f]*[^\s\u0000-\u001f\u007f])?$/,
		'must not start or end with spaces, nor contain control characters'
	);

export const categorySchema = z.enum(CATEGORIES, {
	error: (issue) =>
		`unknown category ${JSON.stringify(issue.input)}; use one of ${CATEGORIES.join(', ')}`
});

export const relationSchema = z.enum(RELATIONS, {
	error: (issue) =>
		`unknown relation ${JSON.stringify(issue.input)}; use one of ${RELATIONS.join(', ')}`
});

export const nodeAttributesSchema = z.strictObject({
	label: text(500),
	category: categorySchema,
	kind: text(100).optional(),
	description: text(5000).optional(),
	aliases: z.array(text(300)).max(5000).optional(),
	note: text(2000).optional(),
	code: text(100).optional(),
	jobZone: z.int().min(1).max(5).optional(),
	unrated: z.array(categorySchema).max(CATEGORIES.length).optional()
});

export const edgeAttributesSchema = z.strictObject({
	relation: relationSchema,
	sources: z.array(idSchema).min(1, 'must name at least one source'),
	note: text(2000).optional(),
	importance: z.number().min(0).max(7).optional(),
	hot: z.boolean().optional(),
	inDemand: z.boolean().optional(),
	rank: z.number().optional()
});

export const sourceSchema = z.strictObject({
	id: idSchema,
	title: text(300),
	/** A short name for citations in tight spots, e.g. "Article 1". */
	short: text(40).optional(),
	summary: text(5000),
	publisher: text(300).optional(),
	url: z.url({ protocol: /^https?$/ }).optional(),
	credit: text(1000).optional()
});

export const graphAttributesSchema = z.strictObject({
	id: idSchema,
	title: text(300),
	description: text(5000),
	sources: z.array(sourceSchema).min(1, 'must list at least one source'),
	defaultPair: z.tuple([idSchema, idSchema]).optional(),
	credit: text(1000).optional()
});

/** A whole graph in graphology's serialisation format, with rolegraph's attributes. */
export const serializedGraphSchema = z.object({
	attributes: graphAttributesSchema,
	options: z
		.object({
			type: z.literal('directed').optional(),
			multi: z.literal(false).optional(),
			allowSelfLoops: z.boolean().optional()
		})
		.optional(),
	nodes: z.array(z.object({ key: idSchema, attributes: nodeAttributesSchema })),
	edges: z.array(
		z.object({
			key: idSchema.optional(),
			source: idSchema,
			target: idSchema,
			attributes: edgeAttributesSchema,
			undirected: z.literal(false).optional()
		})
	)
});

/**
 * Bump when a check the JSON Schema form cannot show changes (a refinement): datasets validated
 * under an older revision are then validated again when loaded.
 */
export const SCHEMA_REVISION = 1;

export type SerializedKnowledgeGraph = z.infer<typeof serializedGraphSchema>;
export type SerializedNode = SerializedKnowledgeGraph['nodes'][number];
export type SerializedEdge = SerializedKnowledgeGraph['edges'][number];
