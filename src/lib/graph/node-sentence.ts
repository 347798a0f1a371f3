import { CATEGORY_NAMES, listInWords } from './category-names';
import type { FieldDescription } from './fields';
import type { NodeRolesAnswer } from './node-answer';
import { relationFor, RELATION_WORDS } from './relations';
import type { Grouping } from './role-groups';
import type { CategoryNeeds } from './role-needs';
import type { RelatedRole } from './nodes';
import type { Relation } from './types';

/** Labels longer than this are "it" in a sentence (O*NET's task statements are whole sentences). */
const NAMED_MAX = 60;

/** Groups a sentence names. */
const GROUPS_NAMED = 3;

/** How many roles link to a node as a sentence's subject and verb: "130 of the 923 occupations with technology data need". */
function subject(answer: NodeRolesAnswer): string {
	const { count, rated, grouping, node } = answer;
	const everyRoleRated = rated === answer.allRoles;
	const relation: Relation = answer.roles[0]?.relation ?? 'needs';
	const words = RELATION_WORDS[relation];
	const one = words.label;
	const many = words.plural.replace(/ (it|this)$/, '');
	const { one: role, many: roles } = grouping.role;
	const pool = everyRoleRated
		? roles
		: `${roles} with ${CATEGORY_NAMES[node.category].label.toLowerCase()} data`;
	if (count === 0) return `None of the ${rated} ${pool} ${one}`;
	if (count === rated && rated === 2) return `Both ${roles} ${many}`;
	if (count === rated && rated > 1) return `All ${rated} ${pool} ${many}`;
	if (rated === 1 && count === 1) return `The one ${role} ${one}`;
	return `${count} of the ${rated} ${pool} ${count === 1 ? one : many}`;
}

/** The flags the links carry, in words: "it is a hot technology for all of them and in demand for 65". */
function flagsClause(
	answer: NodeRolesAnswer,
	fields: readonly FieldDescription[]
): string | undefined {
	const parts: string[] = [];
	for (const field of fields) {
		if (field.on !== 'link' || field.type !== 'boolean' || field.show !== 'flag') continue;
		const set = answer.roles.filter((role) => role[field.name] === true).length;
		if (set === 0) continue;
		const how = set === answer.count ? (set === 1 ? 'it' : 'all of them') : String(set);
		parts.push(`${field.says ?? field.label} for ${how}`);
	}
	return parts.length > 0 ? `it is ${listInWords(parts)}` : undefined;
}

/** The values the links carry, in words: "its importance is 3.8 on average (3.0 to 4.6 of 5)". */
function valuesClause(answer: NodeRolesAnswer, fields: readonly FieldDescription[]): string[] {
	const clauses: string[] = [];
	for (const field of fields) {
		if (field.on !== 'link' || field.type !== 'number' || field.show !== 'value') continue;
		const values = answer.roles
			.map((role) => role[field.name])
			.filter((value): value is number => typeof value === 'number');
		if (values.length === 0) continue;
		const low = Math.min(...values);
		const high = Math.max(...values);
		const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
		const of = field.range ? ` of ${field.range[1]}` : '';
		clauses.push(
			low === high
				? `its ${field.label} is ${format(low)}${of}`
				: `its ${field.label} is ${format(mean)} on average (${format(low)} to ${format(high)}${of})`
		);
	}
	return clauses;
}

/** Where the roles are, by group: "most are in A (34), B (34) and C (26)". */
function groupsClause(answer: NodeRolesAnswer): string | undefined {
	const { groups, grouping, count } = answer;
	if (!grouping.families || groups.length === 0) return undefined;
	if (groups.length === 1) {
		return count === 1 ? `it is in ${groups[0]!.name}` : `all are in ${groups[0]!.name}`;
	}
	const named = groups.slice(0, GROUPS_NAMED);
	const list = listInWords(named.map((group) => `${group.name} (${group.count})`));
	const held = named.reduce((sum, group) => sum + group.count, 0);
	return held * 2 > count
		? `most are in ${list}`
		: `the largest ${pluralOf(grouping.label)} are ${list}`;
}

