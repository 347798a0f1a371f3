import type { ResolvedPathname } from '$app/types';
import { agree, coverageSentence } from '../../graph/answer-wording';
import type { DataAccess } from '../../client/data-access';
import type { CanvasHandle } from '../../components/graph/canvas.svelte';
import type { CompareItem, Comparison } from '../../graph/compare';
import { fileSlug } from '../../graph/formats/encoding';
import type { CarryItem, LearnItem } from '../../graph/gap';
import { compareNodes } from '../../graph/order';
import { CATEGORIES } from '../../graph/types';
import { groupKey } from '../../viz/collapse';
import type { Zone } from '../../graph/compare';
import type { ExportView } from '../../components/export-view';
import { highlightField } from '../../graph/fields';
import { wrapText } from '../shared/wrap';
import { gapElements, gapHighlight } from './gap-elements';
import type { GapPageData } from './gap-page';
import { gapMissingSentences } from './gap-words';
import { aspectStep } from '../../viz/layout-spec';

/** Where the gap view's state lives besides itself: the page data, the data access, the canvas. */
export interface GapDeps {
	data: () => GapPageData;
	access: DataAccess;
	canvas: CanvasHandle;
	/** Lets the page update before going on (Svelte's tick). */
	settle?: () => Promise<void>;
}

/** Items each list shows before "Show all" (and the drawing points out). */
export const LISTED = 15;

/** Items to learn named in the exported image. */
const NAMED = 5;

/** An item to learn as the list shows it. */
export interface LearnEntry extends LearnItem {
	rank: number;
	/** Its reasons as one sentence. */
	why: string;
}

/**
 * The state of the view of the way from one role to another: coverage and what the data lacks in
 * words, what to learn and what carries over as listed (the first LISTED, or all), the drawing
 * pointing out the same items, the selected item, and the description of its exports.
 */
