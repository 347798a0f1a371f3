import { derived } from './cache';
import { NotARoleError, UnknownNodeError } from './errors';
import { compareLabels, compareNodes } from './order';
import {
	CATEGORIES,
	type Category,
	type KnowledgeGraph,
	type NodeAttributes,
	type NodeSummary,
	type Relation
} from './types';

/** A node with everything the data says about it. */
export interface NodeDetails extends NodeSummary {
	kind?: string;
	description?: string;
	aliases?: string[];
	note?: string;
	code?: string;
	/** For a role: the categories its dataset has no data on for it. */
	unrated?: Category[];
	/** The node's fields the dataset describes (O*NET: job zone). */
	[field: string]: unknown;
}

/** A role linked to a node, with the relation and the sources that state it. */
export interface RoleLink {
	id: string;
	label: string;
	relation: Relation;
	sources: string[];
	note?: string;
	/** The link's fields the dataset describes (O*NET: importance, hot, in demand). */
	[field: string]: unknown;
}

/** A role with how many nodes of each category it links to. */
export interface RoleSummary {
	id: string;
	label: string;
	counts: Partial<Record<Category, number>>;
}

/** One neighbour of a node: who, how linked, which way, and on whose word. */
export interface Neighbour {
	node: NodeSummary;
	relation: Relation;
	direction: 'in' | 'out';
	sources: string[];
	note?: string;
}

/** The attributes of a node; throws UnknownNodeError if the graph has no such id. */
export function nodeAttributes(graph: KnowledgeGraph, id: string): NodeAttributes {
	if (!graph.hasNode(id)) throw new UnknownNodeError(id);
	return graph.getNodeAttributes(id);
}

/** Throws unless the id names a role; returns its attributes. */
export function roleAttributes(graph: KnowledgeGraph, id: string): NodeAttributes {
	const attributes = nodeAttributes(graph, id);
	if (attributes.category !== 'role') throw new NotARoleError(id, attributes.category);
	return attributes;
}

/** A node's id, label and category. */
export function summarise(graph: KnowledgeGraph, id: string): NodeSummary {
	const { label, category } = nodeAttributes(graph, id);
	return { id, label, category };
}

/** Everything the graph records about one node. */
export function getNode(graph: KnowledgeGraph, id: string): NodeDetails {
	const { label, category, ...rest } = nodeAttributes(graph, id);
	return { id, label, category, ...rest };
}

/** The roles that link to a node (that need it, are responsible for it…), by label. */
export function rolesFor(graph: KnowledgeGraph, id: string): RoleLink[] {
	nodeAttributes(graph, id);
	const links: RoleLink[] = [];
	graph.forEachInEdge(id, (_edge, attributes, source, _target, sourceAttributes) => {
		if (sourceAttributes.category !== 'role') return;
		links.push({ id: source, label: sourceAttributes.label, ...attributes });
	});
	return links.sort((a, b) => compareLabels(a.label, b.label));
}

/** Every node linked to this one, either way, by category then label. */
export function neighbourhood(graph: KnowledgeGraph, id: string): Neighbour[] {
	nodeAttributes(graph, id);
	const neighbours: Neighbour[] = [];
	graph.forEachEdge(id, (_edge, attributes, source, target, sourceAttributes, targetAttributes) => {
		const out = source === id;
		const other = out ? targetAttributes : sourceAttributes;
		neighbours.push({
			node: { id: out ? target : source, label: other.label, category: other.category },
			relation: attributes.relation,
			direction: out ? 'out' : 'in',
			sources: attributes.sources,
			...(attributes.note ? { note: attributes.note } : {})
		});
	});
	return neighbours.sort((a, b) => compareNodes(a.node, b.node));
}

/** All roles, by label, with how many nodes of each category they link to. */
export function listRoles(graph: KnowledgeGraph): RoleSummary[] {
	const present = new Set<Category>();
	graph.forEachNode((_id, attributes) => {
		if (attributes.category !== 'role') present.add(attributes.category);
	});
	const roles: RoleSummary[] = [];
	graph.forEachNode((id, attributes) => {
		if (attributes.category !== 'role') return;
		const counts: Partial<Record<Category, number>> = {};
		for (const category of present) counts[category] = 0;
		graph.forEachOutNeighbor(id, (_neighbour, neighbourAttributes) => {
			const { category } = neighbourAttributes;
			if (category !== 'role') counts[category] = (counts[category] ?? 0) + 1;
		});
		roles.push({ id, label: attributes.label, counts });
	});
	return roles.sort((a, b) => compareLabels(a.label, b.label));
}

