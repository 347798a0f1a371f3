import { CATEGORIES, type Category } from '../types';
import { elementsOf, type GraphProfile, type TableProfile } from './profile';

/**
 * The mapping step: how a file without rolegraph's fields becomes a graph of roles and what they
 * need. A person chooses it in the browser's import (MappingStep.svelte), or gives it to
 * `npm run graph:validate` as options (mappingFromArgs); the import message lists every choice.
 */

/** Where a node's category comes from: an attribute's values, each mapped, or one for all. */
export type CategoryChoice =
	{ attribute: string; values: Record<string, Category>; otherwise?: Category } | { all: Category };

/** How a graph file (GEXF, GraphML, GML, JSON…) maps onto rolegraph's fields. */
export interface GraphMapping {
	kind: 'graph';
	/** The node attribute that gives the label (the id when not set, or when a node lacks it). */
	label?: string;
	category: CategoryChoice;
	/** Nodes whose attribute has one of these values are roles, whatever their category. */
	roles?: { attribute: string; values: string[] };
	/** The link attribute read as the link's level (a number, 0–100). */
	level?: string;
	/** Turn links from what a role needs to the role around, so they go from the role. */
	orient?: boolean;
	/** Leave out links between two nodes neither of which is a role. */
	dropNonRoleLinks?: boolean;
}

/** How a table (CSV, XLSX) maps onto roles and what they need. */
export interface TableMapping {
	kind: 'table';
	/** A role per row and a column per item (a matrix), or a row per link (pairs). */
	layout: 'matrix' | 'pairs';
	/** The column naming the role (the first when not set). */
	role?: string;
	/** Pairs: the column naming what the role needs (a cell may list several). */
	item?: string;
	/** Pairs: the column giving the link's level. */
	level?: string;
	/** Pairs: a column's values, mapped; or one category for all items (matrix and pairs). */
	category?: CategoryChoice;
}

export type ImportMapping = GraphMapping | TableMapping;

/** The shape of a file, for remembering a mapping: the same fields give the same key. */
export function shapeKey(profile: GraphProfile | TableProfile): string {
	if (profile.kind === 'table') return `table:${profile.columns.map((c) => c.name).join('\u0001')}`;
	const names = (fields: { name: string }[]) =>
		fields
			.map((field) => field.name)
			.sort()
			.join('\u0001');
	return `graph:${names(profile.nodeFields)}\u0002${names(profile.edgeFields)}`;
}

