import type { ResolvedPathname } from '$app/types';
import type { DataAccess } from '../../client/data-access';
import { CATEGORY_NAMES, missingSentence } from '../../graph/category-names';
import { MAX_COMPARED } from '../../graph/compare-many';
import type { ManyComparePageData } from '../../graph/compare-many-page';
import { highlightField } from '../../graph/fields';
import { fileSlug } from '../../graph/formats/encoding';
import { CATEGORIES, type Category } from '../../graph/types';
import { countInWords } from '../../graph/zone-names';
import type { Query } from '../../client/links';
import type { CanvasHandle } from '../../components/graph/canvas.svelte';
import {
	defaultManyCap,
	largestManyGroup,
	manyElements,
	manyGroupKey,
	ZONES_GROUP,
	ZONES_SHOWN
} from '../../viz/many-elements';
import { aspectStep } from '../../viz/layout-spec';
import { Folding } from '../shared/folding.svelte';
import { compareQuery, type CompareQuery } from '../compare/compare-query';
import { relationNotes, type RelationNote } from '../compare/relation-notes';
import type { ExportView } from '../../components/export-view';
import { Selection } from '../shared/selection.svelte';
import { manyPlacementOf } from './many-placement';
import {
	filterRows,
	matrixRows,
	sortRows,
	type MatrixFilter,
	type SortDirection,
	type SortKey
} from './matrix-rows';

/** Where the state of a comparison of several roles lives besides itself (as for the pair's). */
export interface ManyCompareDeps {
	data: () => ManyComparePageData;
	/** The page's address (SvelteKit's page.url). */
	url: () => URL;
	access: DataAccess;
	/** The address of a comparison of these roles (two: the pair's), with this query. */
	compareHref: (roles: readonly string[], query: Query) => ResolvedPathname;
	/** Goes to another address of the app, keeping focus and scroll (SvelteKit's goto). */
	navigate: (href: ResolvedPathname) => void;
	/** Replaces the address without navigating (SvelteKit's replaceState). */
	replaceUrl: (href: ResolvedPathname) => void;
	canvas: CanvasHandle;
	/** Lets the page update before going on (Svelte's tick). */
	settle?: () => Promise<void>;
}

/** How many rows the matrix shows at first, and adds at a time. */
export const MATRIX_PAGE = 50;

/**
 * The state of a view comparing three to six roles: the comparison from the page data, the
 * selection, folding (in the URL, as in the pair view), the drawing for the canvas's shape, the
 * roles chosen (added, removed, replaced), the matrix's sorting and filtering, what the view says
 * about missing data and the selected node, and the description of its exports.
 */
export class ManyCompareState {
	#deps: ManyCompareDeps;
	readonly selection: Selection;

