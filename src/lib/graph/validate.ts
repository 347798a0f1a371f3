import type * as z from 'zod';
import { GraphValidationError, type ValidationIssue } from './errors';
import { isRoleRelation, relationFor } from './relations';
import { fieldValueSchema, serializedGraphSchema, type SerializedKnowledgeGraph } from './schema';
import {
	commonField,
	CORE_LINK_ATTRIBUTES,
	CORE_NODE_ATTRIBUTES,
	type FieldDescription
} from './fields';
import type { Category } from './types';

/** Says where an element of the data lives, for error messages (a file and line, or an index). */
export interface Locator {
	graph(): string;
	node(index: number): string;
	edge(index: number): string;
}

/** Names elements by their position in the serialised graph. */
export const indexLocator: Locator = {
	graph: () => 'graph attributes',
	node: (index) => `nodes[${index}]`,
	edge: (index) => `edges[${index}]`
};

/**
 * Checks a serialised knowledge graph against the schema and its own references: unique ids,
 * edges between known nodes, known sources, relations that fit the categories. Returns the
 * parsed graph, or throws a GraphValidationError listing every problem with where it is.
 */
export function validateSerializedGraph(
	input: unknown,
	locate: Locator = indexLocator
): SerializedKnowledgeGraph {
	const parsed = serializedGraphSchema.safeParse(input);
	if (!parsed.success) throw new GraphValidationError(schemaIssues(parsed.error, input, locate));
	return checkReferences(parsed.data, locate);
}

/**
 * The reference checks alone (unique ids, known nodes and sources, fitting relations), for data
 * already known to match the schema: a table dataset whose bytes are exactly those that passed
 * validateSerializedGraph at import (checked by checksum, with the same schema fingerprint).
 */
export function checkReferences(
	data: SerializedKnowledgeGraph,
	locate: Locator = indexLocator
): SerializedKnowledgeGraph {
	const issues = referenceIssues(data, locate);
	if (issues.length > 0) throw new GraphValidationError(issues);
	return data;
}

function schemaIssues(error: z.ZodError, input: unknown, locate: Locator): ValidationIssue[] {
	return error.issues.map((issue) => {
		const [section, index, ...rest] = issue.path;
		let where = locate.graph();
		let field = issue.path.join('.');
		if ((section === 'nodes' || section === 'edges') && typeof index === 'number') {
			where = section === 'nodes' ? locate.node(index) : locate.edge(index);
			where += describeElement(input, section, index);
			field = rest.join('.');
		}
		return { where, message: field ? `${field}: ${issue.message}` : issue.message };
	});
}

/** ` (id "x")` or ` (a → b)` when the raw element carries them, to help find it. */
function describeElement(input: unknown, section: 'nodes' | 'edges', index: number): string {
	const list = (input as Record<string, unknown> | null)?.[section];
	const element = Array.isArray(list) ? (list[index] as Record<string, unknown> | null) : null;
	if (!element || typeof element !== 'object') return '';
	if (section === 'nodes' && typeof element.key === 'string') return ` (id "${element.key}")`;
	if (typeof element.source === 'string' && typeof element.target === 'string') {
		return ` (${element.source} → ${element.target})`;
	}
	return '';
}

function referenceIssues(data: SerializedKnowledgeGraph, locate: Locator): ValidationIssue[] {
	const issues: ValidationIssue[] = [];
	const fields = fieldChecker(data.attributes.fields ?? []);
	for (const message of fields.declarationProblems()) {
		issues.push({ where: locate.graph(), message });
	}
	const categories = new Map<string, Category>();
	const firstSeen = new Map<string, number>();
	data.nodes.forEach((node, index) => {
		const earlier = firstSeen.get(node.key);
		if (earlier !== undefined) {
			issues.push({
				where: `${locate.node(index)} (id "${node.key}")`,
				message: `duplicate id "${node.key}", already used at ${locate.node(earlier)}`
			});
			return;
		}
		firstSeen.set(node.key, index);
		categories.set(node.key, node.attributes.category);
		if (node.attributes.unrated && node.attributes.category !== 'role') {
			issues.push({
				where: `${locate.node(index)} (id "${node.key}")`,
				message: `unrated: only a role can lack a category's data, not a ${node.attributes.category}`
			});
		}
		for (const message of fields.problems(node.attributes, 'node')) {
			issues.push({ where: `${locate.node(index)} (id "${node.key}")`, message });
		}
	});

	const sourceIds = new Set<string>();
	for (const source of data.attributes.sources) {
		if (sourceIds.has(source.id)) {
			issues.push({ where: locate.graph(), message: `duplicate source id "${source.id}"` });
		}
		sourceIds.add(source.id);
	}

	const edgeKeys = new Set<string>();
	data.edges.forEach((edge, index) => {
		const where = `${locate.edge(index)} (${edge.source} → ${edge.target})`;
		const problem = edgeProblem(edge, categories, sourceIds);
		if (problem) issues.push({ where, message: problem });
		for (const message of fields.problems(edge.attributes, 'link')) issues.push({ where, message });
		const pair = `${edge.source}\u0000${edge.target}`;
		if (edgeKeys.has(pair)) issues.push({ where, message: 'duplicate edge between these nodes' });
		edgeKeys.add(pair);
	});

	for (const id of data.attributes.defaultPair ?? []) {
		const category = categories.get(id);
		if (category !== 'role') {
			issues.push({
				where: locate.graph(),
				message: `defaultPair names "${id}", which is ${category ? `a ${category}` : 'no node'}, not a role`
			});
		}
	}
	return issues;
}

