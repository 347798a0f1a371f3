import { LineCounter, parseDocument, type Document } from 'yaml';
import * as z from 'zod';
import { GraphValidationError, type ValidationIssue } from './errors';
import { relationFor } from './relations';
import {
	edgeAttributesSchema,
	graphAttributesSchema,
	idSchema,
	nodeAttributesSchema,
	sourceSchema,
	type SerializedEdge,
	type SerializedKnowledgeGraph,
	type SerializedNode
} from './schema';
import type { Category } from './types';
import { validateSerializedGraph, type Locator } from './validate';

/** A text file of a dataset folder, with its path as messages should show it. */
export interface DataFile {
	path: string;
	text: string;
}

const datasetFileSchema = graphAttributesSchema.omit({ sources: true });
const sourcesFileSchema = z.strictObject({ sources: z.array(sourceSchema) });
const nodesFileSchema = z.strictObject({
	category: nodeAttributesSchema.shape.category,
	nodes: z.array(nodeAttributesSchema.omit({ category: true }).extend({ id: idSchema }).strict())
});
const edgesFileSchema = z.strictObject({
	role: idSchema.optional(),
	edges: z.array(
		edgeAttributesSchema
			.extend({
				from: idSchema.optional(),
				to: idSchema,
				relation: edgeAttributesSchema.shape.relation.optional()
			})
			.strict()
	)
});

type Kind = 'dataset' | 'sources' | 'nodes' | 'edges';

/** Which part of the layout a path is: dataset.yaml, sources.yaml, nodes/*.yaml, edges/*.yaml. */
function kindOf(path: string): Kind | undefined {
	const normal = path.replaceAll('\\', '/');
	if (/(^|\/)dataset\.ya?ml$/.test(normal)) return 'dataset';
	if (/(^|\/)sources\.ya?ml$/.test(normal)) return 'sources';
	if (/(^|\/)nodes\/[^/]+\.ya?ml$/.test(normal)) return 'nodes';
	if (/(^|\/)edges\/[^/]+\.ya?ml$/.test(normal)) return 'edges';
	return undefined;
}

interface ParsedFile {
	file: DataFile;
	doc: Document.Parsed;
	lines: LineCounter;
}

/** `path:line` of the deepest YAML node along a path, for messages that point into a file. */
function where(parsed: ParsedFile, path: readonly PropertyKey[]): string {
	for (let depth = path.length; depth >= 0; depth--) {
		const node = parsed.doc.getIn(path.slice(0, depth) as unknown[], true) as
			{ range?: [number, number, number] } | undefined;
		if (node && typeof node === 'object' && node.range) {
			return `${parsed.file.path}:${parsed.lines.linePos(node.range[0]).line}`;
		}
	}
	return parsed.file.path;
}

function zodIssues(parsed: ParsedFile, error: z.ZodError, raw: unknown): ValidationIssue[] {
	return error.issues.map((issue) => {
		// An issue inside a list entry (nodes[3].label) points at the entry; others at the field.
		const entry = typeof issue.path[1] === 'number' ? issue.path.slice(0, 2) : [];
		const id = entryId(raw, entry);
		const field = issue.path.slice(entry.length).join('.');
		return {
			where: where(parsed, entry.length > 0 ? entry : issue.path) + (id ? ` (id "${id}")` : ''),
			message: field ? `${field}: ${issue.message}` : issue.message
		};
	});
}