/**
 * The answer to "who needs it?" in words and numbers, made from the data and the dataset's own
 * descriptions: "130 of the 923 occupations with technology data need Python; it is a hot
 * technology for all of them and in demand in job postings for 65; most are in Computer and
 * Mathematical (34), Architecture and Engineering (34) and Life, Physical, and Social Science (26)."
 * Where the dataset has data on the category for every role, the pool needs no qualifier.
 */
export function whoNeedsSentence(
	answer: NodeRolesAnswer,
	fields: readonly FieldDescription[]
): string {
	const { node } = answer;
	const name = node.label.length > NAMED_MAX ? 'it' : node.label;
	const clauses = [`${subject(answer)} ${name}`];
	if (answer.count > 0) {
		const flags = flagsClause(answer, fields);
		if (flags) clauses.push(flags);
		clauses.push(...valuesClause(answer, fields));
		const groups = groupsClause(answer);
		if (groups) clauses.push(groups);
	}
	return `${clauses.join('; ')}.`;
}

/** A value as a sentence shows it: at most one decimal. */
function format(value: number): string {
	return String(Math.round(value * 10) / 10);
}

/** "occupation families", "groups". */
function pluralOf(word: string): string {
	return /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`;
}

/** How a role's page says what it has of a category, by the relation to it. */
const HAS: Record<string, string> = {
	needs: 'needs',
	responsibleFor: 'has',
	hireFor: 'is the hire in'
};

/**
 * What a role needs, in words and numbers, from the data and the dataset's descriptions: "Needs
 * 426 technologies (149 hot, 31 in demand); has 19 responsibilities; no skill data; related to
 * 10 occupations, and 58 more name it as related."
 */
export function roleNeedsSentence(
	needs: readonly CategoryNeeds[],
	related: readonly RelatedRole[],
	fields: readonly FieldDescription[],
	grouping: Grouping
): string {
	const byVerb = new Map<string, string[]>();
	const unrated: string[] = [];
	for (const { category, items, unrated: none } of needs) {
		if (none) {
			unrated.push(`no ${CATEGORY_NAMES[category].label.toLowerCase()} data`);
			continue;
		}
		const flags = fields
			.filter((field) => field.on === 'link' && field.type === 'boolean' && field.show === 'flag')
			.map((field) => [field, items.filter((item) => item[field.name] === true).length] as const)
			.filter(([, count]) => count > 0)
			.map(([field, count]) => `${count} ${field.mark ?? field.label}`);
		const noun =
			items.length === 1 ? CATEGORY_NAMES[category].label : CATEGORY_NAMES[category].plural;
		const part = `${items.length} ${noun.toLowerCase()}${flags.length > 0 ? ` (${flags.join(', ')})` : ''}`;
		const verb = HAS[relationFor(category)] ?? 'has';
		byVerb.set(verb, [...(byVerb.get(verb) ?? []), part]);
	}
	const clauses = [...byVerb].map(([verb, parts]) => `${verb} ${listInWords(parts)}`);
	clauses.push(...unrated);
	const own = new Set(related.filter((role) => role.direction !== 'in').map((role) => role.id));
	const others = new Set(related.filter((role) => !own.has(role.id)).map((role) => role.id));
	const roles = (n: number) => `${n} ${n === 1 ? grouping.role.one : grouping.role.many}`;
	if (own.size > 0) {
		clauses.push(
			`related to ${roles(own.size)}${others.size > 0 ? `, and ${others.size} more name it as related` : ''}`
		);
	} else if (others.size > 0) clauses.push(`named as related by ${roles(others.size)}`);
	if (clauses.length === 0) return 'The data links it to nothing.';
	const text = clauses.join('; ');
	return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}
