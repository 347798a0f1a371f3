import Papa from 'papaparse';
import { compareRoles, ZONES, type CompareOptions } from '../compare';
import { roleRelations } from '../nodes';
import { missingSentence } from '../category-names';
import { summariseComparison } from '../summary';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../types';
import { creditOf } from './credit';
import { cellText, escapeFormula, joinList, LINK_CELLS, NODE_CELLS } from './csv-cells';

/**
 * rolegraph's CSV edge list as written (csv-edge-list.ts reads it): `role,node,category,source,
 * role_label,node_label,description,relation`, then a column for each node attribute and link
 * attribute the data has (kind, aliases, code, job_zone, unrated, node_note; note, importance,
 * hot, in_demand, rank, level) and `credit` when the data's licence asks for one. Cells a
 * spreadsheet would run as formulas (=, +, -, @ first) are escaped with a leading quote.
 */

const BASE = ['role', 'node', 'category', 'source', 'role_label', 'node_label', 'description'];

type Row = Record<string, string>;

/** The extra columns the data has a value for, in a fixed order. */
function extraColumns(graph: KnowledgeGraph, nodes: Iterable<string>, edges: Iterable<string>) {
	const nodeColumns = new Set<string>();
	for (const node of nodes) {
		const attributes = graph.getNodeAttributes(node) as unknown as Record<string, unknown>;
		for (const [attribute, column] of Object.entries(NODE_CELLS)) {
			if (attributes[attribute] !== undefined) nodeColumns.add(column);
		}
	}
	const linkColumns = new Set<string>();
	for (const edge of edges) {
		const attributes = graph.getEdgeAttributes(edge) as unknown as Record<string, unknown>;
		for (const [attribute, column] of Object.entries(LINK_CELLS)) {
			if (attributes[attribute] !== undefined) linkColumns.add(column);
		}
	}
	return [
		...Object.values(NODE_CELLS).filter((c) => nodeColumns.has(c)),
		...Object.values(LINK_CELLS).filter((c) => linkColumns.has(c))
	];
}

function nodeCells(attributes: NodeAttributes): Row {
	const record = attributes as unknown as Record<string, unknown>;
	const row: Row = { description: attributes.description ?? '' };
	for (const [attribute, column] of Object.entries(NODE_CELLS)) {
		row[column] = cellText(column, record[attribute]);
	}
	return row;
}

function linkCells(attributes: EdgeAttributes): Row {
	const record = attributes as unknown as Record<string, unknown>;
	const row: Row = { relation: attributes.relation, source: joinList(attributes.sources) };
	for (const [attribute, column] of Object.entries(LINK_CELLS)) {
		row[column] = cellText(column, record[attribute]);
	}
	return row;
}

function unparse(columns: string[], rows: Row[]): string {
	return Papa.unparse(
		{ fields: columns, data: rows.map((row) => columns.map((c) => escapeFormula(row[c] ?? ''))) },
		{ newline: '\r\n' }
	);
}

/**
 * A comparison view as rolegraph's CSV edge list: a row describing each role, then one row per
 * link from either role (ordered by zone: only A, shared, only B), then the links between the
 * two roles. The `zone` column says where each node falls; when a source's licence asks for
 * credit (O*NET's CC BY), a `credit` column carries it on every row; when the data has nothing on
 * a category for one of the roles, the role's row says which (`unrated`) and a `notice` column
 * says so in words on every row. The `summary` column holds the comparison in a few sentences
 * (summariseComparison), on the first row only: it is a paragraph, and repeating it on every row
 * would multiply the file's size.
 */
