import type { ResolvedPathname } from '$app/types';
import type { GraphAnswer } from '../../api/answers';
import type { DataAccess } from '../../client/data-access';
import type { CanvasHandle } from '../../components/graph/canvas.svelte';
import type { DatasetInfo } from '../../graph/compare-page';
import { highlightField } from '../../graph/fields';
import { fileSlug } from '../../graph/formats/encoding';
import type { Category, Source } from '../../graph/types';
import type { Query } from '../../client/query-string';
import { PRESET, type LayoutSpec } from '../../viz/layout-spec';
import { compactGraphElements, rolePins } from '../../viz/graph-elements';
import { SIGMA_FROM, takeEarlyAnswer } from '../../viz/sigma-early';
import type { ExportView } from '../../components/export-view';
import { Selection, type SelectedData } from '../shared/selection.svelte';
import {
	exploreFilterQuery,
	exploreFiltersFrom,
	graphApiQuery,
	type ExploreFilters
} from './explore-filters';

/** What the /explore page loads on the server: the frame; the graph itself is fetched for the filters chosen. */
export interface ExplorePageData {
	dataset: DatasetInfo;
	/** A big dataset: drawn in parts, chosen by filters, at positions computed ahead. */
	large: boolean;
	families: { family: string; roles: number; name: string }[];
	total: { nodes: number; edges: number };
	categories: Category[];
	sources: Source[];
	selected: SelectedData;
}

/** Where the explorer's state lives besides itself. */
export interface ExploreDeps {
	data: () => ExplorePageData;
	url: () => URL;
	access: DataAccess;
	navigate: (href: ResolvedPathname) => void;
	replaceUrl: (href: ResolvedPathname) => void;
	canvas: CanvasHandle;
	/** Fetches the compact graph (the API's /api/graph). */
	fetchGraph: (href: string, signal: AbortSignal) => Promise<GraphAnswer>;
	/** The addresses of the explorer's page and of the API's graph, for a query. */
	exploreHref: (query: Query) => ResolvedPathname;
	graphApiHref: (query: Query) => string;
}

/** Above this many, the lighter "big" styles apply. */
const BIG_FROM = 2500;

/** Starts loading sigma.js's drawing code (a failure is reported by the canvas that imports it). */
function preloadSigma(): void {
	import('../../viz/sigma-canvas').catch(() => {});
}

/**
 * The state of the explorer: its filters (from the URL), the part of the graph they draw
 * (fetched, with loading and error states), the selection, and the description of its exports.
 */
export class ExploreState {
	#deps: ExploreDeps;
	readonly selection: Selection;
	/** The graph drawn, once fetched. */
	graph = $state.raw<GraphAnswer>();
	loadError = $state<string | null>(null);
	fetching = $state(false);

	constructor(deps: ExploreDeps) {
		this.#deps = deps;
		this.selection = new Selection({
			data: () => deps.data().selected,
			href: (id) =>
				deps.exploreHref({
					dataset: this.dataset,
					...(this.data.large ? exploreFilterQuery(this.filters) : {}),
					node: id
				}),
			replaceUrl: deps.replaceUrl,
			dataset: () => this.dataset,
			access: deps.access
		});
	}

	get data(): ExplorePageData {
		return this.#deps.data();
	}

	readonly dataset = $derived.by(() =>
		this.data.dataset.isDefault ? undefined : this.data.dataset.id
	);
	readonly filters: ExploreFilters = $derived.by(() =>
		exploreFiltersFrom(
			this.#deps.url(),
			this.data.large,
			this.data.families.map((f) => f.family),
			this.data.dataset.families?.default
		)
	);
	/** The API address of the part of the graph the filters draw. */
	readonly graphHref = $derived.by(() =>
		this.#deps.graphApiHref(graphApiQuery(this.filters, this.dataset, this.data.large))
	);
	/** Whether sigma.js draws the graph (a big one) rather than Cytoscape. */
	readonly sigma = $derived(
		this.graph !== undefined && this.graph.nodes.length + this.graph.edges.length >= SIGMA_FROM
	);
	/** Cytoscape's elements (none when sigma.js draws). */
	readonly elements = $derived.by(() =>
		this.graph && !this.sigma ? compactGraphElements(this.graph) : []
	);
	readonly big = $derived(this.elements.length >= BIG_FROM);
	/** Precomputed positions, or a force layout with the roles of a small graph held apart. */
	readonly layout: LayoutSpec = $derived.by(() =>
		!this.graph || this.graph.positioned
			? PRESET
			: { name: 'fcose', options: { fixedNodeConstraint: rolePins(this.graph) } }
	);
	/** "92 nodes and 106 links", once drawn. */
	readonly shown = $derived.by(() =>
		this.graph
			? `${this.graph.nodes.length.toLocaleString('en')} nodes and ${this.graph.edges.length.toLocaleString('en')} links`
			: ''
	);
	/** What the family filter is called: "Occupation family" for O*NET. */
	readonly familyLabel = $derived.by(() => {
		const label = this.data.dataset.families?.label ?? 'family';
		return label.charAt(0).toUpperCase() + label.slice(1);
	});

