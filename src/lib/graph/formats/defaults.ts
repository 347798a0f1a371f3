import { COMMON_FIELDS } from '../fields';
import { relationFor } from '../relations';
import { edgeAttributesSchema, graphAttributesSchema, nodeAttributesSchema } from '../schema';
import { CATEGORIES, type Category, type Relation } from '../types';

/** The source links that name none cite: the file itself. */
export const FILE_SOURCE = 'file';

/** The relation a link to a node of this category has when the file does not say. */
export function defaultRelation(category: unknown): Relation | string {
	if (category === 'role') return 'relatedTo';
	return CATEGORIES.includes(category as Category) ? relationFor(category as Category) : 'needs';
}

const KNOWN = {
	graph: Object.keys(graphAttributesSchema.shape),
	node: Object.keys(nodeAttributesSchema.shape),
	edge: Object.keys(edgeAttributesSchema.shape)
};

/**
 * The attributes of nodes and links a file's graph keeps: rolegraph's own, the fields the file
 * describes (its graph's `fields`), and the common ones (fields.ts).
 */
function knownAttributes(declared: unknown): { node: string[]; edge: string[] } {
	const described = Array.isArray(declared) ? declared.filter(isRecord) : [];
	const names = (on: 'node' | 'link') => [
		...described.filter((field) => field.on === on).map((field) => String(field.name)),
		...COMMON_FIELDS.filter((field) => field.on === on).map((field) => field.name)
	];
	return { node: [...KNOWN.node, ...names('node')], edge: [...KNOWN.edge, ...names('link')] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Drops the attributes rolegraph does not know, counting them by name. */
function dropUnknown(
	attributes: Record<string, unknown>,
	known: string[],
	dropped: Map<string, number>
): void {
	for (const name of Object.keys(attributes)) {
		if (known.includes(name)) continue;
		delete attributes[name];
		dropped.set(name, (dropped.get(name) ?? 0) + 1);
	}
}

function describeDropped(what: string, dropped: Map<string, number>): string | undefined {
	if (dropped.size === 0) return undefined;
	const list = [...dropped].map(([name, n]) => `"${name}" (${n})`).join(', ');
	return `Left out ${what} attributes rolegraph does not use: ${list}.`;
}

/**
 * A graph from another tool, made ready for rolegraph's schema: graph attributes it lacks (id,
 * title, description, sources) and link attributes it lacks (relation, sources) are filled in,
 * attributes rolegraph does not use are left out — each said in `notices`. What rolegraph needs
 * and cannot guess (a node's category) is left for validation to report. A graph already in
 * rolegraph's shape comes back as it was.
 */
export function fillDefaults(raw: unknown, fileName: string, notices: string[]): unknown {
	if (!isRecord(raw) || !Array.isArray(raw.nodes) || !Array.isArray(raw.edges)) return raw;
	const attributes = isRecord(raw.attributes) ? { ...raw.attributes } : {};
	const droppedGraph = new Map<string, number>();
	dropUnknown(attributes, KNOWN.graph, droppedGraph);
	const known = knownAttributes(attributes.fields);
	const base = fileName.replace(/\.[^.]*$/, '') || 'Imported graph';
	attributes.id ??= 'imported';
	attributes.title ??= base;
	attributes.description ??= `Imported from ${fileName}.`;
	const sources = Array.isArray(attributes.sources) ? [...attributes.sources] : [];

	// A Map, not an object: node ids may be any text, "__proto__" included.
	const categories = new Map<unknown, unknown>();
	const droppedNodes = new Map<string, number>();
	for (const node of raw.nodes) {
		if (!isRecord(node) || !isRecord(node.attributes)) continue;
		dropUnknown(node.attributes, known.node, droppedNodes);
		if (node.attributes.label === undefined && typeof node.key === 'string') {
			node.attributes.label = node.key;
		}
		categories.set(node.key, node.attributes.category);
	}

	const droppedEdges = new Map<string, number>();
	let uncited = 0;
	let unrelated = 0;
	for (const edge of raw.edges) {
		if (!isRecord(edge)) continue;
		if (!isRecord(edge.attributes)) edge.attributes = {};
		const edgeAttributes = edge.attributes as Record<string, unknown>;
		dropUnknown(edgeAttributes, known.edge, droppedEdges);
		if (edgeAttributes.sources === undefined) {
			edgeAttributes.sources = [FILE_SOURCE];
			uncited++;
		}
		if (edgeAttributes.relation === undefined) {
			edgeAttributes.relation = defaultRelation(categories.get(edge.target));
			unrelated++;
		}
		delete edge.undirected;
	}
	// A graph needs a source: the file itself, if its links cite none (or it has no links).
	if (
		(uncited > 0 || sources.length === 0) &&
		!sources.some((s) => isRecord(s) && s.id === FILE_SOURCE)
	) {
		sources.push({
			id: FILE_SOURCE,
			title: fileName,
			summary: `The imported file ${fileName} itself.`
		});
	}
	attributes.sources = sources;

	const said = [
		describeDropped('graph', droppedGraph),
		describeDropped('node', droppedNodes),
		describeDropped('link', droppedEdges),
		uncited > 0
			? `${uncited} link${uncited === 1 ? '' : 's'} named no source; they cite the file itself.`
			: undefined,
		unrelated > 0
			? `${unrelated} link${unrelated === 1 ? '' : 's'} named no relation; each got the one that fits its target's category.`
			: undefined
	];
	notices.push(...said.filter((line): line is string => line !== undefined));
	return { attributes, nodes: raw.nodes, edges: raw.edges };
}