function edgeProblem(
	edge: SerializedKnowledgeGraph['edges'][number],
	categories: Map<string, Category>,
	sourceIds: Set<string>
): string | undefined {
	const from = categories.get(edge.source);
	const to = categories.get(edge.target);
	if (!from) return `unknown node "${edge.source}" (dangling reference)`;
	if (!to) return `unknown node "${edge.target}" (dangling reference)`;
	if (edge.source === edge.target) return 'an edge cannot link a node to itself';
	if (from !== 'role') return `edges start at a role, but "${edge.source}" is a ${from}`;
	const unknown = edge.attributes.sources.filter((id) => !sourceIds.has(id));
	if (unknown.length > 0) return `unknown source ${unknown.map((id) => `"${id}"`).join(', ')}`;
	const { relation } = edge.attributes;
	if (to === 'role') {
		return isRoleRelation(relation)
			? undefined
			: `relation "${relation}" does not link two roles; use buildsFoundationFor or relatedTo`;
	}
	const expected = relationFor(to);
	return relation === expected
		? undefined
		: `relation must be "${expected}" for a ${to}, not "${relation}"`;
}

/**
 * Checks attributes beyond rolegraph's own against the dataset's descriptions of them (or the
 * common descriptions, fields.ts): each must be described, of the described type, and within the
 * described range.
 */
function fieldChecker(declared: readonly FieldDescription[]) {
	const known = new Map<string, FieldDescription | undefined>();
	const describe = (name: string, on: 'node' | 'link') => {
		const key = `${on}:${name}`;
		if (!known.has(key)) {
			known.set(
				key,
				declared.find((field) => field.name === name && field.on === on) ?? commonField(name, on)
			);
		}
		return known.get(key);
	};
	return {
		/** Descriptions that would shadow rolegraph's own attributes, or are given twice. */
		declarationProblems(): string[] {
			const problems: string[] = [];
			const seen = new Set<string>();
			for (const field of declared) {
				const core = field.on === 'node' ? CORE_NODE_ATTRIBUTES : CORE_LINK_ATTRIBUTES;
				if (core.has(field.name)) {
					problems.push(`fields: "${field.name}" is one of rolegraph's own ${field.on} attributes`);
				}
				const key = `${field.on}:${field.name}`;
				if (seen.has(key))
					problems.push(`fields: "${field.name}" (${field.on}) is described twice`);
				seen.add(key);
				if (field.range && field.range[0] > field.range[1]) {
					problems.push(`fields: the range of "${field.name}" runs backwards`);
				}
			}
			return problems;
		},
		problems(attributes: Record<string, unknown>, on: 'node' | 'link'): string[] {
			const core = on === 'node' ? CORE_NODE_ATTRIBUTES : CORE_LINK_ATTRIBUTES;
			const problems: string[] = [];
			for (const [name, value] of Object.entries(attributes)) {
				if (core.has(name) || value === undefined) continue;
				const field = describe(name, on);
				const kind = fieldValueSchema.safeParse(value);
				if (!kind.success) {
					problems.push(
						`${name}: ${kind.error.issues[0]?.message ?? 'not a text, number or yes/no'}`
					);
				} else if (!field) {
					problems.push(
						`${name}: no ${on} field of this name is described (the dataset's "fields" says what each extra attribute is)`
					);
				} else if (typeof value !== field.type) {
					problems.push(`${name}: must be a ${field.type}, not ${JSON.stringify(value)}`);
				} else if (
					field.range &&
					typeof value === 'number' &&
					(value < field.range[0] || value > field.range[1])
				) {
					problems.push(
						`${name}: ${value} is outside its range, ${field.range[0]} to ${field.range[1]}`
					);
				}
			}
			return problems;
		}
	};
}