function entryId(raw: unknown, path: readonly PropertyKey[]): string | undefined {
	let value: unknown = raw;
	for (const key of path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
	const record = value as Record<string, unknown> | undefined;
	if (typeof record?.id === 'string') return record.id;
	if (typeof record?.to === 'string') return `→ ${record.to}`;
	return undefined;
}

/**
 * Reads a dataset folder's YAML files (dataset.yaml, sources.yaml, nodes/*.yaml, edges/*.yaml)
 * into one serialised graph, validated. Problems name the file, the line and the entry.
 */
export function assembleDataFiles(files: DataFile[]): SerializedKnowledgeGraph {
	const issues: ValidationIssue[] = [];
	const nodes: SerializedNode[] = [];
	const nodeWhere: string[] = [];
	const pendingEdges: {
		edge: Omit<SerializedEdge, 'attributes'> & {
			attributes: Omit<SerializedEdge['attributes'], 'relation'> & {
				relation?: SerializedEdge['attributes']['relation'];
			};
		};
		where: string;
	}[] = [];
	let dataset: z.infer<typeof datasetFileSchema> | undefined;
	let datasetWhere = 'dataset.yaml';
	const sources: z.infer<typeof sourceSchema>[] = [];

	for (const file of [...files].sort((x, y) => x.path.localeCompare(y.path))) {
		const kind = kindOf(file.path);
		if (!kind) continue;
		const lines = new LineCounter();
		const doc = parseDocument(file.text, {
			lineCounter: lines,
			uniqueKeys: true,
			prettyErrors: false
		});
		const parsed: ParsedFile = { file, doc, lines };
		if (doc.errors.length > 0) {
			for (const error of doc.errors) {
				const { line, col } = lines.linePos(error.pos[0]);
				issues.push({
					where: `${file.path}:${line}:${col}`,
					message: `not valid YAML: ${error.message.split('\n')[0]}`
				});
			}
			continue;
		}
		const raw: unknown = doc.toJS();
		if (kind === 'dataset') {
			const result = datasetFileSchema.safeParse(raw);
			if (!result.success) issues.push(...zodIssues(parsed, result.error, raw));
			else if (dataset)
				issues.push({
					where: file.path,
					message: `a second dataset file (the first is ${datasetWhere})`
				});
			else {
				dataset = result.data;
				datasetWhere = file.path;
			}
		} else if (kind === 'sources') {
			const result = sourcesFileSchema.safeParse(raw);
			if (!result.success) issues.push(...zodIssues(parsed, result.error, raw));
			else sources.push(...result.data.sources);
		} else if (kind === 'nodes') {
			const result = nodesFileSchema.safeParse(raw);
			if (!result.success) {
				issues.push(...zodIssues(parsed, result.error, raw));
				continue;
			}
			result.data.nodes.forEach(({ id, ...attributes }, index) => {
				nodes.push({ key: id, attributes: { ...attributes, category: result.data.category } });
				nodeWhere.push(where(parsed, ['nodes', index]));
			});
		} else {
			const result = edgesFileSchema.safeParse(raw);
			if (!result.success) {
				issues.push(...zodIssues(parsed, result.error, raw));
				continue;
			}
			result.data.edges.forEach(({ from, to, ...attributes }, index) => {
				const entryWhere = where(parsed, ['edges', index]);
				const source = from ?? result.data.role;
				if (!source) {
					issues.push({
						where: `${entryWhere} (→ ${to})`,
						message: 'no "from", and the file names no "role"'
					});
					return;
				}
				pendingEdges.push({ edge: { source, target: to, attributes }, where: entryWhere });
			});
		}
	}
	if (!dataset) issues.push({ where: 'dataset.yaml', message: 'the dataset file is missing' });
	if (issues.length > 0 || !dataset) throw new GraphValidationError(issues);

	const categories = new Map<string, Category>(
		nodes.map((node) => [node.key, node.attributes.category])
	);
	const edges: SerializedEdge[] = [];
	const edgeWhere: string[] = [];
	for (const { edge, where: entryWhere } of pendingEdges) {
		const target = categories.get(edge.target);
		let relation = edge.attributes.relation;
		if (!relation && target === 'role') {
			issues.push({
				where: `${entryWhere} (${edge.source} → ${edge.target})`,
				message: 'two roles need a relation: buildsFoundationFor or relatedTo'
			});
			continue;
		}
		relation ??= target ? relationFor(target) : 'needs';
		edges.push({
			...edge,
			attributes: { ...edge.attributes, relation } as SerializedEdge['attributes']
		});
		edgeWhere.push(entryWhere);
	}
	if (issues.length > 0) throw new GraphValidationError(issues);

	const locate: Locator = {
		graph: () => datasetWhere,
		node: (index) => nodeWhere[index] ?? `nodes[${index}]`,
		edge: (index) => edgeWhere[index] ?? `edges[${index}]`
	};
	return validateSerializedGraph({ attributes: { ...dataset, sources }, nodes, edges }, locate);
}
