import type { Category } from '../types';
import { CSV_COLUMNS, readEdgeList, type Row } from './csv-edge-list';
import { defaultRelation, FILE_SOURCE } from './defaults';
import type { Reading } from './format';
import { categoryFor, shapeKey, type TableMapping } from './mapping';
import { MappingNeededError } from './mapping-needed';
import { isNumber, profileFields, type TableProfile } from './profile';

/**
 * Tables as people keep them (CSV, or a spreadsheet's first sheet), recognised by their shape:
 *
 * - rolegraph's edge list (role, node, category…): csv-edge-list.ts;
 * - a matrix: a row per role, a column per skill, a level (a number) or a mark (x, ✓, yes) in
 *   the cells; an empty cell or 0 is no link;
 * - two columns, a role and what it needs (`role,skill`), a cell may list several (`Python; SQL`),
 *   and a third column of levels if it holds numbers;
 * - a role column and columns named after categories (skills, technologies, tasks…), each cell
 *   a list.
 *
 * What is linked is a skill unless the header names another category (`role,technology`) or the
 * mapping says so; a table of no shape rolegraph knows needs the mapping step (TableMapping).
 */

/** A table's cell: text, a number, a yes/no (spreadsheets), or nothing. */
export type Cell = string | number | boolean | null | undefined;

/** What a mark in a matrix looks like: the cell says "yes" without a level. */
const MARK = /^(?:x|✓|✔|☑|✗|yes|y|true|oui|ja|sí|si|•|●|\*|\+)$/i;

/** Words a header uses for each category (singular, plural, and common synonyms). */
const CATEGORY_WORDS: [RegExp, Category][] = [
	[/^(?:roles?|jobs?|occupations?|positions?|titles?|job titles?)$/i, 'role'],
	[/^(?:skills?|competenc(?:y|ies)|abilit(?:y|ies)|knowledge)$/i, 'skill'],
	[/^(?:technolog(?:y|ies)|tools?|software|languages?|tech(?: stack)?|stack)$/i, 'technology'],
	[/^(?:responsibilit(?:y|ies)|tasks?|duties|duty)$/i, 'responsibility'],
	[/^(?:practices?|methods?)$/i, 'practice'],
	[/^(?:platforms?)$/i, 'platform'],
	[/^(?:experiences?)$/i, 'experience'],
	[/^(?:hiring)$/i, 'hiring']
];

/** The category a header names, if it names one. */
export function categoryOfHeader(header: string): Category | undefined {
	const name = header.trim().replace(/[_-]+/g, ' ');
	return CATEGORY_WORDS.find(([pattern]) => pattern.test(name))?.[1];
}

/** Several values in one cell: separated by ;, |, line breaks, or commas. */
export function cellValues(cell: Cell): string[] {
	if (cell === null || cell === undefined || cell === '') return [];
	return String(cell)
		.split(/[;|\n\r]+|,(?=\s*\S)/)
		.map((value) => value.trim())
		.filter((value) => value !== '');
}

function text(cell: Cell): string {
	return cell === null || cell === undefined ? '' : String(cell).trim();
}

function isLevel(cell: Cell): boolean {
	return typeof cell === 'number' || (typeof cell === 'string' && isNumber(cell));
}