/** A link between two roles, with who states it. */
export interface RoleRelationLink {
	source: string;
	target: string;
	relation: Relation;
	sources: string[];
	note?: string;
}

/** The links between two roles, either way (e.g. one builds the foundation for the other). */
export function roleRelations(graph: KnowledgeGraph, a: string, b: string): RoleRelationLink[] {
	roleAttributes(graph, a);
	roleAttributes(graph, b);
	const links: RoleRelationLink[] = [];
	for (const [source, target] of a === b ? [] : [[a, b] as const, [b, a] as const]) {
		const edge = graph.edge(source, target);
		if (edge === undefined) continue;
		const { relation, sources, note } = graph.getEdgeAttributes(edge);
		links.push({ source, target, relation, sources, ...(note ? { note } : {}) });
	}
	return links;
}

/** The categories a graph's nodes use, roles left out, in the standard order. */
export function categoriesOf(graph: KnowledgeGraph): Category[] {
	const present = new Set<Category>();
	graph.forEachNode((_id, attributes) => present.add(attributes.category));
	return CATEGORIES.filter((category) => category !== 'role' && present.has(category));
}

/** The roles of a graph by label (id and label only), computed once per graph. */
export const roleOptions = derived((graph: KnowledgeGraph) => {
	const roles: { id: string; label: string }[] = [];
	graph.forEachNode((id, { label, category }) => {
		if (category === 'role') roles.push({ id, label });
	});
	return roles.sort((a, b) => compareLabels(a.label, b.label));
});

/** A role linked to another role, either way, as the other role's page and panel list it. */
export interface RelatedRole {
	id: string;
	label: string;
	relation: Relation;
	/** `out`: this role states the relation; `in`: the other one does; `both`: each lists the other. */
	direction: 'out' | 'in' | 'both';
	/** The dataset's rank of the relation (O*NET: 1 is the closest), this role's own first. */
	rank?: number;
	sources: string[];
	note?: string;
}

/**
 * The roles linked to a role, either way, each once per relation: a relation both state of each
 * other is one entry (`both`). Ordered as the dataset ranks them, the role's own list first
 * (O*NET's related occupations, closest first), then roles that list it, then by label.
 */
export function relatedRoles(graph: KnowledgeGraph, id: string): RelatedRole[] {
	roleAttributes(graph, id);
	const byKey = new Map<string, RelatedRole>();
	graph.forEachEdge(id, (_edge, attributes, source, target, sourceAttributes, targetAttributes) => {
		const out = source === id;
		const other = out ? targetAttributes : sourceAttributes;
		if (other.category !== 'role' || source === target) return;
		const otherId = out ? target : source;
		const key = `${attributes.relation}\u0000${otherId}`;
		const known = byKey.get(key);
		if (known) {
			known.direction = 'both';
			// The role's own rank of the other wins; sources of both statements are kept.
			if (out) {
				known.rank = typeof attributes.rank === 'number' ? attributes.rank : undefined;
				if (attributes.note) known.note = attributes.note;
			}
			known.sources = [...new Set([...known.sources, ...attributes.sources])].sort();
			return;
		}
		byKey.set(key, {
			id: otherId,
			label: other.label,
			relation: attributes.relation,
			direction: out ? 'out' : 'in',
			...(typeof attributes.rank === 'number' ? { rank: attributes.rank } : {}),
			sources: [...attributes.sources],
			...(attributes.note ? { note: attributes.note } : {})
		});
	});
	const own = (role: RelatedRole) => (role.direction === 'in' ? 1 : 0);
	return [...byKey.values()].sort(
		(x, y) =>
			own(x) - own(y) ||
			(x.rank ?? Infinity) - (y.rank ?? Infinity) ||
			compareLabels(x.label, y.label)
	);
}

/** What GET /api/nodes/{id} answers: the node, the roles linking to it and, for a role, its related roles. */
export interface NodeResponse {
	node: NodeDetails;
	roles: RoleLink[];
	/** For a role: the roles linked to it either way, closest first (see relatedRoles). */
	related?: RelatedRole[];
}

/** One node as the API and the details panel describe it (the server and imported graphs alike). */
export function nodeResponse(graph: KnowledgeGraph, id: string): NodeResponse {
	const node = getNode(graph, id);
	const roles = rolesFor(graph, id);
	return node.category === 'role'
		? { node, roles, related: relatedRoles(graph, id) }
		: { node, roles };
}