export function comparisonCsv(
	graph: KnowledgeGraph,
	a: string,
	b: string,
	options: CompareOptions = {},
	credit?: string
): string {
	const comparison = compareRoles(graph, a, b, options);
	const label = (id: string) => graph.getNodeAttribute(id, 'label');
	const zoneName = {
		onlyA: `only ${comparison.a.label}`,
		shared: 'shared',
		onlyB: `only ${comparison.b.label}`
	};
	const notice = missingSentence(graph.getAttribute('title'), comparison.missing, label);
	const rows: Row[] = [];
	const edges: string[] = [];
	for (const role of [comparison.a.id, comparison.b.id]) {
		const { unrated: _unrated, ...attributes } = graph.getNodeAttributes(role);
		rows.push({
			role,
			node: role,
			category: 'role',
			role_label: label(role),
			node_label: label(role),
			...nodeCells(attributes),
			...(notice ? { unrated: cellText('unrated', graph.getNodeAttribute(role, 'unrated')) } : {})
		});
	}
	for (const zone of ZONES) {
		for (const item of comparison[zone]) {
			for (const [role, sources] of Object.entries(item.sources)) {
				const edge = graph.edge(role, item.id)!;
				edges.push(edge);
				rows.push({
					role,
					node: item.id,
					category: item.category,
					role_label: label(role),
					node_label: item.label,
					...nodeCells(graph.getNodeAttributes(item.id)),
					...linkCells(graph.getEdgeAttributes(edge)),
					source: joinList(sources),
					zone: zoneName[zone]
				});
			}
		}
	}
	for (const link of roleRelations(graph, a, b)) {
		const edge = graph.edge(link.source, link.target)!;
		edges.push(edge);
		rows.push({
			role: link.source,
			node: link.target,
			category: 'role',
			role_label: label(link.source),
			node_label: label(link.target),
			description: graph.getNodeAttribute(link.target, 'description') ?? '',
			...linkCells(graph.getEdgeAttributes(edge))
		});
	}
	const nodes = new Set(rows.map((row) => row.node!));
	const extra = extraColumns(graph, nodes, edges).filter((c) => c !== 'unrated');
	const columns = [
		...BASE,
		'relation',
		'zone',
		...extra,
		...(notice ? ['unrated', 'notice'] : []),
		'summary',
		...(credit ? ['credit'] : [])
	];
	for (const row of rows) {
		if (notice) row.notice = notice;
		if (credit) row.credit = credit;
	}
	rows[0]!.summary = summariseComparison(graph, a, b).text;
	return unparse(columns, rows);
}

/**
 * The whole graph (or any view of it) as rolegraph's CSV edge list: a row describing each role,
 * then a row per link, each node's attributes on the first row that names it (the reader takes
 * them from any row), a row with no role for a node nothing links to, and the credit on the first
 * row. It reads back as the same nodes and links with all their attributes.
 */
export function graphCsv(graph: KnowledgeGraph, credit = creditOf(graph)): string {
	const rows: Row[] = [];
	const described = new Set<string>();
	const label = (id: string) => graph.getNodeAttribute(id, 'label');
	graph.forEachNode((id, attributes) => {
		if (attributes.category !== 'role') return;
		described.add(id);
		rows.push({
			role: id,
			node: id,
			category: 'role',
			role_label: attributes.label,
			node_label: attributes.label,
			...nodeCells(attributes)
		});
	});
	graph.forEachEdge((_edge, attributes, source, target, _s, targetAttributes) => {
		const first = !described.has(target);
		described.add(target);
		rows.push({
			role: source,
			node: target,
			category: targetAttributes.category,
			role_label: label(source),
			node_label: targetAttributes.label,
			...(first ? nodeCells(targetAttributes) : {}),
			...linkCells(attributes)
		});
	});
	graph.forEachNode((id, attributes) => {
		if (described.has(id)) return;
		rows.push({
			role: '',
			node: id,
			category: attributes.category,
			node_label: attributes.label,
			...nodeCells(attributes)
		});
	});
	const columns = [
		...BASE,
		'relation',
		...extraColumns(graph, graph.nodes(), graph.edges()),
		...(credit ? ['credit'] : [])
	];
	if (credit && rows[0]) rows[0].credit = credit;
	return unparse(columns, rows);
}
