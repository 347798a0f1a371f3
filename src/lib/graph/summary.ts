import { compareRoles, type CompareItem } from './compare';
import { roleRelations } from './nodes';
import { RELATION_LABELS } from './relations';
import { closeness } from './similarity';
import type { KnowledgeGraph } from './types';
import { linkWeight } from './weights';
import { similarityIndex } from './similarity-index';

/** A comparison said in words, generated from the data. */
export interface ComparisonSummary {
	sentences: string[];
	/** The sentences as one paragraph. */
	text: string;
}

/** Items named per list in a summary. */
const NAMED = 3;

/** Notes short enough to quote after a relation (O*NET's "O*NET relatedness: Primary-Short"). */
const SHORT_NOTE = 60;

/**
 * A short summary of two roles: how much they overlap (by count and by weight, both ways), how
 * alike they are, the most important shared items (those adding most to the similarity) and
 * unique ones (heaviest, then stated by more sources), how the data relates them, and
 * which to hire for what, where the data says. Throws UnknownNodeError / NotARoleError.
 */
export function summariseComparison(
	graph: KnowledgeGraph,
	a: string,
	b: string
): ComparisonSummary {
	const comparison = compareRoles(graph, a, b);
	const { a: roleA, b: roleB, shared, onlyA, onlyB } = comparison;
	const scheme = similarityIndex(graph).scheme;
	const weightFor = (role: string, id: string) =>
		linkWeight(scheme, graph.getEdgeAttributes(graph.edge(role, id)!));
	const heaviest = (items: CompareItem[], weigh: (id: string) => number) =>
		items
			.map((item, order) => ({ item, weight: weigh(item.id), order }))
			.sort(
				(x, y) =>
					y.weight - x.weight || sourceCount(y.item) - sourceCount(x.item) || x.order - y.order
			)
			.slice(0, NAMED)
			.map(({ item }) => item.label);
	const sentences: string[] = [];
	const union = shared.length + onlyA.length + onlyB.length;
	if (a === b) {
		sentences.push(`${roleA.label} is compared with itself.`);
	} else {
		const percent = union === 0 ? 0 : Math.round((100 * shared.length) / union);
		sentences.push(
			`${roleA.label} and ${roleB.label} have ${shared.length} of their ${union} requirements in common (${percent}%).`
		);
		const { score, coverage } = closeness(graph, a, b);
		const weighing =
			scheme.attributes.length > 0
				? 'Weighted by how much each role needs them'
				: 'Counting each requirement alike';
		sentences.push(
			`${weighing}, ${roleB.label} has ${pct(coverage.toRole)} of what ${roleA.label} needs and ${roleA.label} has ${pct(coverage.fromRole)} of what ${roleB.label} needs; their similarity is ${score.toFixed(2)} on a scale of 0 to 1.`
		);
	}
	if (shared.length > 0) {
		// What adds most to their similarity: heavy for both, and rare among roles.
		const named = closeness(graph, a, b)
			.drivers.slice(0, NAMED)
			.map((item) => item.label);
		sentences.push(`Most important in common: ${inWords(named)}.`);
	}
	if (onlyA.length > 0) {
		sentences.push(`Only ${roleA.label}: ${inWords(heaviest(onlyA, (id) => weightFor(a, id)))}.`);
	}
	if (onlyB.length > 0 && a !== b) {
		sentences.push(`Only ${roleB.label}: ${inWords(heaviest(onlyB, (id) => weightFor(b, id)))}.`);
	}
	sentences.push(...relationSentences(graph, a, b));
	sentences.push(...hiringSentences(comparison.a.label, comparison.b.label, shared, onlyA, onlyB));
	return { sentences, text: sentences.join(' ') };
}

function relationSentences(graph: KnowledgeGraph, a: string, b: string): string[] {
	const sources = new Map(graph.getAttribute('sources').map((source) => [source.id, source]));
	return roleRelations(graph, a, b).map(({ source, target, relation, sources: cited, note }) => {
		const who = cited.map((id) => sources.get(id)?.short ?? sources.get(id)?.title ?? id);
		const quoted = note && note.length <= SHORT_NOTE ? ` (${note})` : '';
		return `${graph.getNodeAttribute(source, 'label')} ${RELATION_LABELS[relation]} ${graph.getNodeAttribute(target, 'label')}${quoted}, according to ${inWords(who)}.`;
	});
}

/** Which role to hire for what, from the data's hiring nodes (when it has any). */
function hiringSentences(
	labelA: string,
	labelB: string,
	shared: CompareItem[],
	onlyA: CompareItem[],
	onlyB: CompareItem[]
): string[] {
	const hiring = (items: CompareItem[]) =>
		items.filter((item) => item.category === 'hiring').map((item) => lowerFirst(item.label));
	const sentences: string[] = [];
	const forA = hiring(onlyA);
	const forB = hiring(onlyB);
	const either = hiring(shared);
	if (forA.length > 0) sentences.push(`Hire ${withArticle(labelA)} for ${inWords(forA, 'or')}.`);
	if (forB.length > 0) sentences.push(`Hire ${withArticle(labelB)} for ${inWords(forB, 'or')}.`);
	if (either.length > 0) sentences.push(`Either fits ${inWords(either, 'or')}.`);
	return sentences;
}

/** "a Backend Engineer", "an Engineer". */
function withArticle(label: string): string {
	return `${/^[AEIOU]/i.test(label) ? 'an' : 'a'} ${label}`;
}

function sourceCount(item: CompareItem): number {
	let count = 0;
	for (const list of Object.values(item.sources)) count += list.length;
	return count;
}

function pct(share: number): string {
	return `${Math.round(share * 100)}%`;
}

/** "A", "A and B", "A, B and C". */
export function inWords(items: readonly string[], last = 'and'): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;
}

/** "A long-term team member" → "a long-term team member"; "API design" stays as it is. */
function lowerFirst(text: string): string {
	return /^\p{Lu}(\p{Ll}|\s)/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}
