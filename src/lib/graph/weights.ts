import { derived } from './cache';
import { linkFields } from './fields';
import type { EdgeAttributes, KnowledgeGraph } from './types';

/**
 * A numeric rating on links (O*NET skill importance, an import's proficiency `level`): a link
 * rated at the lowest value the dataset gives counts 1, at the highest 1 + `bonus`.
 */
export interface ScaleWeight {
	kind: 'scale';
	attribute: string;
	/** The lowest and highest values the dataset gives this attribute. */
	low: number;
	high: number;
	bonus: number;
	/** What the rating is, in words ("importance", "level"). */
	name: string;
}

/** A yes/no mark on links (O*NET hot and in-demand technologies): a marked link counts `bonus` more. */
export interface FlagWeight {
	kind: 'flag';
	attribute: string;
	bonus: number;
	/** What the mark says, as a reason ("a hot technology"). */
	says: string;
	/** The mark's short name, as lists show it ("hot", "in demand"). */
	mark: string;
}

export type AttributeWeight = ScaleWeight | FlagWeight;

/** The evidence a similarity between two roles can draw on. */
export const SIGNALS = ['needs', 'titles', 'tasks', 'description'] as const;
export type Signal = (typeof SIGNALS)[number];

/**
 * How a dataset's links and roles weigh in the measures: which link attributes add weight and
 * how, and which signals of similarity it has with their share of the score. Derived from the
 * graph today; a dataset descriptor can supply the same object later, without changing a measure.
 */
export interface WeightScheme {
	attributes: AttributeWeight[];
	/** Each signal the dataset has, and its weight in the score (normalised over those present). */
	signals: Partial<Record<Signal, number>>;
}

/**
 * The weight of each signal where a dataset has it, tuned on O*NET against its related
 * occupations (docs/ANSWERS.md): alternate titles and task statements say most, what roles need
 * and their descriptions refine it.
 */
export const SIGNAL_WEIGHTS: Readonly<Record<Signal, number>> = {
	needs: 1,
	titles: 6,
	tasks: 6,
	description: 1
};

/** The weight scheme a graph's own data calls for: only attributes and signals it has. */
export const describeWeights = derived((graph: KnowledgeGraph): WeightScheme => {
	const signals = new Set<Signal>();
	graph.forEachEdge((_edge, _attributes, _source, _target, sourceAttributes, targetAttributes) => {
		if (sourceAttributes.category !== 'role' || targetAttributes.category === 'role') return;
		signals.add('needs');
		if (targetAttributes.category === 'responsibility') signals.add('tasks');
	});
	graph.forEachNode((_id, { category, aliases, description }) => {
		if (category !== 'role') return;
		if (aliases && aliases.length > 0) signals.add('titles');
		if (description) signals.add('description');
	});
	// What each link field adds, as the dataset describes it (fields.ts): flags when set, ratings
	// by their share of the range the data spans.
	const attributes = linkFields(graph).flatMap((field): AttributeWeight[] => {
		if (!field.weight) return [];
		if (field.type === 'boolean') {
			return [
				{
					kind: 'flag',
					attribute: field.name,
					bonus: field.weight,
					says: field.says ?? field.label,
					mark: field.mark ?? field.label
				}
			];
		}
		if (field.type !== 'number' || !field.span) return [];
		const [low, high] = field.span;
		return [
			{ kind: 'scale', attribute: field.name, bonus: field.weight, name: field.label, low, high }
		];
	});
	return {
		attributes: [
			...attributes.filter((rule) => rule.kind === 'scale'),
			...attributes.filter((rule) => rule.kind === 'flag')
		],
		signals: Object.fromEntries(
			SIGNALS.filter((s) => signals.has(s)).map((s) => [s, SIGNAL_WEIGHTS[s]])
		)
	};
});

/**
 * How much a role needs what a link points to: 1, plus each attribute's bonus (a rating's share
 * of its range, a flag's bonus when set). Equal weights where the dataset rates nothing.
 */
export function linkWeight(scheme: WeightScheme, attributes: EdgeAttributes): number {
	const link: Record<string, unknown> = attributes;
	let weight = 1;
	for (const rule of scheme.attributes) {
		if (rule.kind === 'flag') {
			if (link[rule.attribute] === true) weight += rule.bonus;
		} else {
			const value = link[rule.attribute];
			if (typeof value === 'number' && Number.isFinite(value)) {
				weight += rule.bonus * scaleShare(rule, value);
			}
		}
	}
	return weight;
}

function scaleShare(rule: ScaleWeight, value: number): number {
	if (rule.high <= rule.low) return 1;
	return Math.min(1, Math.max(0, (value - rule.low) / (rule.high - rule.low)));
}

/** Why a link weighs what it does, in words: "importance 4.5 (of 3–5)", "a hot technology". */
export function weightReasons(scheme: WeightScheme, attributes: EdgeAttributes): string[] {
	const link: Record<string, unknown> = attributes;
	const reasons: string[] = [];
	for (const rule of scheme.attributes) {
		if (rule.kind === 'flag') {
			if (link[rule.attribute] === true) reasons.push(rule.says);
		} else {
			const value = link[rule.attribute];
			if (typeof value === 'number' && Number.isFinite(value)) {
				reasons.push(
					`${rule.name} ${round(value)} (this dataset rates ${round(rule.low)}–${round(rule.high)})`
				);
			}
		}
	}
	return reasons;
}

function round(value: number): string {
	return String(Math.round(value * 100) / 100);
}
