/**
 * What a file holds, for the mapping step and for messages: each node and link attribute (or
 * table column) with how many elements have it, its commonest values and whether they are all
 * numbers. Computed from the raw reading, before anything is filled in or left out.
 */

/** One attribute (or column): its name, how many have it, and examples. */
export interface FieldProfile {
	name: string;
	/** How many nodes, links or rows have a value for it. */
	count: number;
	/** How many distinct values it has. */
	distinct: number;
	/** The commonest values (as text), with how many have each, commonest first. */
	values: { value: string; count: number }[];
	/** Whether every value is a number. */
	numeric: boolean;
	/** For numbers: the lowest and the highest. */
	range?: [number, number];
}

/** What a graph file holds. */
export interface GraphProfile {
	kind: 'graph';
	nodes: number;
	edges: number;
	nodeFields: FieldProfile[];
	edgeFields: FieldProfile[];
	/** The file's links have no direction. */
	undirected: boolean;
	/** Nodes that already have one of rolegraph's categories. */
	categorised: number;
}

/** What a table holds. */
export interface TableProfile {
	kind: 'table';
	rows: number;
	columns: FieldProfile[];
}

/** How many distinct values a profile lists at most (the mapping step shows each). */
export const MAX_VALUES = 200;

function text(value: unknown): string {
	return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Profiles of the fields of some records, in the order fields first appear. */
export function profileFields(records: Iterable<Record<string, unknown>>): FieldProfile[] {
	const fields = new Map<
		string,
		{ count: number; numeric: boolean; values: Map<string, number> }
	>();
	for (const record of records) {
		for (const [name, value] of Object.entries(record)) {
			if (value === undefined || value === null || value === '') continue;
			let field = fields.get(name);
			if (!field) {
				field = { count: 0, numeric: true, values: new Map() };
				fields.set(name, field);
			}
			field.count++;
			if (typeof value !== 'number' && !(typeof value === 'string' && isNumber(value))) {
				field.numeric = false;
			}
			const key = text(value).slice(0, 200);
			field.values.set(key, (field.values.get(key) ?? 0) + 1);
		}
	}
	const rangeOf = (values: Iterable<string>): [number, number] => {
		let low = Infinity;
		let high = -Infinity;
		for (const value of values) {
			const n = Number(value);
			if (n < low) low = n;
			if (n > high) high = n;
		}
		return [low, high];
	};
	return [...fields].map(([name, field]) => ({
		name,
		count: field.count,
		distinct: field.values.size,
		numeric: field.numeric,
		...(field.numeric ? { range: rangeOf(field.values.keys()) } : {}),
		values: [...field.values]
			.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
			.slice(0, MAX_VALUES)
			.map(([value, count]) => ({ value, count }))
	}));
}

/** Whether text is a number ("3", "4.5", "-1e3"), as spreadsheets write them. */
export function isNumber(value: string): boolean {
	return value.trim() !== '' && Number.isFinite(Number(value.trim()));
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The attributes of each node and edge of a raw reading. */
export function elementsOf(raw: unknown): {
	nodes: { key: unknown; attributes: Record<string, unknown> }[];
	edges: { key?: unknown; source: unknown; target: unknown; attributes: Record<string, unknown> }[];
} {
	const graph = isRecord(raw) ? raw : {};
	const list = (value: unknown) => (Array.isArray(value) ? value.filter(isRecord) : []);
	return {
		nodes: list(graph.nodes).map((node) => ({
			key: node.key,
			attributes: isRecord(node.attributes) ? node.attributes : {}
		})),
		edges: list(graph.edges).map((edge) => ({
			key: edge.key,
			source: edge.source,
			target: edge.target,
			attributes: isRecord(edge.attributes) ? edge.attributes : {}
		}))
	};
}

/** What a raw graph reading holds. */
export function profileGraph(
	raw: unknown,
	undirected: boolean,
	isCategory: (value: unknown) => boolean
): GraphProfile {
	const { nodes, edges } = elementsOf(raw);
	return {
		kind: 'graph',
		nodes: nodes.length,
		edges: edges.length,
		nodeFields: profileFields(nodes.map((node) => node.attributes)),
		edgeFields: profileFields(edges.map((edge) => edge.attributes)),
		undirected,
		categorised: nodes.filter((node) => isCategory(node.attributes.category)).length
	};
}
