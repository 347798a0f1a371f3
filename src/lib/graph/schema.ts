import * as z from 'zod';
import { CATEGORIES, RELATIONS } from './types';

// In the browser and its import worker (imported graphs are validated there), zod must not
// compile its parsers with `new Function`: the Content-Security-Policy forbids eval, and even
// zod's probe for it is reported as a violation. Node (the server) keeps the faster compiled parsers.
if (
	typeof document !== 'undefined' ||
	(globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node ===
		undefined
) {
	z.config({ jitless: true });
}

/**
 * The characters no text of rolegraph may hold: control characters other than tab, newline and
 * carriage return (and DEL), U+FFFE, U+FFFF and lone surrogates — the characters XML cannot
 * carry, so that every graph rolegraph accepts can be written as GEXF or GraphML and read back.
 * (With the `u` flag a lone surrogate matches `\ud800-\udfff`; a pair is one character above it.)
 */
const FORBIDDEN =
	'\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f\\ufffe\\uffff\\ud800-\\udfff';
const FORBIDDEN_ONE = new RegExp(`[${FORBIDDEN}]`, 'u');

/** What is wrong with a value holding a forbidden character, naming it by code point (U+FFFE). */
export function forbiddenCharacter(value: unknown): string | undefined {
	const found = typeof value === 'string' ? FORBIDDEN_ONE.exec(value)?.[0] : undefined;
	if (found === undefined) return undefined;
	const code = found.codePointAt(0)!;
	const point = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
	return code >= 0xd800
		? `contains ${point}, a character XML cannot carry`
		: `contains the control character ${point}`;
}

/** Text a person wrote: not blank, bounded, and free of the forbidden characters. */
const text = (max: number) =>
	z
		.string()
		.min(1, 'must not be empty')
		.max(max)
		.regex(new RegExp(`^[^${FORBIDDEN}]*$`, 'u'), {
			error: (issue) => forbiddenCharacter(issue.input)
		})
		.refine((value) => value.trim() !== '', 'must not be blank');

/**
 * A node or source id: printable, no surrounding space, no forbidden character, at most 200
 * characters. (One regex, not several: this check runs for every node and edge end, so it is on
 * the load path of big graphs.)
 */
export const idSchema = z
	.string()
	.min(1, 'must not be empty')
	.max(200)
	.regex(
		new RegExp(
			`^[^\\s${FORBIDDEN}\\t\\n\\r](?:[^${FORBIDDEN}\\t\\n\\r]*[^\\s${FORBIDDEN}])?$`,
			'u'
		),
		{
			error: (issue) =>
				forbiddenCharacter(issue.input) ??
				(/[\t\n\r]/.test(String(issue.input))
					? 'must not contain tabs or line breaks'
					: 'must not start or end with spaces')
		}
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
	unrated: z.array(categorySchema).max(CATEGORIES.length).optional()
});

export const edgeAttributesSchema = z.strictObject({
	relation: relationSchema,
	sources: z.array(idSchema).min(1, 'must name at least one source'),
	note: text(2000).optional()
});

/**
 * The value of an attribute beyond rolegraph's own: checked here for its kind, and against the
 * dataset's description of it (its type and range, fields.ts) by the reference checks.
 */
export const fieldValueSchema = z.union([text(500), z.number().finite(), z.boolean()]);

/**
 * A node's attributes: rolegraph's own, and the fields the dataset describes (any other name is
 * kept here, and checked against the descriptions by the reference checks).
 */
export const nodeWithFieldsSchema = nodeAttributesSchema.loose();

/** A link's attributes: rolegraph's own, and the fields the dataset describes. */
export const edgeWithFieldsSchema = edgeAttributesSchema.loose();

/** A dataset's description of an extra attribute (see FieldDescription in fields.ts). */
export const fieldDescriptionSchema = z.strictObject({
	name: z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, 'must be a simple attribute name'),
	on: z.enum(['node', 'link']),
	type: z.enum(['number', 'boolean', 'string']),
	label: text(60),
	meaning: text(500),
	range: z.tuple([z.number().finite(), z.number().finite()]).optional(),
	show: z.enum(['flag', 'value', 'none']).optional(),
	mark: text(40).optional(),
	order: z.int().min(0).max(100).optional(),
	legend: text(80).optional(),
	weight: z.number().min(0).max(10).optional(),
	says: text(120).optional()
});

/** How a dataset groups its roles into families (see families.ts). */
export const familyDescriptionSchema = z.strictObject({
	label: text(60),
	from: z.enum(['code', 'id']),
	prefix: z.int().min(1).max(20),
	names: z.record(z.string().max(20), text(200)),
	default: z.string().max(20).optional()
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
	credit: text(1000).optional(),
	fields: z.array(fieldDescriptionSchema).max(100).optional(),
	families: familyDescriptionSchema.optional()
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
	nodes: z.array(z.object({ key: idSchema, attributes: nodeWithFieldsSchema })),
	edges: z.array(
		z.object({
			key: idSchema.optional(),
			source: idSchema,
			target: idSchema,
			attributes: edgeWithFieldsSchema,
			undirected: z.literal(false).optional()
		})
	)
});

/**
 * Bump when a check the JSON Schema form cannot show changes (a refinement): datasets validated
 * under an older revision are then validated again when loaded.
 */
export const SCHEMA_REVISION = 3;

export type SerializedKnowledgeGraph = z.infer<typeof serializedGraphSchema>;
export type SerializedNode = SerializedKnowledgeGraph['nodes'][number];
export type SerializedEdge = SerializedKnowledgeGraph['edges'][number];