function plural(n: number, one: string, many = `${one}s`): string {
	return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** A graph being built from a table: nodes by id, links by pair, in the order met. */
class Builder {
	readonly nodes = new Map<string, { label: string; category: Category }>();
	readonly links = new Map<string, { source: string; target: string; level?: number }>();
	merged = 0;
	conflicts = 0;

	node(name: string, category: Category): string {
		const known = this.nodes.get(name);
		if (!known) this.nodes.set(name, { label: name, category });
		else if (known.category !== category && category === 'role') known.category = 'role';
		else if (known.category !== category) this.conflicts++;
		return name;
	}

	link(role: string, item: string, level?: number): void {
		if (role === item) return;
		const pair = `${role}\u0000${item}`;
		const known = this.links.get(pair);
		if (known) {
			this.merged++;
			if (level !== undefined) known.level = Math.max(known.level ?? level, level);
			return;
		}
		this.links.set(pair, { source: role, target: item, ...(level !== undefined ? { level } : {}) });
	}

	graph(fileName: string): unknown {
		return {
			attributes: {
				id: 'imported',
				title: fileName.replace(/\.[^.]*$/, '') || 'Imported graph',
				description: `Imported from ${fileName}.`,
				sources: [
					{ id: FILE_SOURCE, title: fileName, summary: `The imported file ${fileName} itself.` }
				]
			},
			nodes: [...this.nodes].map(([key, attributes]) => ({ key, attributes })),
			edges: [...this.links.values()].map(({ source, target, level }) => ({
				source,
				target,
				attributes: {
					relation: defaultRelation(this.nodes.get(target)?.category),
					sources: [FILE_SOURCE],
					...(level !== undefined ? { level } : {})
				}
			}))
		};
	}

	notices(): string[] {
		return [
			...(this.merged > 0
				? [
						`${plural(this.merged, 'link')} appeared twice; each was kept once (with the higher level).`
					]
				: []),
			...(this.conflicts > 0
				? [`${plural(this.conflicts, 'name')} appeared under two categories; each kept the first.`]
				: [])
		];
	}
}

/** The range of the levels a table gave, in words ("levels 1–5"). */
function levelRange(levels: number[]): string {
	const low = Math.min(...levels);
	const high = Math.max(...levels);
	return low === high ? `level ${low}` : `levels ${low}–${high}`;
}

/**
 * A matrix: the role column (first, unless mapped), then a column per item. Columns before a
 * mapped role column (an employee number, a department) describe the row, not what the role
 * needs: they are left out, and said.
 */
function readMatrix(
	header: string[],
	rows: Cell[][],
	fileName: string,
	roleColumn: number,
	category: Category
): Reading {
	const builder = new Builder();
	const levels: number[] = [];
	let marks = 0;
	let other = 0;
	const isItem = (name: string, i: number) => i > roleColumn && name.trim() !== '';
	const numbers = rows.flatMap((row) =>
		row.filter((cell, i) => isItem(header[i] ?? '', i) && isLevel(cell)).map(Number)
	);
	// Only 0s and 1s: marks, not levels.
	const binary = numbers.length > 0 && numbers.every((n) => n === 0 || n === 1);
	const items = header.filter((name, i) => isItem(name, i));
	const before = header.slice(0, roleColumn).filter((name) => name.trim() !== '');
	for (const row of rows) {
		const role = text(row[roleColumn]);
		if (role === '') continue;
		builder.node(role, 'role');
		header.forEach((name, i) => {
			if (!isItem(name, i)) return;
			const cell = row[i];
			const value = text(cell);
			if (value === '') return;
			if (isLevel(cell)) {
				const level = Number(cell);
				if (level === 0) return;
				builder.link(role, builder.node(name.trim(), category), binary ? undefined : level);
				if (binary) marks++;
				else levels.push(level);
			} else if (MARK.test(value)) {
				builder.link(role, builder.node(name.trim(), category), undefined);
				marks++;
			} else other++;
		});
	}
	const roles = [...builder.nodes.values()].filter((n) => n.category === 'role').length;
	const said = [
		`Read as a role-by-${category} matrix: ${plural(roles, 'role')} (rows) × ${plural(items.length, category === 'technology' ? 'technology' : category, category === 'technology' ? 'technologies' : `${category}s`)} (columns), ${plural(builder.links.size, 'link')}`,
		levels.length > 0 ? `; ${levelRange(levels)} kept on the links as "level"` : '',
		marks > 0 ? `; ${plural(marks, 'cell')} marked without a level` : '',
		before.length > 0
			? `; ${plural(before.length, 'column')} before the role column left out (${before.map((n) => `"${n.trim()}"`).join(', ')})`
			: '',
		'. Empty cells and 0 are no link.'
	].join('');
	return {
		graph: builder.graph(fileName),
		notices: [
			...builder.notices(),
			...(other > 0
				? [
						`${plural(other, 'cell')} held text that is neither a level nor a mark (x, ✓, yes); no link was made for ${other === 1 ? 'it' : 'them'}.`
					]
				: [])
		],
		readAs: said
	};
}

/** Pairs: a role column, an item column (cells may list several), maybe a level column. */
function readPairs(
	header: string[],
	rows: Cell[][],
	fileName: string,
	columns: {
		role: number;
		item: number;
		level?: number;
		category: (row: Cell[]) => Category | undefined;
		categoryName: string;
	}
): Reading {
	const builder = new Builder();
	const levels: number[] = [];
	let listed = 0;
	let uncategorised = 0;
	for (const row of rows) {
		const role = text(row[columns.role]);
		const items = cellValues(row[columns.item]);
		if (role === '' || items.length === 0) continue;
		const category = columns.category(row);
		if (!category) {
			uncategorised++;
			continue;
		}
		builder.node(role, 'role');
		if (items.length > 1) listed++;
		const levelCell = columns.level === undefined ? undefined : row[columns.level];
		const level = isLevel(levelCell) ? Number(levelCell) : undefined;
		if (level !== undefined) levels.push(level);
		for (const item of items) builder.link(role, builder.node(item, category), level);
	}
	const roles = [...builder.nodes.values()].filter((n) => n.category === 'role').length;
	const items = builder.nodes.size - roles;
	const readAs = [
		`Read as ${header.length === 2 ? 'two columns' : 'pairs'}, "${header[columns.role]}" (the role) and "${header[columns.item]}" (${columns.categoryName}): ${plural(roles, 'role')}, ${plural(items, 'item')}, ${plural(builder.links.size, 'link')}`,
		listed > 0
			? `; ${plural(listed, 'cell')} listed several (separated by ; , | or line breaks)`
			: '',
		levels.length > 0 && columns.level !== undefined
			? `; ${levelRange(levels)} from "${header[columns.level]}" kept on the links as "level"`
			: '',
		'.'
	].join('');
	return {
		graph: builder.graph(fileName),
		notices: [
			...builder.notices(),
			...(uncategorised > 0
				? [`${plural(uncategorised, 'row')} had no category in the mapping; left out.`]
				: [])
		],
		readAs
	};
}

/** Lists by category: a role column, then columns named after categories, each cell a list. */
function readLists(
	header: string[],
	rows: Cell[][],
	fileName: string,
	categories: (Category | undefined)[]
): Reading {
	const builder = new Builder();
	for (const row of rows) {
		const role = text(row[0]);
		if (role === '') continue;
		builder.node(role, 'role');
		categories.forEach((category, i) => {
			if (!category || i === 0) return;
			for (const item of cellValues(row[i]))
				builder.link(role, builder.node(item, category), undefined);
		});
	}
	const roles = [...builder.nodes.values()].filter((n) => n.category === 'role').length;
	const named = header
		.slice(1)
		.map((name, i) => `"${name}" → ${categories[i + 1]}`)
		.join(', ');
	return {
		graph: builder.graph(fileName),
		notices: builder.notices(),
		readAs: `Read as a role per row with lists by category (${named}): ${plural(roles, 'role')}, ${plural(builder.nodes.size - roles, 'item')}, ${plural(builder.links.size, 'link')}.`
	};
}

/** What a table holds, for the mapping step. */
export function profileTable(header: string[], rows: Cell[][]): TableProfile {
	const records = rows.map((row) =>
		Object.fromEntries(header.map((name, i) => [name, row[i] ?? undefined]))
	);
	const fields = profileFields(records);
	return {
		kind: 'table',
		rows: rows.length,
		columns: header.map(
			(name) =>
				fields.find((f) => f.name === name) ?? {
					name,
					count: 0,
					distinct: 0,
					values: [],
					numeric: false
				}
		)
	};
}

/**
 * Reads a table (its header and rows, from CSV or a spreadsheet) as a graph, by its shape or by
 * the mapping given. Throws MappingNeededError for a table of no shape rolegraph knows.
 */
export function readTable(
	header: string[],
	rows: Cell[][],
	fileName: string,
	mapping?: TableMapping
): Reading {
	const names = header.map((name) => name.trim());
	const lower = names.map((name) => name.toLowerCase());
	const shape = shapeKey(profileTable(names, []));
	const withShape = (reading: Reading): Reading => ({ ...reading, shape });
	if (!mapping && CSV_COLUMNS.required.every((column) => lower.includes(column))) {
		return edgeList(lower, rows, fileName);
	}
	const column = (name: string | undefined, fallback: number) => {
		if (name === undefined) return fallback;
		const at = names.indexOf(name);
		if (at === -1)
			throw new MappingNeededError(
				`${fileName} has no column "${name}" (it has ${names.map((n) => `"${n}"`).join(', ')}).`,
				profileTable(names, rows)
			);
		return at;
	};
	if (mapping) {
		const role = column(mapping.role, 0);
		const fixed = mapping.category && 'all' in mapping.category ? mapping.category.all : undefined;
		if (mapping.layout === 'matrix')
			return withShape(readMatrix(names, rows, fileName, role, fixed ?? 'skill'));
		const item = column(mapping.item, role === 0 ? 1 : 0);
		const level = mapping.level === undefined ? undefined : column(mapping.level, -1);
		const choice = mapping.category;
		const from = choice && 'attribute' in choice ? column(choice.attribute, -1) : undefined;
		return withShape(
			readPairs(names, rows, fileName, {
				role,
				item,
				level,
				category: (row) =>
					choice ? categoryFor(choice, from === undefined ? undefined : text(row[from])) : 'skill',
				categoryName:
					choice && 'attribute' in choice
						? `category from "${choice.attribute}"`
						: (fixed ?? 'skill')
			})
		);
	}
	const used = names.map((name, i) => name !== '' || rows.some((row) => text(row[i]) !== ''));
	const width = used.filter(Boolean).length;
	const body = rows.flatMap((row) => row.slice(1));
	const filled = body.filter((cell) => text(cell) !== '');
	const levelsOrMarks = filled.filter((cell) => isLevel(cell) || MARK.test(text(cell)));
	const headerCategories = names.map((name) => categoryOfHeader(name));
	// A role and what it needs: two columns, or three with levels in the third.
	const thirdIsLevel =
		width === 3 &&
		rows.some((row) => isLevel(row[2])) &&
		rows.every((row) => text(row[2]) === '' || isLevel(row[2]));
	// Roles are names: a first column of numbers (sizes, ids) is no role column.
	const rolesAreNames =
		rows.filter((row) => !isLevel(row[0]) && text(row[0]) !== '').length > rows.length / 2;
	if ((width === 2 || thirdIsLevel) && rolesAreNames) {
		const category =
			headerCategories[1] && headerCategories[1] !== 'role' ? headerCategories[1] : 'skill';
		return withShape(
			readPairs(names, rows, fileName, {
				role: 0,
				item: 1,
				...(thirdIsLevel ? { level: 2 } : {}),
				category: () => category,
				categoryName: category
			})
		);
	}
	if (
		width >= 3 &&
		headerCategories.slice(1).every((c) => c !== undefined && c !== 'role') &&
		levelsOrMarks.length < filled.length
	) {
		return withShape(readLists(names, rows, fileName, headerCategories));
	}
	if (
		width >= 3 &&
		rolesAreNames &&
		filled.length > 0 &&
		levelsOrMarks.length >= filled.length * 0.8
	) {
		return withShape(readMatrix(names, rows, fileName, 0, 'skill'));
	}
	throw new MappingNeededError(
		`${fileName} is a table of no shape rolegraph recognises: ${plural(names.length, 'column')} (${names.map((n) => `"${n}"`).join(', ')}), ${plural(rows.length, 'row')}. rolegraph reads a role-by-skill matrix, two columns (role and skill), or its own edge list (role, node, category). Say which column is the role and which is what it needs (in the import's mapping step, or with --layout=pairs --role=… --item=… on the command line).`,
		profileTable(names, rows)
	);
}

/** rolegraph's edge list, from a table's rows (a spreadsheet's, or CSV's). */
function edgeList(header: string[], rows: Cell[][], fileName: string): Reading {
	const asRows: Row[] = rows.map((row, i) => ({
		line: i + 2,
		cells: Object.fromEntries(
			header.map((name, j) => [name, row[j] === null || row[j] === undefined ? '' : String(row[j])])
		)
	}));
	const { data, locator, notices, problems } = readEdgeList({ header, rows: asRows }, fileName);
	return {
		graph: data,
		locator,
		notices,
		problems: problems.map(({ line, message }) => ({ where: `line ${line}`, message }))
	};
}
