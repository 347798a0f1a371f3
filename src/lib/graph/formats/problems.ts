import type { ValidationIssue } from '../errors';
import { CATEGORIES } from '../types';

/**
 * One message per kind of problem: a file whose 4,941 nodes lack a category gets one line naming
 * how many and what they have instead, not 4,941 lines. Problems of a kind that occurs once keep
 * their own line (with its place in the file).
 */

/** A number outside the range a field's description gives (validate.ts says it so). */
const OUT_OF_RANGE = /^([^:]+): (-?[\d.e+-]+) is outside/;

/** Issues of one kind: the element they are about, and the message with its values taken out. */
function kindOf(issue: ValidationIssue): { element: 'node' | 'link' | 'other'; pattern: string } {
	const element = /\(id "/.test(issue.where) ? 'node' : / → /.test(issue.where) ? 'link' : 'other';
	const pattern = issue.message
		.replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
		.replace(/\bundefined\b/g, '…')
		.replace(OUT_OF_RANGE, '$1: … is outside');
	return { element, pattern };
}

/** The quoted values of a message, in order ("talent" of `unknown category "talent"`). */
function quoted(message: string): string[] {
	return [...message.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((match) => match[1]!);
}

function count(n: number, one: string, many = `${one}s`): string {
	return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** "a" (3), "b" (2), … and N more. */
function tally(values: string[], limit = 8): string {
	const counts = new Map<string, number>();
	for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
	const sorted = [...counts].sort((a, b) => b[1] - a[1]);
	const shown = sorted
		.slice(0, limit)
		.map(([value, n]) => `"${value}" (${n.toLocaleString('en')})`);
	const more = sorted.length > limit ? `, and ${sorted.length - limit} more` : '';
	return `${shown.join(', ')}${more}`;
}

/** The wheres of the first few issues: "line 3 (id "a"), line 7 (id "b") …". */
function firstWheres(issues: ValidationIssue[]): string {
	const shown = issues.slice(0, 3).map((issue) => issue.where);
	return `${shown.join(', ')}${issues.length > 3 ? ', …' : ''}`;
}

/** What the nodes of a file have, for the message about missing categories. */
export interface FileFields {
	/** The node attributes the file has, commonest first. */
	nodeAttributes: string[];
}

/** Turns a message for many elements of one kind into one line. */
function summarise(
	element: 'node' | 'link' | 'other',
	issues: ValidationIssue[],
	fields: FileFields | undefined
): ValidationIssue {
	const [first] = issues;
	const message = first!.message;
	const rows = issues.every((issue) => /^line \d/.test(issue.where));
	const what = element === 'link' ? 'link' : element === 'node' ? 'node' : rows ? 'row' : 'element';
	const n = count(issues.length, what);
	if (/^attributes\.category: unknown category (?:undefined|…)/.test(message)) {
		const attributes = fields?.nodeAttributes.filter((name) => name !== 'category') ?? [];
		return {
			where: '',
			message: `${n} have no category; their attributes are ${attributes.length > 0 ? attributes.join(', ') : 'none'}. Say where categories come from in the mapping step (or with --category on the command line).`
		};
	}
	if (/^attributes\.category: unknown category "/.test(message)) {
		const values = issues.map((issue) => quoted(issue.message)[0] ?? '');
		return {
			where: '',
			message: `${n} have a category rolegraph does not know: ${tally(values)}; use one of ${CATEGORIES.join(', ')}.`
		};
	}
	if (/^edges start at a role, but "/.test(message)) {
		const kinds = new Map<string, number>();
		for (const issue of issues) {
			const kind = /is an? (\w+)$/.exec(issue.message)?.[1] ?? 'other';
			kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
		}
		const by = [...kinds].map(([kind, k]) => `${kind} ${k.toLocaleString('en')}`).join(', ');
		return {
			where: '',
			message: `${n} start at a node that is not a role (${by}): links go from a role to what it needs. In the mapping step, turn them or leave out links between two non-roles (--orient, --drop-non-role-links).`
		};
	}
	if (OUT_OF_RANGE.test(message)) {
		const found = issues.map((issue) => Number(OUT_OF_RANGE.exec(issue.message)?.[2]));
		const name = OUT_OF_RANGE.exec(message)![1]!.replace(/^attributes\./, '');
		const range = /outside its range, (.*)$/.exec(message)?.[1] ?? '';
		return {
			where: '',
			message: `${n} have a ${name} outside its range, ${range}: the file has ${Math.min(...found)} to ${Math.max(...found)} (first: ${firstWheres(issues)}).`
		};
	}
	if (/\(dangling reference\)$/.test(message)) {
		const names = issues.map((issue) => quoted(issue.message)[0] ?? '');
		return { where: '', message: `${n} name a node the file does not have: ${tally(names)}.` };
	}
	// Any other kind: the values found, tallied where the message quotes one (what the file has
	// instead: `unknown source "zz" (100)`), and where the first few are.
	const pattern = kindOf(first!).pattern;
	const values = issues.map((issue) => quoted(issue.message)[0]);
	const said = values.every((value) => value !== undefined)
		? pattern.replace('"…"', tally(values as string[]))
		: pattern;
	return { where: '', message: `${n}: ${said} (first: ${firstWheres(issues)}).` };
}

/**
 * The issues of a file, one per kind of problem: kinds that occur once are left as they are;
 * others become one line with how many there are and what the file has instead.
 */
export function summariseIssues(issues: ValidationIssue[], fields?: FileFields): ValidationIssue[] {
	const groups = new Map<
		string,
		{ element: 'node' | 'link' | 'other'; issues: ValidationIssue[] }
	>();
	for (const issue of issues) {
		const { element, pattern } = kindOf(issue);
		const key = `${element}\u0000${pattern}`;
		const group = groups.get(key);
		if (group) group.issues.push(issue);
		else groups.set(key, { element, issues: [issue] });
	}
	return [...groups.values()].map((group) =>
		group.issues.length === 1 ? group.issues[0]! : summarise(group.element, group.issues, fields)
	);
}
