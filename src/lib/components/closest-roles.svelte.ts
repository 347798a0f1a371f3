import type { ResolvedPathname } from '$app/types';
import type { SimilarAnswer } from '../api/answers';
import { agree, percent, SIGNAL_WORDS, similarityExplained } from '../graph/answer-wording';
import type { DataAccess } from '../client/data-access';
import type { SimilarRole } from '../graph/similarity';
import { SIGNALS, type Signal } from '../graph/weights';
import type { Query } from '../client/query-string';

/** A role as lists name it. */
export interface RoleRef {
	id: string;
	label: string;
}

/** Where a closest-roles list gets its roles, answers and links. */
export interface ClosestRolesDeps {
	access: DataAccess;
	/** The roles whose closest roles can be listed: one (a role's page) or two (a comparison). */
	roles: () => readonly RoleRef[];
	/** The dataset as URLs carry it (undefined: the server's default one). */
	dataset: () => string | undefined;
	/**
	 * The address comparing the listed role with one of its closest roles; by default the listed
	 * role first (a comparison passes one that keeps the other role on its side).
	 */
	compareHref?: (role: string, other: string) => ResolvedPathname;
	/** Roles on screen already (the two of a comparison): marked in the list, not offered again. */
	current?: () => readonly string[];
}

/** One signal's part of a score: its cosine, and what it compares in words. */
export interface SignalPart {
	signal: Signal;
	words: string;
	value: number;
}

/** A closest role as the list shows it: the answer, its numbers in words, and where it leads. */
export interface ClosestEntry extends SimilarRole {
	rank: number;
	/** What the score is, for its tooltip. */
	scoreTitle: string;
	/** How much of the closest role's needs the listed role has, in a sentence. */
	coverageText: string;
	/** The reverse: how much of the listed role's needs the closest role has. */
	reverseText: string;
	signals: SignalPart[];
	/** Whether this role is on screen already (the other role of the comparison). */
	current: boolean;
	compareHref: ResolvedPathname;
	gapHref: ResolvedPathname;
	nodeHref?: ResolvedPathname;
}

/** Entries listed before "Show all", and how many are fetched. */
export const SHOWN = 5;
export const FETCHED = 10;

/**
 * The state of a closest-roles list: which role it lists for (one of a comparison's two), the
 * answer for it (fetched through the data access, the latest request winning), and each entry's
 * numbers said in words with its links (compare, what to learn, the role's page).
 */
export class ClosestRolesState {
	#deps: ClosestRolesDeps;
	#request = 0;
	#controller: AbortController | undefined;

	/** The id of the role listed for: the first role until the user picks the other. */
	chosen: string;
	answer = $state.raw<SimilarAnswer | null>(null);
	loading = $state(false);
	error = $state<string | null>(null);
	/** Whether every fetched entry is listed, not only the first SHOWN. */
	all = $state(false);

	constructor(deps: ClosestRolesDeps) {
		this.#deps = deps;
		// Writable derived: a new pair (navigation) starts again from its first role.
		this.chosen = $derived(deps.roles()[0]?.id ?? '');
	}

	readonly roles = $derived.by(() => this.#deps.roles());
	readonly role: RoleRef | undefined = $derived.by(
		() => this.roles.find((role) => role.id === this.chosen) ?? this.roles[0]
	);
	readonly #query: Query = $derived.by(() => ({ dataset: this.#deps.dataset() }));

	/** The answer for the role listed for, if it is in (not one for a role chosen before). */
	readonly current = $derived(
		this.answer && this.answer.role.id === this.role?.id ? this.answer : null
	);

	readonly entries: ClosestEntry[] = $derived.by(() => {
		const answer = this.current;
		if (!answer) return [];
		const role = answer.role;
		const onScreen = this.#deps.current?.() ?? [];
		const { access } = this.#deps;
		const compare = this.#deps.compareHref ?? ((a, b) => access.compareHref(a, b, this.#query));
		return answer.similar.map((entry, index) => ({
			...entry,
			rank: index + 1,
			scoreTitle: similarityExplained(
				entry.score,
				SIGNALS.filter((signal) => entry.parts[signal] !== undefined)
			),
			coverageText: `${role.label} already ${agree(role.label, 'has', 'have')} ${percent(entry.coverage.fromRole)} of what ${entry.label} ${agree(entry.label, 'needs', 'need')}.`,
			reverseText: `${entry.label} ${agree(entry.label, 'has', 'have')} ${percent(entry.coverage.toRole)} of what ${role.label} ${agree(role.label, 'needs', 'need')}.`,
			signals: SIGNALS.flatMap((signal) => {
				const value = entry.parts[signal];
				return value === undefined ? [] : [{ signal, words: SIGNAL_WORDS[signal], value }];
			}),
			current: onScreen.includes(entry.id),
			compareHref: compare(role.id, entry.id),
			gapHref: access.gapHref(role.id, entry.id, this.#query),
			nodeHref: access.nodeHref?.(entry.id, this.#query)
		}));
	});

	readonly shown = $derived(this.all ? this.entries : this.entries.slice(0, SHOWN));

	/** Fetches the closest roles of the role listed for (reads what it needs at once, so an effect calling it follows them). */
	async load(): Promise<void> {
		const role = this.role;
		const dataset = this.#deps.dataset();
		if (!role) return;
		const request = ++this.#request;
		this.#controller?.abort();
		const controller = (this.#controller = new AbortController());
		this.loading = true;
		this.error = null;
		try {
			const answer = await this.#deps.access.similar(role.id, dataset, FETCHED, controller.signal);
			if (request !== this.#request) return;
			this.answer = answer;
		} catch (error) {
			if (request !== this.#request || (error as Error).name === 'AbortError') return;
			this.answer = null;
			this.error = `The closest roles could not be found: ${(error as Error).message}`;
		} finally {
			if (request === this.#request) this.loading = false;
		}
	}

	/** Lists the closest roles of another of the roles (one of a comparison's two). */
	choose(id: string): void {
		this.chosen = id;
		this.all = false;
	}

	/** Stops a request under way (the list left the page). */
	stop(): void {
		this.#request++;
		this.#controller?.abort();
	}
}