function plural(n: number, one: string, many = `${one}s`): string {
	return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

function isCategory(value: unknown): value is Category {
	return CATEGORIES.includes(value as Category);
}

/** Whether a raw graph needs the mapping step: some of its nodes have none of rolegraph's categories. */
export function needsMapping(raw: unknown): boolean {
	const { nodes } = elementsOf(raw);
	return nodes.length > 0 && nodes.some((node) => !isCategory(node.attributes.category));
}

/** A value as the text a value map is keyed by (what the profile showed). */
function key(value: unknown): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Applies a category choice to a value: the mapped category, or undefined. */
export function categoryFor(choice: CategoryChoice, value: unknown): Category | undefined {
	if ('all' in choice) return choice.all;
	const text = key(value);
	return (text === undefined ? undefined : choice.values[text]) ?? choice.otherwise;
}

/** What a category choice was, in words, with counts. */
function describeCategory(
	choice: CategoryChoice,
	counts: Map<Category | undefined, number>
): string {
	const by = [...counts]
		.filter(([category]) => category !== undefined)
		.map(([category, n]) => `${category} ${n.toLocaleString('en')}`)
		.join(', ');
	if ('all' in choice) return `Category: ${choice.all} for all (${by}).`;
	const map = Object.entries(choice.values)
		.map(([value, category]) => `${value} → ${category}`)
		.join(', ');
	const otherwise = choice.otherwise ? `; any other value → ${choice.otherwise}` : '';
	const missing = counts.get(undefined);
	return `Category from "${choice.attribute}": ${map || 'no value mapped'}${otherwise} (${by}${missing ? `; ${plural(missing, 'node')} left without one` : ''}).`;
}

/**
 * Applies a mapping to a raw graph (graphology's serialisation, not yet validated): labels,
 * categories, roles, levels; links turned to go from the role, links between two non-roles left
 * out. Returns the new graph and the import message's lines, one per choice, with counts.
 */
export function applyGraphMapping(
	raw: unknown,
	mapping: GraphMapping
): { graph: unknown; notices: string[] } {
	const { nodes, edges } = elementsOf(raw);
	const attributesOf =
		raw && typeof raw === 'object' ? (raw as { attributes?: unknown }).attributes : {};
	const notices: string[] = [];
	const categories = new Map<unknown, Category | undefined>();
	const counts = new Map<Category | undefined, number>();
	let labelled = 0;
	let roles = 0;
	let blank = 0;
	/** Another tool's empty values (yEd writes <data key="description"/>) mean "no value". */
	const withoutBlanks = (record: Record<string, unknown>) => {
		const kept = { ...record };
		for (const [name, value] of Object.entries(kept)) {
			if (typeof value === 'string' && value.trim() === '') {
				delete kept[name];
				blank++;
			}
		}
		return kept;
	};
	const mapped = nodes.map((node) => {
		const attributes = withoutBlanks(node.attributes);
		if (mapping.label) {
			const label = attributes[mapping.label];
			if (label !== undefined && label !== null && String(label).trim() !== '') {
				attributes.label = String(label);
				labelled++;
			} else delete attributes.label;
		}
		let category = categoryFor(
			mapping.category,
			'attribute' in mapping.category ? attributes[mapping.category.attribute] : undefined
		);
		const roleValue = mapping.roles ? key(attributes[mapping.roles.attribute]) : undefined;
		if (mapping.roles && roleValue !== undefined && mapping.roles.values.includes(roleValue)) {
			category = 'role';
			roles++;
		}
		if (category) attributes.category = category;
		else delete attributes.category;
		categories.set(node.key, category);
		counts.set(category, (counts.get(category) ?? 0) + 1);
		return { key: node.key, attributes };
	});
	if (mapping.label) {
		notices.push(
			`Label: "${mapping.label}" (${plural(labelled, 'node')}${labelled < nodes.length ? `; ${plural(nodes.length - labelled, 'other')} by ${nodes.length - labelled === 1 ? 'its' : 'their'} id` : ''}).`
		);
	}
	notices.push(describeCategory(mapping.category, counts));
	if (mapping.roles) {
		notices.push(
			`Roles: nodes whose "${mapping.roles.attribute}" is ${mapping.roles.values.map((v) => `"${v}"`).join(' or ')} (${plural(roles, 'node')}).`
		);
	}

	let reversed = 0;
	let dropped = 0;
	let levels = 0;
	const isRole = (id: unknown) => categories.get(id) === 'role';
	const links = new Map<string, (typeof edges)[number]>();
	let merged = 0;
	for (const edge of edges) {
		let { source, target } = edge;
		const attributes = withoutBlanks(edge.attributes);
		if (mapping.dropNonRoleLinks && !isRole(source) && !isRole(target)) {
			dropped++;
			continue;
		}
		if (mapping.orient && !isRole(source) && isRole(target)) {
			[source, target] = [target, source];
			reversed++;
		}
		if (mapping.level) {
			const level = attributes[mapping.level];
			const number =
				typeof level === 'number' ? level : typeof level === 'string' ? Number(level) : NaN;
			if (Number.isFinite(number)) {
				attributes.level = number;
				levels++;
			}
			if (mapping.level !== 'level') delete attributes[mapping.level];
		}
		const pair = `${String(source)}\u0000${String(target)}`;
		if (links.has(pair)) {
			merged++;
			continue;
		}
		// Keys name links as the file did; a turned link gets rolegraph's key from its new ends.
		const keyed = edge.key !== undefined && source === edge.source ? { key: edge.key } : {};
		links.set(pair, { ...keyed, source, target, attributes });
	}
	if (mapping.level) {
		notices.push(`Level: "${mapping.level}" on ${plural(levels, 'link')}.`);
	}
	if (mapping.orient) {
		notices.push(
			`Links turned to go from the role to what it needs: ${reversed.toLocaleString('en')}.`
		);
	}
	if (mapping.dropNonRoleLinks) {
		notices.push(
			`Links between two nodes neither of which is a role, left out: ${dropped.toLocaleString('en')}.`
		);
	}
	if (blank > 0) {
		notices.push(`${plural(blank, 'empty value')} (an attribute with no text) left out.`);
	}
	if (merged > 0) {
		notices.push(
			`${plural(merged, 'link')} repeated another between the same two nodes once turned; each was kept once.`
		);
	}
	const graphAttributes =
		attributesOf && typeof attributesOf === 'object' && !Array.isArray(attributesOf)
			? withoutBlanks(attributesOf as Record<string, unknown>)
			: {};
	return {
		graph: { attributes: graphAttributes, nodes: mapped, edges: [...links.values()] },
		notices
	};
}

/** What a mapping is as `npm run graph:validate` options (the browser shows it, to repeat an import). */
export function mappingArgs(mapping: ImportMapping): string[] {
	const args: string[] = [];
	const category = (choice: CategoryChoice | undefined) => {
		if (!choice) return;
		if ('all' in choice) args.push(`--category=${choice.all}`);
		else {
			const values = Object.entries(choice.values).map(([v, c]) => `${v}=${c}`);
			if (choice.otherwise) values.push(`*=${choice.otherwise}`);
			args.push(`--category-from=${choice.attribute}`, `--categories=${values.join(',')}`);
		}
	};
	if (mapping.kind === 'graph') {
		if (mapping.label) args.push(`--label=${mapping.label}`);
		category(mapping.category);
		if (mapping.roles)
			args.push(`--roles=${mapping.roles.attribute}=${mapping.roles.values.join('|')}`);
		if (mapping.level) args.push(`--level=${mapping.level}`);
		if (mapping.orient) args.push('--orient');
		if (mapping.dropNonRoleLinks) args.push('--drop-non-role-links');
	} else {
		args.push(`--layout=${mapping.layout}`);
		if (mapping.role) args.push(`--role=${mapping.role}`);
		if (mapping.item) args.push(`--item=${mapping.item}`);
		if (mapping.level) args.push(`--level=${mapping.level}`);
		category(mapping.category);
	}
	return args.map((arg) =>
		/[\s"'|&;<>()$`\\*]/.test(arg) ? `'${arg.replace(/'/g, `'\\''`)}'` : arg
	);
}

/** Thrown by mappingFromArgs: an option it cannot read. */
export class MappingArgsError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'MappingArgsError';
	}
}

