import type { ResolvedPathname } from '$app/types';
import type { DataAccess } from '../../client/data-access';
import type { NodeResponse } from '../../graph/nodes';

/** A selection as a page load delivers it: the node's details, or why there are none. */
export interface SelectedData {
	details: NodeResponse | null;
	error: string | null;
}

/** Where a selection lives besides itself: the page data, the URL, and the data access. */
export interface SelectionDeps {
	/** The page data's selection (the URL's `?node=`). */
	data: () => SelectedData;
	/** The address of the view with a node selected (or none). */
	href: (id: string | null) => ResolvedPathname;
	/** Replaces the address without navigating (SvelteKit's replaceState). */
	replaceUrl: (href: ResolvedPathname) => void;
	dataset: () => string | undefined;
	access: DataAccess;
}

/**
 * The selected node of a view, with its details. It starts from the page data (the URL's
 * `?node=`), follows the user's clicks, fetches details as needed (the latest click wins) and
 * keeps the URL in step so a copied link reopens the same view.
 */
export class Selection {
	#deps: SelectionDeps;
	#request = 0;

	id: string | null;
	details: NodeResponse | null;
	error: string | null;
	loading = $state(false);
	/** A sentence for screen readers about the last change. */
	announcement = $state('');

	constructor(deps: SelectionDeps) {
		this.#deps = deps;
		// Writable deriveds: they follow new page data, and the user's clicks override them.
		this.id = $derived(deps.data().details?.node.id ?? null);
		this.details = $derived(deps.data().details);
		this.error = $derived(deps.data().error);
	}

	/** Selects a node (or clears the selection with null); resolves once its details are in. */
	async select(id: string | null): Promise<void> {
		this.id = id;
		this.#deps.replaceUrl(this.#deps.href(id));
		const request = ++this.#request;
		this.error = null;
		if (id === null) {
			this.details = null;
			this.loading = false;
			this.announcement = 'Selection cleared.';
			return;
		}
		this.loading = true;
		try {
			const details = await this.#deps.access.node(id, this.#deps.dataset());
			if (request !== this.#request) return;
			this.details = details;
			this.announcement = `Selected ${details.node.label}.`;
		} catch (error) {
			if (request !== this.#request) return;
			this.details = null;
			this.error = (error as Error).message;
		} finally {
			if (request === this.#request) this.loading = false;
		}
	}
}