export class GapState {
	#deps: GapDeps;
	// Writable deriveds: the user's choices, started afresh for each new pair of roles.
	selected: string | null = $derived.by(() => this.#fresh(null));
	allLearn: boolean = $derived.by(() => this.#fresh(false));
	allCarry: boolean = $derived.by(() => this.#fresh(false));
	/** Folded groups drawn whole, as `onlyB.technology`. */
	expanded: string[] = $derived.by(() => this.#fresh([]));
	width = $state(0);
	height = $state(0);

	constructor(deps: GapDeps) {
		this.#deps = deps;
	}

	get data(): GapPageData {
		return this.#deps.data();
	}

	/** `value`, read again whenever the page shows another pair of roles. */
	#fresh<T>(value: T): T {
		void this.gap;
		return value;
	}

	readonly gap = $derived.by(() => this.data.gap);
	readonly from = $derived.by(() => this.gap.from);
	readonly to = $derived.by(() => this.gap.to);
	readonly title = $derived(`From ${this.from.label} to ${this.to.label}`);
	/** The dataset as URLs carry it: undefined for the server's default one. */
	readonly dataset = $derived(this.data.dataset.isDefault ? undefined : this.data.dataset.id);
	readonly #query = $derived.by(() => ({ dataset: this.dataset }));

	/** "Web Developers already have 54% of what Software Developers need, weighted by importance…" */
	readonly coverageText = $derived(
		coverageSentence(this.from.label, this.to.label, this.gap.coverage, this.data.weighting)
	);
	/** Whether the order says anything: where every item weighs the same, it is the categories'. */
	readonly evenWeights = $derived(
		this.gap.learn.every((item) => item.weight === this.gap.learn[0]?.weight)
	);

	/** What the coverage figure is, for its tooltip. */
	readonly coverageTitle = $derived(
		`Coverage: the share of what ${this.to.label} ${agree(this.to.label, 'needs', 'need')} that ${this.from.label} already ${agree(this.from.label, 'has', 'have')}, ${this.data.weighting}.`
	);
	/** What the list of what carries over holds, in a sentence. */
	readonly carryHint = $derived(
		`What ${this.to.label} ${agree(this.to.label, 'needs', 'need')} that ${this.from.label} ${agree(this.from.label, 'has', 'have')} already${this.evenWeights ? '' : ', heaviest first'}.`
	);
	/** What the data lacks for either role, in sentences. */
	readonly missingNotes = $derived(
		gapMissingSentences(this.data.dataset.title, this.data.missing, this.from, this.to)
	);
	readonly learn: LearnEntry[] = $derived.by(() =>
		this.gap.learn.map((item, index) => ({ ...item, rank: index + 1, why: sentence(item.reasons) }))
	);
	readonly learnShown = $derived(this.allLearn ? this.learn : this.learn.slice(0, LISTED));
	readonly carryShown: CarryItem[] = $derived(
		this.allCarry ? this.gap.carry : this.gap.carry.slice(0, LISTED)
	);

	readonly compareHref: ResolvedPathname = $derived.by(() =>
		this.#deps.access.compareHref(this.from.id, this.to.id, this.#query)
	);
	/** The same two roles the other way round. */
	readonly reverseHref: ResolvedPathname = $derived.by(() =>
		this.#deps.access.gapHref(this.to.id, this.from.id, this.#query)
	);
	roleHref = (id: string): ResolvedPathname | undefined =>
		this.#deps.access.nodeHref?.(id, this.#query);

	/** The comparison the drawing shows: left behind, carries over, to learn. */
	readonly comparison: Comparison = $derived.by(() => ({
		a: this.from,
		b: this.to,
		onlyA: this.data.leftBehind,
		shared: byCategory(this.gap.carry),
		onlyB: byCategory(this.gap.learn),
		missing: this.data.missing
	}));

	/** The layout takes the shape of the canvas (aspectStep). */
	readonly aspect = $derived(aspectStep(this.width, this.height));

	readonly drawing = $derived.by(() =>
		gapElements(
			this.comparison,
			this.data.relations,
			Math.max(this.aspect, 0.5),
			gapHighlight(this.gap, this.learnShown, this.carryShown, this.expanded),
			this.data.dataset.fields
		)
	);

	/**
	 * What a ring around an item means, when some item has the dataset's highlighted flag (O*NET:
	 * "hot technology"); the legend and the exported image explain it.
	 */
	readonly ring = $derived.by(() => {
		const field = highlightField(this.data.dataset.fields);
		return field &&
			[...this.gap.learn, ...this.gap.carry, ...this.data.leftBehind].some(
				(item) => item[field.name] === true
			)
			? field.legend
			: undefined;
	});

	/** What an exported image or file of this view is called and says about itself. */
	readonly exportView: ExportView = $derived.by(() => {
		const { data, gap } = this;
		const fileBase = fileSlug(`${this.from.label} to ${this.to.label}`);
		const first = gap.learn
			.slice(0, NAMED)
			.map((item, index) => `${index + 1}. ${item.label}`)
			.join(', ');
		const summary = [this.coverageText, ...this.missingNotes].join(' ');
		const credit = data.dataset.credit;
		const items = [...gap.learn, ...gap.carry, ...data.leftBehind];
		return {
			frame: {
				title: this.title,
				subtitle: `${gap.carry.length} carry over, ${gap.learn.length} to learn (numbered in the order to learn them)`,
				notes: [
					...wrapText(this.coverageText),
					...this.missingNotes.flatMap((note) => wrapText(note)),
					...(first
						? wrapText(`Learn first: ${first}${gap.learn.length > NAMED ? ', …' : ''}`)
						: [])
				],
				categories: CATEGORIES.filter((category) =>
					items.some((item) => item.category === category)
				),
				roles: { a: this.from.label, b: this.to.label },
				ring: this.ring,
				credit: credit ?? `Data: ${data.dataset.title}`
			},
			fileBase,
			spec: { kind: 'compare', a: this.from.id, b: this.to.id },
			dataset: this.dataset,
			wholeFileBase: `${fileSlug(data.dataset.title)}-whole-graph`,
			files: [
				{
					label: 'What to learn and what carries over (CSV)',
					fileName: `${fileBase}-what-to-learn.csv`,
					mime: 'text/csv',
					make: async () =>
						(await import('./gap-csv')).gapCsv(gap, summary, credit, data.dataset.fields)
				}
			]
		};
	});

	/**
	 * Selects an item (null clears): a folded group unfolds first; with `center`, the drawing
	 * moves to it.
	 */
	async select(id: string | null, { center = false } = {}): Promise<void> {
		this.selected = id;
		if (id === null) return;
		if (!this.drawing.drawn.has(id)) {
			const zone = zoneOf(this.comparison, id);
			const item = zone && this.comparison[zone].find((entry) => entry.id === id);
			if (zone && item) {
				this.expand(groupKey(zone, item.category));
				center = true;
				await this.#deps.settle?.();
			}
		}
		if (center) this.#deps.canvas.center(id);
	}

	/** Draws a folded group whole. */
	expand(group: string): void {
		if (!this.expanded.includes(group)) this.expanded = [...this.expanded, group];
	}
}

/** Items by category, then label: the order the drawing groups them in. */
function byCategory<T extends CompareItem>(items: readonly T[]): T[] {
	return [...items].sort(compareNodes);
}

function zoneOf(comparison: Comparison, id: string): Zone | undefined {
	return (['onlyB', 'shared', 'onlyA'] as const).find((zone) =>
		comparison[zone].some((item) => item.id === id)
	);
}

/** Reasons as one sentence: "Software Developers needs it; in demand in job postings." */
function sentence(reasons: readonly string[]): string {
	const text = reasons.join('; ');
	return text === '' ? '' : `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}