function categoryArg(value: string, option: string): Category {
	if (!isCategory(value)) {
		throw new MappingArgsError(
			`${option}: "${value}" is not a category; use one of ${CATEGORIES.join(', ')}.`
		);
	}
	return value;
}

/**
 * A mapping from command-line options (`--label=name --category-from=type
 * --categories=Skill=skill,*=technology --roles=type=Occupation --orient --drop-non-role-links`,
 * or for tables `--layout=pairs --role=Title --item="Element Name" --level="Data Value"`), or
 * undefined when none is given. Throws MappingArgsError naming a bad option.
 */
export function mappingFromArgs(options: Map<string, string | true>): ImportMapping | undefined {
	const text = (name: string) => {
		const value = options.get(name);
		if (value === true) throw new MappingArgsError(`--${name} needs a value (--${name}=…).`);
		return value;
	};
	const from = text('category-from');
	const values = text('categories');
	const all = text('category');
	let category: CategoryChoice | undefined;
	if (all !== undefined) category = { all: categoryArg(all, '--category') };
	else if (from !== undefined) {
		const map: Record<string, Category> = {};
		let otherwise: Category | undefined;
		for (const pair of (values ?? '').split(',').filter(Boolean)) {
			const at = pair.lastIndexOf('=');
			if (at < 1) throw new MappingArgsError(`--categories: "${pair}" is not value=category.`);
			const value = pair.slice(0, at);
			const chosen = categoryArg(pair.slice(at + 1), '--categories');
			if (value === '*') otherwise = chosen;
			else map[value] = chosen;
		}
		category = { attribute: from, values: map, ...(otherwise ? { otherwise } : {}) };
	}
	const layout = text('layout');
	if (layout !== undefined) {
		if (layout !== 'matrix' && layout !== 'pairs') {
			throw new MappingArgsError(`--layout: "${layout}" is neither matrix nor pairs.`);
		}
		return {
			kind: 'table',
			layout,
			...(text('role') ? { role: text('role') } : {}),
			...(text('item') ? { item: text('item') } : {}),
			...(text('level') ? { level: text('level') } : {}),
			...(category ? { category } : {})
		};
	}
	const graphOptions = ['label', 'roles', 'level', 'orient', 'drop-non-role-links'];
	if (!category && !graphOptions.some((name) => options.has(name))) return undefined;
	if (!category) {
		throw new MappingArgsError(
			'Say where categories come from: --category=<category> for all, or --category-from=<attribute> with --categories=<value>=<category>,….'
		);
	}
	const roles = text('roles');
	let roleChoice: GraphMapping['roles'];
	if (roles !== undefined) {
		const at = roles.indexOf('=');
		if (at < 1) throw new MappingArgsError(`--roles: "${roles}" is not attribute=value|value….`);
		roleChoice = { attribute: roles.slice(0, at), values: roles.slice(at + 1).split('|') };
	}
	return {
		kind: 'graph',
		...(text('label') ? { label: text('label') } : {}),
		category,
		...(roleChoice ? { roles: roleChoice } : {}),
		...(text('level') ? { level: text('level') } : {}),
		...(options.has('orient') ? { orient: true } : {}),
		...(options.has('drop-non-role-links') ? { dropNonRoleLinks: true } : {})
	};
}
