import type { ResolvedPathname } from '$app/types';
import type { DataAccess } from '../../client/data-access';
import type { ComparePageData } from '../../graph/compare-page';
import { fileSlug } from '../../graph/formats/encoding';
import { CATEGORY_NAMES, missingSentence } from '../../graph/category-names';
import { highlightField } from '../../graph/fields';
import { CATEGORIES } from '../../graph/types';
import type { CanvasHandle } from '../../components/graph/canvas.svelte';
import { groupKey, largestGroup } from '../../viz/collapse';
import { overlapElements } from '../../viz/overlap-elements';
import { aspectStep } from '../../viz/layout-spec';
import { ZONES } from '../../graph/compare';
import { placementOf } from '../../viz/placement';
import type { ExportView } from '../../components/export-view';
import { wrapText } from '../shared/wrap';
import { Selection } from '../shared/selection.svelte';
import { Folding } from '../shared/folding.svelte';
import { compareQuery, type CompareQuery } from './compare-query';
import { relationNotes, type RelationNote } from './relation-notes';

/** Where a comparison's state lives besides itself: the page, the router and the canvas. */
export interface CompareDeps {
	data: () => ComparePageData;
	/** The page's address (SvelteKit's page.url). */
	url: () => URL;
	access: DataAccess;
	/** Goes to another address of the app, keeping focus and scroll (SvelteKit's goto). */
	navigate: (href: ResolvedPathname) => void;
	/** Replaces the address without navigating (SvelteKit's replaceState). */
	replaceUrl: (href: ResolvedPathname) => void;
	canvas: CanvasHandle;
	/** Lets the page update before going on (Svelte's tick). */
	settle?: () => Promise<void>;
}

/**
 * The state of a comparison view: the comparison from the page data, the selection, how big
 * groups are folded (kept in the URL), the drawing for the canvas's shape, what the view says
 * about missing data and the selected node's place, and the description of its exports.
 */
export class CompareState {
	#deps: CompareDeps;
	readonly selection: Selection;

	/** How big groups are folded (kept in the URL). */
	readonly folding: Folding;
	/** The canvas's size, for the layout's shape. */
	width = $state(0);
	height = $state(0);

	constructor(deps: CompareDeps) {
		this.#deps = deps;
		this.selection = new Selection({
			data: () => deps.data().selected,
			href: (id) => this.hrefFor({ node: id }),
			replaceUrl: deps.replaceUrl,
			dataset: () => this.dataset,
			access: deps.access
		});
		this.folding = new Folding({
			url: deps.url,
			save: () => deps.replaceUrl(this.hrefFor({})),
			settle: deps.settle,
			selected: () => this.selection.id,
			center: (id) => deps.canvas.center(id)
		});
	}

	get data(): ComparePageData {
		return this.#deps.data();
	}

	readonly comparison = $derived.by(() => this.data.comparison);
	readonly title = $derived(`${this.comparison.a.label} vs ${this.comparison.b.label}`);
	readonly total = $derived(
		this.comparison.shared.length + this.comparison.onlyA.length + this.comparison.onlyB.length
	);
	readonly filtered = $derived(
		this.data.filters.categories.length + this.data.filters.sources.length > 0
	);
	/** The dataset as URLs carry it: undefined for the server's default one. */
	readonly dataset = $derived(this.data.dataset.isDefault ? undefined : this.data.dataset.id);

	/** The largest category group of any zone: folding is offered only when it is big. */
	readonly biggestGroup = $derived(largestGroup(this.comparison));

	/** Everything the URL carries for this view. */
	readonly query: CompareQuery = $derived.by(() => ({
		dataset: this.dataset,
		categories: this.data.filters.categories,
		sources: this.data.filters.sources,
		node: this.selection.id,
		cap: this.folding.cap,
		expanded: this.folding.expanded
	}));

	/** The layout takes the shape of the canvas (aspectStep). */
	readonly aspect = $derived(aspectStep(this.width, this.height));
	readonly drawing = $derived.by(() =>
		overlapElements(this.comparison, this.data.relations, Math.max(this.aspect, 0.5), {
			cap: this.folding.cap,
			expanded: this.folding.expanded,
			fields: this.data.dataset.fields
		})
	);
	readonly drawn = $derived(this.drawing.drawn);

	/** The label of one of the two roles (or the id, for anything else). */
	roleLabel = (id: string): string =>
		id === this.comparison.a.id
			? this.comparison.a.label
			: id === this.comparison.b.id
				? this.comparison.b.label
				: id;

	/** What the data lacks for either role, said once for the view, the lists and the exports. */
	readonly missingNotice = $derived(
		missingSentence(this.data.dataset.title, this.comparison.missing, this.roleLabel)
	);

	/** Where the selected node is in the drawing (for the details panel), if it is not a role. */
	readonly placement = $derived.by(() => {
		const details = this.selection.details;
		if (!details || details.node.category === 'role') return undefined;
		return placementOf(
			details.node,
			this.comparison,
			this.drawn,
			this.drawing.folded,
			details.roles.map((role) => role.id)
		);
	});

	/** The relations between the two roles, a pair stated both ways told once. */
	readonly relations: RelationNote[] = $derived.by(() =>
		relationNotes(this.data.relations, this.roleLabel)
	);