	/**
	 * The checkbox that keeps only links with the dataset's highlighted flag, in its words
	 * ("Hot technologies only"), when it has one.
	 */
	readonly flagOnly = $derived.by(() => {
		const field = highlightField(this.data.dataset.fields);
		if (!field) return undefined;
		const mark = field.mark ?? field.label;
		return `${mark.charAt(0).toUpperCase()}${mark.slice(1)} technologies only`;
	});

	/** Whether the selected node is outside what the filters draw. */
	readonly selectedHidden = $derived.by(
		() =>
			this.selection.id !== null &&
			this.graph !== undefined &&
			!this.graph.nodes.some((node) => node[0] === this.selection.id)
	);

	/** The categories of the nodes drawn, in the legend's order (all the dataset's before the fetch). */
	readonly categoriesDrawn: readonly Category[] = $derived.by(() => {
		const all: Category[] = ['role', ...this.data.categories];
		if (!this.graph) return all;
		const present: Partial<Record<Category, true>> = {};
		for (const node of this.graph.nodes) present[node[2]] = true;
		return all.filter((category) => present[category]);
	});

	readonly exportView: ExportView = $derived.by(() => {
		const { data } = this;
		const wholeFileBase = `${fileSlug(data.dataset.title)}-whole-graph`;
		return {
			frame: {
				title: `${data.dataset.title}: ${data.large && !this.filters.all ? 'part of the technology graph' : 'the whole graph'}`,
				subtitle: this.shown,
				categories: this.categoriesDrawn,
				credit: data.dataset.credit ?? `Data: ${data.dataset.title}`
			},
			fileBase: wholeFileBase,
			spec: { kind: 'whole' },
			dataset: this.dataset,
			wholeFileBase
		};
	});

	/** The whole graph's fetch, started when the view was made (the first load takes it). */
	#early: { href: string; answer: Promise<GraphAnswer> } | undefined;

	/**
	 * The whole graph of a big dataset is drawn by sigma.js. On the first page a browser opens, the
	 * page's head fetched and drew it before hydration (viz/sigma-early.ts): the view takes that
	 * graph. Otherwise, as soon as the view is made (the view calls this in the browser, while the
	 * page hydrates), sigma.js's code starts loading and the graph is fetched, so neither waits for
	 * hydration to finish. Other pages never load sigma.js.
	 */
	start(): void {
		if (!this.data.large || !this.filters.all) return;
		const href = this.graphHref;
		const fetched = takeEarlyAnswer(href);
		if (!fetched) preloadSigma();
		const answer = fetched
			? fetched.then((graph) => graph ?? this.#deps.fetchGraph(href, new AbortController().signal))
			: this.#deps.fetchGraph(href, new AbortController().signal);
		answer.catch(() => {}); // the load that takes it reports a failure
		this.#early = { href, answer };
	}

	/**
	 * Fetches the part of the graph the filters draw; a newer call supersedes it. Returns the
	 * cancel function (for the view's effect to call when the filters change again).
	 */
	load(): () => void {
		const controller = new AbortController();
		const early = this.#early?.href === this.graphHref ? this.#early.answer : undefined;
		this.#early = undefined;
		if (!early && this.data.large && this.filters.all) preloadSigma();
		this.fetching = true;
		this.loadError = null;
		(early ?? this.#deps.fetchGraph(this.graphHref, controller.signal)).then(
			(graph) => {
				if (controller.signal.aborted) return;
				this.graph = graph;
				this.fetching = false;
			},
			(error: Error) => {
				if (controller.signal.aborted || error.name === 'AbortError') return;
				this.loadError = `The graph could not be loaded: ${error.message}`;
				this.fetching = false;
			}
		);
		return () => controller.abort();
	}

	/** New filters: a new address (the page data and the fetch follow it). */
	apply(change: Partial<ExploreFilters>): void {
		const next = { ...this.filters, all: false, ...change };
		this.#deps.navigate(
			this.#deps.exploreHref({
				dataset: this.dataset,
				...exploreFilterQuery(next),
				node: this.selection.id
			})
		);
	}

	/** A search result: centre it and select it. */
	choose(id: string): void {
		this.#deps.canvas.center(id);
		this.selection.select(id);
	}
}