	/** The cap a URL without `cap=` means: fewer nodes per group the more roles are compared. */
	readonly defaultCap = $derived.by(() =>
		defaultManyCap(this.#deps.data().comparison.roles.length)
	);
	/** How big groups and small zones are folded (kept in the URL, as in the pair view). */
	readonly folding: Folding;
	/** The canvas's size, for the layout's shape. */
	width = $state(0);
	height = $state(0);

	/** The matrix: its sort, its filter and how many rows it shows. */
	sortKey = $state<SortKey>('zone');
	sortDirection = $state<SortDirection>('ascending');
	matrixFilter = $state<MatrixFilter>({ text: '', category: '', zone: null });
	matrixShown = $state(MATRIX_PAGE);

	constructor(deps: ManyCompareDeps) {
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
			defaultCap: () => this.defaultCap,
			save: () => deps.replaceUrl(this.hrefFor({})),
			settle: deps.settle,
			selected: () => this.selection.id,
			center: (id) => deps.canvas.center(id)
		});
	}

	get data(): ManyComparePageData {
		return this.#deps.data();
	}

	readonly comparison = $derived.by(() => this.data.comparison);
	readonly roles = $derived(this.comparison.roles);
	readonly roleIds = $derived(this.roles.map((role) => role.id));
	readonly title = $derived(this.roles.map((role) => role.label).join(' vs '));
	/** How many items the roles need in all (the union). */
	readonly total = $derived(this.comparison.zones.reduce((sum, z) => sum + z.items.length, 0));
	readonly filtered = $derived(
		this.data.filters.categories.length + this.data.filters.sources.length > 0
	);
	/** The dataset as URLs carry it: undefined for the server's default one. */
	readonly dataset = $derived(this.data.dataset.isDefault ? undefined : this.data.dataset.id);
	/** Whether another role can be added: fewer than six, and the dataset has one left. */
	readonly canAdd = $derived(
		this.roles.length < MAX_COMPARED && this.data.roleCount > this.roles.length
	);

	/** Whether anything can be folded: a large category group, or many zones. */
	readonly foldable = $derived(
		largestManyGroup(this.comparison) > Math.floor(this.defaultCap * 1.25) ||
			this.comparison.zones.length > Math.floor(ZONES_SHOWN * 1.25)
	);

	/** Everything the URL carries for this view besides the roles. */
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
		manyElements(this.comparison, Math.max(this.aspect, 0.5), {
			cap: this.folding.cap,
			expanded: this.folding.expanded,
			fields: this.data.dataset.fields
		})
	);
	readonly drawn = $derived(this.drawing.drawn);
	/** The zones as drawn and titled, largest first. */
	readonly zones = $derived(this.drawing.zones);

	/** The label of a compared role (or the id, for anything else). */
	roleLabel = (id: string): string => this.roles.find((role) => role.id === id)?.label ?? id;

	/** What the data lacks for some roles, said once for the view, the matrix and the exports. */
	readonly missingNotice = $derived(
		missingSentence(this.data.dataset.title, this.comparison.missing, this.roleLabel)
	);

	/** Where the selected node is in the drawing, if it is not a role. */
	readonly placement = $derived.by(() => {
		const details = this.selection.details;
		if (!details || details.node.category === 'role') return undefined;
		return manyPlacementOf(
			details.node,
			this.comparison,
			this.zones,
			this.drawn,
			this.drawing.folded,
			details.roles.map((role) => role.id)
		);
	});

	/** Which compared roles need the selected node, and which do not (undefined for a role). */
	readonly selectedNeeds = $derived.by(() => {
		const details = this.selection.details;
		if (!details || details.node.category === 'role') return undefined;
		const linked = (id: string) => details.roles.some((role) => role.id === id);
		return {
			yes: this.roles.filter((role) => linked(role.id)),
			no: this.roles.filter((role) => !linked(role.id))
		};
	});

	/** The relations among the compared roles, a pair stated both ways told once. */
	readonly relations: RelationNote[] = $derived.by(() =>
		relationNotes(this.data.relations, this.roleLabel)
	);

	/**
	 * What a ring around an item means, when some item has the dataset's highlighted flag (O*NET:
	 * "hot technology"); the legend and the exported image explain it.
	 */
	readonly ring = $derived.by(() => {
		const field = highlightField(this.data.dataset.fields);
		return field &&
			this.comparison.zones.some((zone) => zone.items.some((item) => item[field.name] === true))
			? field.legend
			: undefined;
	});

	/** Every item as a row of the matrix, in the view's order. */
	readonly rows = $derived(matrixRows(this.comparison));
	/** The matrix's rows as sorted and filtered (all of them; the table shows `matrixShown`). */
	readonly matrix = $derived(
		sortRows(filterRows(this.rows, this.matrixFilter), this.sortKey, this.sortDirection)
	);

	/** Sorts the matrix by a column: a second click on the same column turns the order round. */
	sortBy(key: SortKey): void {
		if (this.sortKey === key) {
			this.sortDirection = this.sortDirection === 'ascending' ? 'descending' : 'ascending';
		} else {
			this.sortKey = key;
			this.sortDirection = 'ascending';
		}
	}

	/** Narrows the matrix (the rows shown start again from the first page). */
	filterMatrix(filter: MatrixFilter): void {
		this.matrixFilter = { ...this.matrixFilter, ...filter };
		this.matrixShown = MATRIX_PAGE;
	}

	/** A line under the title: how many items, in how many zones, and the largest. */
	readonly summary = $derived.by(() => {
		const all = this.comparison.zones.find((zone) => zone.roles.length === this.roles.length);
		const count = countInWords(this.roles.length);
		return `${this.total} items in ${this.comparison.zones.length} zones; ${all ? all.items.length : 'none'} needed by all ${count}.`;
	});

	/** What an exported image or file of this view is called and says about itself. */
	readonly exportView: ExportView = $derived.by(() => {
		const { comparison, data } = this;
		const categories =
			data.filters.categories.length === 0
				? 'All categories'
				: `Categories: ${data.filters.categories
						.map((c) => CATEGORY_NAMES[c as Category]?.plural ?? c)
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
				subtitle: `${this.summary.replace(/\.$/, '')} · ${categories}, ${sources}`,
				notes: this.missingNotice ? [this.missingNotice] : [],
				categories: CATEGORIES.filter((category) =>
					comparison.zones.some((zone) => zone.items.some((item) => item.category === category))
				),
				ring: this.ring,
				credit: data.dataset.credit ?? `Data: ${data.dataset.title}`
			},
			fileBase: fileSlug(this.title),
			spec: { kind: 'compareMany', roles: this.roleIds, options: data.filters },
			dataset: this.dataset,
			wholeFileBase: `${fileSlug(data.dataset.title)}-whole-graph`
		};
	});

	/** The address of this view with some of its state changed (and other roles, if given). */
	hrefFor(state: Partial<CompareQuery>, roles: readonly string[] = this.roleIds): ResolvedPathname {
		const query = compareQuery({ ...this.query, ...state }, this.defaultCap);
		return this.#deps.compareHref(roles, query);
	}

	/**
	 * Selects a node (null clears the selection). A node folded into a "+N more" group unfolds
	 * its group first; with `center`, the drawing moves to it. Resolves once its details are in.
	 */
	async select(id: string | null, { center = false } = {}): Promise<void> {
		if (id !== null && !this.drawn.has(id)) {
			// Unfold what hides it: the smaller zones, and its group if that is folded too.
			const z = this.comparison.zones.findIndex((zone) => zone.items.some((i) => i.id === id));
			const item = this.comparison.zones[z]?.items.find((entry) => entry.id === id);
			const zone = this.zones[z];
			if (item && zone) {
				const group = manyGroupKey(zone.key, item.category);
				const size = this.comparison.zones[z]!.items.filter(
					(entry) => entry.category === item.category
				).length;
				const { cap } = this.folding;
				const needed = [
					...(zone.hidden ? [ZONES_GROUP] : []),
					...(cap !== null && size > Math.floor(cap * 1.25) ? [group] : [])
				];
				if (this.folding.include(needed)) {
					center = true;
					await this.#deps.settle?.();
				}
			}
		}
		if (center && id !== null) this.#deps.canvas.center(id);
		await this.selection.select(id);
	}

	/** Goes to the comparison of these roles (two: the pair view), keeping filters and selection. */
	changeRoles(roles: readonly string[]): void {
		// Groups are named by the roles' places, which change with the roles: fold them again.
		this.#deps.navigate(this.hrefFor({ expanded: [] }, roles));
	}

	/** Puts another role in the place of the `index`-th; one already compared swaps places with it. */
	replaceRole(index: number, id: string): void {
		const roles = [...this.roleIds];
		const other = roles.indexOf(id);
		if (other === index) return;
		if (other >= 0) roles[other] = roles[index]!;
		roles[index] = id;
		this.changeRoles(roles);
	}

	/** Adds a role at the end (a role already compared, or a seventh, is not added). */
	addRole(id: string): void {
		if (this.roleIds.includes(id) || this.roleIds.length >= MAX_COMPARED) return;
		this.changeRoles([...this.roleIds, id]);
	}

	/** Takes the `index`-th role out; with two left, the view becomes the pair view. */
	removeRole(index: number): void {
		if (this.roleIds.length <= 2) return;
		this.changeRoles(this.roleIds.filter((_role, i) => i !== index));
	}

	/** New filters from the filter bar. */
	filter(filters: { categories: string[]; sources: string[] }): void {
		this.#deps.navigate(this.hrefFor(filters));
	}

	/** Goes to another address of the app. */
	navigate(href: ResolvedPathname): void {
		this.#deps.navigate(href);
	}
}