	/** The ways between the two roles (what to learn), each way once: none for a role with itself. */
	readonly gapLinks = $derived.by(() => {
		const { a, b } = this.comparison;
		if (a.id === b.id) return [];
		const query = { dataset: this.dataset };
		return [
			{ from: a, to: b, href: this.#deps.access.gapHref(a.id, b.id, query) },
			{ from: b, to: a, href: this.#deps.access.gapHref(b.id, a.id, query) }
		];
	});

	/** The roles the closest-roles list offers: the two compared (one, compared with itself). */
	readonly pair = $derived.by(() => {
		const { a, b } = this.comparison;
		return a.id === b.id ? [a] : [a, b];
	});

	/**
	 * The comparison of one of the two roles with one of its closest roles, the listed role kept
	 * on its side (the closest of the second role replace the first).
	 */
	closestHref = (role: string, other: string): ResolvedPathname =>
		role === this.comparison.a.id
			? this.hrefFor({ node: null }, role, other)
			: this.hrefFor({ node: null }, other, role);

	/**
	 * What a ring around an item means, when some item has the dataset's highlighted flag (O*NET:
	 * "hot technology"); the legend and the exported image explain it.
	 */
	readonly ring = $derived.by(() => {
		const field = highlightField(this.data.dataset.fields);
		return field &&
			ZONES.some((zone) => this.comparison[zone].some((item) => item[field.name] === true))
			? field.legend
			: undefined;
	});

	/** What an exported image or file of this view is called and says about itself. */
	readonly exportView: ExportView = $derived.by(() => {
		const { comparison, data } = this;
		const items = ZONES.flatMap((zone) => comparison[zone]);
		const categories =
			data.filters.categories.length === 0
				? 'All categories'
				: `Categories: ${data.filters.categories
						.map((c) => CATEGORY_NAMES[c as keyof typeof CATEGORY_NAMES]?.plural ?? c)
						.join(', ')}`;
		const sources =
			data.filters.sources.length === 0
				? 'all sources'
				: `source: ${data.filters.sources
						.map((id) => data.sources.find((s) => s.id === id)?.short ?? id)
						.join(', ')}`;
		return {
			frame: {
				title: this.title,
				subtitle: `${comparison.shared.length} shared, ${comparison.onlyA.length} only ${comparison.a.label}, ${comparison.onlyB.length} only ${comparison.b.label} · ${categories}, ${sources}`,
				notes: [
					...wrapText(data.summary.join(' ')),
					...(this.missingNotice ? wrapText(this.missingNotice) : [])
				],
				categories: CATEGORIES.filter((category) =>
					items.some((item) => item.category === category)
				),
				roles: { a: comparison.a.label, b: comparison.b.label },
				ring: this.ring,
				credit: data.dataset.credit ?? `Data: ${data.dataset.title}`
			},
			fileBase: fileSlug(this.title),
			spec: { kind: 'compare', a: comparison.a.id, b: comparison.b.id, options: data.filters },
			dataset: this.dataset,
			wholeFileBase: `${fileSlug(data.dataset.title)}-whole-graph`
		};
	});

	/** The address of this view with some of its state changed (and other roles, if given). */
	hrefFor(
		state: Partial<CompareQuery>,
		a = this.comparison.a.id,
		b = this.comparison.b.id
	): ResolvedPathname {
		return this.#deps.access.compareHref(a, b, compareQuery({ ...this.query, ...state }));
	}

	/**
	 * Selects a node (null clears the selection). A node folded into a "+N more" group unfolds
	 * its group first; with `center`, the drawing moves to it. Resolves once its details are in.
	 */
	async select(id: string | null, { center = false } = {}): Promise<void> {
		if (id !== null && !this.drawn.has(id)) {
			const zone = ZONES.find((z) => this.comparison[z].some((item) => item.id === id));
			const item = zone && this.comparison[zone].find((entry) => entry.id === id);
			if (zone && item && this.folding.include([groupKey(zone, item.category)])) {
				center = true;
				await this.#deps.settle?.();
			}
		}
		if (center && id !== null) this.#deps.canvas.center(id);
		await this.selection.select(id);
	}

	/** A new pair from the pickers; picking the role already on the other side swaps the two. */
	changeRoles(a: string, b: string): void {
		const [first, second] = a === b ? [this.comparison.b.id, this.comparison.a.id] : [a, b];
		this.#deps.navigate(this.hrefFor({}, first, second));
	}

	/**
	 * Whether a third role can be added: the dataset has one (a listed dataset with more than two
	 * roles, or one so big its roles are searched rather than listed).
	 */
	readonly canAdd = $derived(this.data.roles.length === 0 || this.data.roles.length > 2);

	/** Adds a third role: the view of several roles, with the same filters and selection. */
	addRole(id: string): void {
		const { a, b } = this.comparison;
		if (id === a.id || id === b.id || !this.#deps.access.compareManyHref) return;
		const query = compareQuery({ ...this.query, expanded: [] });
		this.#deps.navigate(this.#deps.access.compareManyHref([a.id, b.id, id], query));
	}

	/** New filters from the filter bar. */
	filter(filters: { categories: string[]; sources: string[] }): void {
		this.#deps.navigate(this.hrefFor(filters));
	}

	/** Goes to another address of the app (a role picked in the panel, say). */
	navigate(href: ResolvedPathname): void {
		this.#deps.navigate(href);
	}
}
