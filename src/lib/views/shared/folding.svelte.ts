import { DEFAULT_CAP } from '../../viz/collapse';
import { foldingFrom } from '../compare/compare-query';

/** Where a drawing's folding lives besides itself: the address, and the view it folds. */
export interface FoldingDeps {
	/** The page's address (SvelteKit's page.url): `cap=` and `expand=` are read from it. */
	url: () => URL;
	/** The cap an address without `cap=` means (DEFAULT_CAP unless said). */
	defaultCap?: () => number;
	/** Writes the view's address again, with the folding as it is now. */
	save: () => void;
	/** Lets the page update before going on (Svelte's tick). */
	settle?: () => Promise<void>;
	/** The node selected in the view, to move the drawing to once its group unfolds. */
	selected: () => string | null;
	center: (id: string) => void;
}

/**
 * How a comparison drawing folds its big groups into "+N more" nodes: nodes drawn per group (the
 * cap) and the groups drawn whole anyway, read from the address and kept in it as they change.
 * Shared by the pair view and the several-roles view.
 */
export class Folding {
	#deps: FoldingDeps;
	/** Nodes drawn per group before folding the rest (null: all); from the URL, then the user. */
	cap: number | null = $derived.by(
		() => foldingFrom(this.#deps.url(), this.#deps.defaultCap?.() ?? DEFAULT_CAP).cap
	);
	/** Groups drawn whole whatever the cap, as `onlyA.technology` or `ABD.technology`. */
	expanded: string[] = $derived.by(() => foldingFrom(this.#deps.url()).expanded);

	constructor(deps: FoldingDeps) {
		this.#deps = deps;
	}

	/** Adds groups to those drawn whole, without writing the address (the caller does). Returns whether any was folded. */
	include(groups: readonly string[]): boolean {
		const added = groups.filter((group) => !this.expanded.includes(group));
		if (added.length > 0) this.expanded = [...this.expanded, ...added];
		return added.length > 0;
	}

	/** Draws a folded group whole. */
	expand(group: string): void {
		if (this.include([group])) this.#deps.save();
	}

	/** Unfolds the selected node's group and moves the drawing to the node. */
	async unfold(group: string): Promise<void> {
		this.expand(group);
		await this.#deps.settle?.();
		const selected = this.#deps.selected();
		if (selected) this.#deps.center(selected);
	}

	/** Draws `value` nodes per group (null: all), every group folded again. */
	setCap(value: number | null): void {
		this.cap = value;
		this.expanded = [];
		this.#deps.save();
	}

	/** Folds every group again at the current cap. */
	refold(): void {
		this.setCap(this.cap);
	}
}
