import type { ResolvedPathname } from '$app/types';
import { agree, percent } from '../../graph/answer-wording';
import type { DataAccess } from '../../client/data-access';
import { splitEntries, type ResolvedEntry } from '../../graph/entries';
import { MAX_HAVE, type RoleMatch } from '../../graph/match';
import type { NodeSummary } from '../../graph/types';
import type { MatchPageData } from './match-page';

/** Where the match view's state lives besides itself: the page data, the router, the storage. */
export interface MatchDeps {
	data: () => MatchPageData;
	access: DataAccess;
	/** Goes to another address of the app (SvelteKit's goto), replacing this one if asked. */
	navigate: (href: ResolvedPathname, options?: { replace?: boolean }) => void;
	/** Where the browser remembers the list (localStorage); none on the server. */
	storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
}

/** An entry of the list as a chip shows it. */
export interface Chip extends ResolvedEntry {
	/** What was typed, when it differs from the name found ("SQL" for Windent SQL). */
	typed?: string;
}

/** A role that fits, as the results list it: its numbers in words and where it leads. */
export interface ResultEntry extends RoleMatch {
	rank: number;
	scoreTitle: string;
	coverageText: string;
	/** What the person has that the role needs, heaviest first: the first few, and how many more. */
	hasText: string;
	nodeHref?: ResolvedPathname;
	/** From the role someone started from, when they did: what to learn, and the comparison. */
	gapHref?: ResolvedPathname;
	compareHref?: ResolvedPathname;
}

/** Items named before "and N more". */
const NAMED = 8;

/** "A, B, C" or "A, B, …, H and 12 more". */
function firstFew(labels: readonly string[]): string {
	if (labels.length <= NAMED + 1) return labels.join(', ');
	return `${labels.slice(0, NAMED).join(', ')} and ${labels.length - NAMED} more`;
}

/** The key the browser keeps a dataset's list under. */
export function storageKey(dataset: string): string {
	return `rolegraph:match:${dataset}`;
}

/**
 * The state of the match view: the list as the address keeps it (chips for what was found, what
 * matched nothing shown apart), the roles that fit with their numbers in words, and the changes
 * a person makes (add from search, paste a list, start from a role, remove, clear), each a new
 * address. The browser remembers the last list of each dataset and brings it back when the page
 * is opened without one.
 */
export class MatchState {
	#deps: MatchDeps;
	/** A message about the last change (e.g. a list too long), for the person. */
	notice = $state('');

	constructor(deps: MatchDeps) {
		this.#deps = deps;
	}

	get data(): MatchPageData {
		return this.#deps.data();
	}

	/** The dataset as URLs carry it: undefined for the server's default one. */
	readonly dataset = $derived(this.data.dataset.isDefault ? undefined : this.data.dataset.id);
	readonly entries = $derived.by(() => this.data.entries);

	readonly chips: Chip[] = $derived.by(() =>
		this.data.found.map((found) => {
			const typed = found.entry;
			const same =
				typed === found.node.id || typed.toLowerCase() === found.node.label.toLowerCase();
			return same ? found : { ...found, typed };
		})
	);
	/** The roles someone started from ("I am a Web Developer"): each stands for all it needs. */
	readonly roles: NodeSummary[] = $derived(
		this.chips.filter((chip) => chip.node.category === 'role').map((chip) => chip.node)
	);
	readonly items: Chip[] = $derived(this.chips.filter((chip) => chip.node.category !== 'role'));

	readonly results: ResultEntry[] = $derived.by(() => {
		const { access } = this.#deps;
		const query = { dataset: this.dataset };
		const start = this.roles[0];
		return this.data.results.map((result, index) => ({
			...result,
			rank: index + 1,
			scoreTitle: `Fit ${result.score.toFixed(2)} on a scale of 0 to 1: how alike your list and what ${result.label} ${agree(result.label, 'needs', 'need')} are, items few roles need counting more.`,
			coverageText: `You have ${percent(result.coverage)} of what ${result.label} ${agree(result.label, 'needs', 'need')}.`,
			hasText: firstFew(result.has.map((item) => item.label)),
			nodeHref: access.nodeHref?.(result.id, query),
			...(start
				? {
						gapHref: access.gapHref(start.id, result.id, query),
						compareHref: access.compareHref(start.id, result.id, query)
					}
				: {})
		}));
	});

	/** The address of this page with another list: `?have=python,sql`, commas left readable. */
	hrefWith(entries: readonly string[]): ResolvedPathname {
		const base = this.#deps.access.matchHref({ dataset: this.dataset });
		if (entries.length === 0) return base;
		const have = entries.map((entry) => encodeURIComponent(entry)).join(',');
		return `${base}${base.includes('?') ? '&' : '?'}have=${have}` as ResolvedPathname;
	}

	/** Adds a node found with search (a role: "I am a …"). */
	add(node: NodeSummary): void {
		if (this.chips.some((chip) => chip.node.id === node.id)) {
			this.notice = `${node.label} is in the list already.`;
			return;
		}
		this.#go([...this.entries, node.id]);
	}

	/** Adds the entries of a pasted list (commas, semicolons or lines between them). */
	addText(text: string): void {
		const known = this.entries.map((entry) => entry.toLowerCase());
		const added = splitEntries(text).filter((entry) => !known.includes(entry.toLowerCase()));
		if (added.length === 0) {
			this.notice =
				splitEntries(text).length === 0 ? 'The list is empty.' : 'Those are in the list already.';
			return;
		}
		this.#go([...this.entries, ...added]);
	}

	/** Takes an entry out: a chip found (every entry that named its node), or one unknown. */
	remove(entry: Chip | string): void {
		const drop =
			typeof entry === 'string'
				? (text: string) => text === entry
				: (text: string) =>
						text === entry.entry ||
						text === entry.node.id ||
						text.toLowerCase() === entry.entry.toLowerCase();
		this.#go(this.entries.filter((text) => !drop(text)));
	}

	clear(): void {
		this.#go([]);
	}

	/** Keeps the page's list in the browser, for when the page is opened without one. */
	remember(): void {
		if (this.entries.length > 0) this.#store(JSON.stringify(this.entries));
	}

	/** Keeps `value` as the dataset's list (or forgets it, with null). */
	#store(value: string | null): void {
		const storage = this.#deps.storage;
		if (!storage) return;
		const key = storageKey(this.data.dataset.id);
		try {
			if (value === null) storage.removeItem(key);
			else storage.setItem(key, value);
		} catch {
			// Storage can be full or refused (private windows): the address still keeps the list.
		}
	}

	/** Opened without a list: goes to the one the browser remembers, if any. Returns whether it did. */
	restore(): boolean {
		const storage = this.#deps.storage;
		if (!storage || this.entries.length > 0) return false;
		let stored: unknown;
		try {
			stored = JSON.parse(storage.getItem(storageKey(this.data.dataset.id)) ?? 'null');
		} catch {
			return false;
		}
		if (!Array.isArray(stored)) return false;
		const entries = stored.filter((entry): entry is string => typeof entry === 'string');
		if (entries.length === 0) return false;
		this.#deps.navigate(this.hrefWith(entries.slice(0, MAX_HAVE)), { replace: true });
		return true;
	}

	#go(entries: string[]): void {
		if (entries.length > MAX_HAVE) {
			this.notice = `The list would have ${entries.length} entries; ${MAX_HAVE} at most can be matched.`;
			return;
		}
		this.notice = '';
		// An emptied list is forgotten: opening the page again starts afresh.
		if (entries.length === 0) this.#store(null);
		this.#deps.navigate(this.hrefWith(entries));
	}
}
