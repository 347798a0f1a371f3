import { replaceState } from '$app/navigation';
import type { ResolvedPathname } from '$app/types';
import type { NodeResponse } from './client/api';
import type { DataAccess } from './client/data-access';

/** A selection as a page load delivers it: the node's details, or why there are none. */
export interface SelectedData {
	details: NodeResponse | null;
	error: string | null;
}

/**
 * The selected node of a view, with its details. It starts from the page data (the URL's
 * `?node=`), follows the user's clicks, fetches details as needed (the latest click wins) and
 * keeps the URL in step so a copied link reopens the same view.
 */
export class Selection {
	#data: () => SelectedData;
	#href: (id: string | null) => ResolvedPathname;
	#fetch: (id: string) => Promise<NodeResponse>;
	#request = 0;

	id: string | null;
	details: NodeResponse | null;
	error: string | null;
	loading = $state(false);
	/** A sentence for screen readers about the last change. */
	announcement = $state('');

	constructor(
		data: () => SelectedData,
		href: (id: string | null) => ResolvedPathname,
		dataset: () => string | undefined,
		access: DataAccess
	) {
		this.#data = data;
		this.#href = href;
		// Writable deriveds: they follow new page data, and the user's clicks override them.
		this.id = $derived(this.#data().details?.node.id ?? null);
		this.details = $derived(this.#data().details);
		this.error = $derived(this.#data().error);
		this.#fetch = (id) => access.node(id, dataset());
	}

	/** Selects a node (or clears the selection with null). */
	async select(id: string | null): Promise<void> {
		this.id = id;
		replaceState(this.#href(id), {});
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
			const details = await this.#fetch(id);
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
