import type { EdgeAttributes, NodeAttributes } from '../types';

/**
 * The cells of rolegraph's CSV edge list that go beyond role, node and category: shared by the
 * writer (csv-write.ts) and the reader (csv-edge-list.ts), so what one writes the other reads.
 */

/** Node attributes and their columns (a role's on its own row, a node's on a row that names it). */
export const NODE_CELLS = {
	kind: 'kind',
	aliases: 'aliases',
	code: 'code',
	jobZone: 'job_zone',
	unrated: 'unrated',
	note: 'node_note'
} as const satisfies Partial<Record<keyof NodeAttributes, string>>;

/** Link attributes and their columns. */
export const LINK_CELLS = {
	note: 'note',
	importance: 'importance',
	hot: 'hot',
	inDemand: 'in_demand',
	rank: 'rank',
	level: 'level'
} as const satisfies Partial<Record<keyof EdgeAttributes, string>>;

export const LIST_CELLS = new Set<string>(['aliases', 'unrated']);
export const NUMBER_CELLS = new Set<string>(['job_zone', 'importance', 'rank', 'level']);
export const FLAG_CELLS = new Set<string>(['hot', 'in_demand']);

/** The separator between several values in one cell (sources, aliases). */
export const LIST_SEPARATOR = '|';

/**
 * Values as one cell, `|`-separated. A `|` or `\` inside a value, and white space at its ends
 * (which the reader would trim), are escaped with `\`, so splitList gives the values back exactly.
 */
export function joinList(values: readonly string[]): string {
	return values
		.map((value) => {
			const escaped = value.replace(/[\\|]/g, '\\$&');
			const lead = /^\s*/.exec(escaped)![0].replace(/./gsu, '\\$&');
			const rest = escaped.slice(/^\s*/.exec(escaped)![0].length);
			const trail = /\s*$/.exec(rest)![0];
			return lead + rest.slice(0, rest.length - trail.length) + trail.replace(/./gsu, '\\$&');
		})
		.join(LIST_SEPARATOR);
}

/** Splits a cell on `|` (not `\|`), trimming white space around each value unless escaped. */
export function splitList(cell: string): string[] {
	const values: string[] = [];
	let chars: { c: string; kept: boolean }[] = [];
	const flush = () => {
		let start = 0;
		let end = chars.length;
		while (start < end && !chars[start]!.kept && /\s/.test(chars[start]!.c)) start++;
		while (end > start && !chars[end - 1]!.kept && /\s/.test(chars[end - 1]!.c)) end--;
		const value = chars
			.slice(start, end)
			.map((x) => x.c)
			.join('');
		if (value !== '') values.push(value);
		chars = [];
	};
	const list = [...cell];
	for (let i = 0; i < list.length; i++) {
		const c = list[i]!;
		if (c === '\\' && i + 1 < list.length) chars.push({ c: list[++i]!, kept: true });
		else if (c === LIST_SEPARATOR) flush();
		else chars.push({ c, kept: false });
	}
	flush();
	return values;
}

/** A cell a spreadsheet would run as a formula, prefixed with `'` (and one that looks escaped, too). */
export function escapeFormula(cell: string): string {
	return /^'*[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** Undoes escapeFormula (and Papa Parse's escapeFormulae, which rolegraph wrote before). */
export function unescapeFormula(cell: string): string {
	return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** A value as a cell. */
export function cellText(name: string, value: unknown): string {
	if (value === undefined) return '';
	if (Array.isArray(value)) return joinList(value.map(String));
	if (FLAG_CELLS.has(name)) return value ? 'true' : 'false';
	return String(value);
}
