import { derived } from './cache';
import type { KnowledgeGraph } from './types';

/** A value an extra attribute may hold (undefined: absent). */
export type FieldValue = string | number | boolean | undefined;

/**
 * An attribute a dataset's nodes or links carry beyond rolegraph's own (label, category,
 * sources…), described as data, so that every view, measure and format handles it without
 * knowing the dataset: O*NET describes `importance`, `hot`, `inDemand`, `rank` and `jobZone`; an
 * imported skills matrix `level`.
 */
export interface FieldDescription {
	/** The attribute's name on the node or link, e.g. "importance". */
	name: string;
	/** Whether nodes or links carry it. */
	on: 'node' | 'link';
	type: 'number' | 'boolean' | 'string';
	/** What views call it: "importance", "job zone", "hot technology". */
	label: string;
	/** What it means, in a sentence, for people reading the data. */
	meaning: string;
	/** For numbers: the lowest and highest value the dataset gives it. */
	range?: [number, number];
	/** How lists and panels mark it: a flag's `mark` when true, "label value" for a value. */
	show?: 'flag' | 'value' | 'none';
	/** The short text of a flag's mark: "hot". */
	mark?: string;
	/** Items sort by their flags and values in this order (lower first); absent: not a sort key. */
	order?: number;
	/** Nodes whose link has this flag are ringed in drawings, and the legend says so in these words. */
	legend?: string;
	/** What it adds to a link's weight in the measures: a flag when set, a value by its share of the range. */
	weight?: number;
	/** A flag as a reason in words: "a hot technology". */
	says?: string;
	/** For numbers, worked out from the data (never stored): the lowest and highest value it has. */
	span?: [number, number];
}

/**
 * Attributes with a common meaning, described once: datasets and imports that carry them need
 * not describe them again (a dataset's own description of a name wins).
 */
export const COMMON_FIELDS: readonly FieldDescription[] = [
	{
		name: 'hot',
		on: 'link',
		type: 'boolean',
		label: 'hot technology',
		meaning: 'A technology employers often ask for.',
		show: 'flag',
		mark: 'hot',
		order: 1,
		legend: 'hot technology',
		weight: 0.5,
		says: 'a hot technology'
	},
	{
		name: 'inDemand',
		on: 'link',
		type: 'boolean',
		label: 'in demand',
		meaning: 'In demand in job postings for the role.',
		show: 'flag',
		mark: 'in demand',
		order: 2,
		weight: 0.5,
		says: 'in demand in job postings'
	},
	{
		name: 'importance',
		on: 'link',
		type: 'number',
		label: 'importance',
		meaning: 'How important the item is to the role.',
		show: 'value',
		order: 3,
		weight: 1
	},
	{
		name: 'level',
		on: 'link',
		type: 'number',
		label: 'level',
		meaning: 'The level of the item the role calls for (a proficiency, a rating).',
		// Wide enough for the scales people use (1–3, 1–5, O*NET's 0–7, 0–10, percentages), narrow
		// enough to catch a year or an id read as a level.
		range: [0, 100],
		show: 'value',
		order: 4,
		weight: 1
	},
	{
		name: 'rank',
		on: 'link',
		type: 'number',
		label: 'rank',
		meaning: 'Where the source ranks the relation, 1 first.',
		show: 'none'
	},
	{
		name: 'jobZone',
		on: 'node',
		type: 'number',
		label: 'job zone',
		meaning: 'How much preparation the role needs, from 1 (little) to 5 (extensive).',
		range: [1, 5],
		show: 'value'
	}
];

/** The common description of an attribute name, if it has one. */
export function commonField(name: string, on: 'node' | 'link'): FieldDescription | undefined {
	return COMMON_FIELDS.find((field) => field.name === name && field.on === on);
}

/**
 * The fields a graph's nodes and links carry, described: the dataset's own descriptions (its
 * `fields` attribute), then the common ones of attributes its data has but does not describe.
 * Numbers get the span of values the data actually has.
 */
export const graphFields = derived((graph: KnowledgeGraph): FieldDescription[] => {
	const declared = graph.getAttribute('fields') ?? [];
	const seen = new Map<string, { on: 'node' | 'link'; low: number; high: number }>();
	const note = (name: string, on: 'node' | 'link', value: unknown) => {
		const key = `${on}:${name}`;
		let entry = seen.get(key);
		if (!entry) seen.set(key, (entry = { on, low: Infinity, high: -Infinity }));
		if (typeof value === 'number' && Number.isFinite(value)) {
			entry.low = Math.min(entry.low, value);
			entry.high = Math.max(entry.high, value);
		}
	};
	graph.forEachNode((_id, attributes) => {
		for (const [name, value] of Object.entries(attributes)) {
			if (!CORE_NODE_ATTRIBUTES.has(name) && value !== undefined) note(name, 'node', value);
		}
	});
	graph.forEachEdge((_edge, attributes) => {
		for (const [name, value] of Object.entries(attributes)) {
			if (!CORE_LINK_ATTRIBUTES.has(name) && value !== undefined) note(name, 'link', value);
		}
	});
	const fields: FieldDescription[] = [];
	for (const [key, { on, low, high }] of seen) {
		const name = key.slice(key.indexOf(':') + 1);
		const field =
			declared.find((one) => one.name === name && one.on === on) ?? commonField(name, on);
		if (!field) continue;
		fields.push(field.type === 'number' && low <= high ? { ...field, span: [low, high] } : field);
	}
	return fields.sort((x, y) => (x.order ?? Infinity) - (y.order ?? Infinity));
});

/** The attributes of nodes rolegraph itself defines (everything else is a described field). */
export const CORE_NODE_ATTRIBUTES: ReadonlySet<string> = new Set([
	'label',
	'category',
	'kind',
	'description',
	'aliases',
	'note',
	'code',
	'unrated'
]);

/** The attributes of links rolegraph itself defines. */
export const CORE_LINK_ATTRIBUTES: ReadonlySet<string> = new Set(['relation', 'sources', 'note']);

/** The fields of a graph's links that views show or sort by, in their order. */
export function linkFields(graph: KnowledgeGraph): FieldDescription[] {
	return graphFields(graph).filter((field) => field.on === 'link');
}

/** The field whose flag rings nodes in drawings, if the graph has one. */
export function highlightField(fields: readonly FieldDescription[]): FieldDescription | undefined {
	return fields.find((field) => field.type === 'boolean' && field.legend !== undefined);
}
