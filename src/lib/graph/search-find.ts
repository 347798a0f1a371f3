import { freshMark, NAME_KIND, type SearchIndex } from './search-index';
import { matchesWord, otherWords, type TermMatch } from './search-query';

/** One search under way: where it looks, what it may still spend, what it found. */
export interface Search {
	index: SearchIndex;
	/** The category asked for, as its position in CATEGORIES; -1 for any. */
	category: number;
	/** Work left: postings scanned and words compared, each a few integer operations. */
	budget: number;
	/** The mark of the nodes found so far (scratch.fitMarks); their list is scratch.found. */
	fitMark: number;
	foundCount: number;
}

/**
 * How a reading of the search must match: its words anywhere in a name (as typed), side by
 * side (words joined or split differently), or with typos.
 */
export type Mode = 'anywhere' | 'together' | 'typos';

/**
 * Where a fit ranks, from a name's tier (see find) and the mode: the words as typed first,
 * tier by tier; a name found by reading them otherwise ranks as if a tier lower, after the
 * names found as typed there (a guess: "data s" may mean "datas", but Data Scientists first);
 * then nodes whose names share the terms between them; then typo matches.
 */
function placeOf(tier: number, mode: Mode): number {
	if (mode === 'typos') return TYPO_PLACE;
	return mode === 'together' ? tier * 2 + 3 : tier * 2;
}
const ACROSS_NAMES_PLACE = 10;
const TYPO_PLACE = 12;
/** Labels fit in no place: sorts after every label's place. */
const NO_LABEL = 15;

/**
 * Finds the nodes matching every term and records how well each fits: its best name's tier
 * (0 the name is exactly the run of words typed; 1 it starts with them as whole words; 2 it
 * has every term as a whole word; 3 it starts with the run, the last word inside a word; 4 it
 * has words starting with each term), then the name's kind (label first), then how many words
 * it has beyond the run. Only names holding the cheapest term are looked at. In 'together'
 * mode only names with the run's words side by side count; in 'anywhere' mode a node whose
 * names share the terms between them fits after all others; in 'typos' mode every fit ranks
 * after all typo-free ones. Stops when the budget is spent.
 */
export function find(
	search: Search,
	terms: TermMatch[],
	run: TermMatch[] | undefined,
	mode: Mode
): void {
	const count = nodesMatchingAll(search, terms);
	if (count <= 0) return;
	const { index } = search;
	const { scratch, nameWords, words, nameNode, postings, postingStart } = index;
	const { nodeMarks, nameMarks, list } = scratch;
	const candidate = freshMark(scratch);
	for (let i = 0; i < count; i++) nodeMarks[list[i]!] = candidate;
	const fitted = freshMark(scratch);
	const seen = freshMark(scratch);
	const cheapest = terms.reduce((x, y) => (y.cost < x.cost ? y : x));
	const together = mode === 'together';
	// One term typed once: the word found says it all, with the name's first word.
	const oneTerm = terms.length === 1 && (run?.length ?? 1) === 1;
	const runLength = run?.length ?? terms.length;
	const visitWord = (rank: number): boolean => {
		for (let at = postingStart[rank]!; at < postingStart[rank + 1]!; at++) {
			const name = postings[at]!;
			const node = nameNode[name]!;
			const mark = nodeMarks[node];
			if (mark !== candidate && mark !== fitted) continue;
			const from = nameWords[name]!;
			const length = nameWords[name + 1]! - from;
			let tier: number;
			if (oneTerm) {
				if (search.budget < 1) return false;
				search.budget -= 1;
				tier = oneTermTier(cheapest, words[from]!, rank, length, run !== undefined);
			} else {
				if (nameMarks[name] === seen) continue;
				nameMarks[name] = seen;
				const work = length * (terms.length + (run?.length ?? 0));
				if (search.budget < work) return false;
				search.budget -= work;
				tier = nameTier(words, from, length, terms, run, together);
			}
			if (tier < 0) continue;
			record(search, node, name, placeOf(tier, mode), length - runLength);
			nodeMarks[node] = fitted;
		}
		return true;
	};
	for (let rank = cheapest.first; rank < cheapest.end; rank++) if (!visitWord(rank)) return;
	for (const rank of otherWords(cheapest)) if (!visitWord(rank)) return;
	if (together) return;
	for (let i = 0; i < count; i++) {
		const node = list[i]!;
		if (nodeMarks[node] !== candidate) continue;
		record(search, node, -1, mode === 'typos' ? TYPO_PLACE : ACROSS_NAMES_PLACE, 63);
	}
}

/**
 * Puts in scratch.list the nodes (of the category asked for) with, for every term, a name word
 * it matches, and returns how many; -1 when that would exceed the budget. The cheapest term's
 * postings come first, then each other term either by its postings or by checking the nodes
 * found so far, whichever is less work.
 */
function nodesMatchingAll(search: Search, matches: TermMatch[]): number {
	const { index } = search;
	const { scratch, nameNode, postings, postingStart, nameWords, nodeNames, category } = index;
	const { nodeMarks, list } = scratch;
	const [first, ...rest] = [...matches].sort((x, y) => x.cost - y.cost);
	if (!first || first.cost > search.budget) return -1;
	search.budget -= first.cost;
	let count = 0;
	const mark = freshMark(scratch);
	forEachSlice(
		first,
		(from, to) => {
			for (let at = from; at < to; at++) {
				const node = nameNode[postings[at]!]!;
				if (nodeMarks[node] === mark) continue;
				nodeMarks[node] = mark;
				if (search.category < 0 || category[node] === search.category) list[count++] = node;
			}
		},
		postingStart
	);
	for (const match of rest) {
		if (count === 0) break;
		let checkCost = 0;
		for (let i = 0; i < count; i++) {
			const node = list[i]!;
			checkCost += nameWords[nodeNames[node + 1]!]! - nameWords[nodeNames[node]!]!;
		}
		const cost = Math.min(match.cost, checkCost) + count;
		if (cost > search.budget) return -1;
		search.budget -= cost;
		let kept = 0;
		if (match.cost < checkCost) {
			const hit = freshMark(scratch);
			forEachSlice(
				match,
				(from, to) => {
					for (let at = from; at < to; at++) nodeMarks[nameNode[postings[at]!]!] = hit;
				},
				postingStart
			);
			for (let i = 0; i < count; i++) if (nodeMarks[list[i]!] === hit) list[kept++] = list[i]!;
		} else {
			for (let i = 0; i < count; i++) {
				if (nodeHasWord(index, list[i]!, match)) list[kept++] = list[i]!;
			}
		}
		count = kept;
	}
	return count;
}

/** Calls `visit` with each slice of postings (names) holding a word the term matches. */
function forEachSlice(
	match: TermMatch,
	visit: (from: number, to: number) => void,
	postingStart: Int32Array
): void {
	visit(postingStart[match.first]!, postingStart[match.end]!);
	for (const rank of otherWords(match)) visit(postingStart[rank]!, postingStart[rank + 1]!);
}

function nodeHasWord(index: SearchIndex, node: number, match: TermMatch): boolean {
	const { nameWords, nodeNames, words } = index;
	const end = nameWords[nodeNames[node + 1]!]!;
	for (let at = nameWords[nodeNames[node]!]!; at < end; at++) {
		if (matchesWord(match, words[at]!)) return true;
	}
	return false;
}

/**
 * The tier of a name holding a word that the one term matches (see find); `typedOnce` says the
 * term is all that was typed (else the first two tiers and the fourth need a run of words).
 */
function oneTermTier(
	match: TermMatch,
	firstWord: number,
	word: number,
	length: number,
	typedOnce: boolean
): number {
	if (typedOnce && match.exact.includes(firstWord)) return length === 1 ? 0 : 1;
	if (match.exact.includes(word)) return 2;
	return typedOnce && matchesWord(match, firstWord) ? 3 : 4;
}

/** The tier of one name (see find), or -1 if it does not have every term (or the run). */
function nameTier(
	words: Int32Array,
	from: number,
	length: number,
	terms: TermMatch[],
	run: TermMatch[] | undefined,
	together: boolean
): number {
	if (together) {
		const count = run!.length;
		for (let start = 0; start + count <= length; start++) {
			if (runAt(words, from + start, run!, true)) return start > 0 ? 2 : length === count ? 0 : 1;
		}
		for (let start = 0; start + count <= length; start++) {
			if (runAt(words, from + start, run!, false)) return start > 0 ? 4 : 3;
		}
		return -1;
	}
	let allWhole = true;
	for (const term of terms) {
		let found = false;
		let whole = false;
		for (let at = from; at < from + length && !whole; at++) {
			const word = words[at]!;
			if (!matchesWord(term, word)) continue;
			found = true;
			whole = term.exact.includes(word);
		}
		if (!found) return -1;
		allWhole &&= whole;
	}
	const runFits = run !== undefined && run.length <= length;
	if (runFits && runAt(words, from, run, true)) return length === run.length ? 0 : 1;
	if (allWhole) return 2;
	return runFits && runAt(words, from, run, false) ? 3 : 4;
}

/**
 * Whether the words from `at` on are the run's, in order, each whole, the last one whole or
 * (if `wholeLast` is false) only started. The caller checks there are enough words.
 */
function runAt(words: Int32Array, at: number, run: TermMatch[], wholeLast: boolean): boolean {
	const last = run.length - 1;
	for (let j = 0; j <= last; j++) {
		const word = words[at + j]!;
		const match = run[j]!;
		const ok = j < last || wholeLast ? match.exact.includes(word) : matchesWord(match, word);
		if (!ok) return false;
	}
	return true;
}

/**
 * Keeps a name's fit as its node's if it is the node's first or best (by place, then kind,
 * then fewer extra words); a label's place is also kept apart, to rank nodes whose best name
 * is an alias by how well their label fits too ("truck" → the roles with "Truck" in their
 * title before those with only an alias "Truck Supervisor").
 */
function record(search: Search, node: number, name: number, place: number, extra: number): void {
	const { scratch, nameKind } = search.index;
	const kind = name < 0 ? 3 : nameKind[name]!;
	const rank = (place * 4 + kind) * 64 + Math.min(63, Math.max(0, extra));
	if (scratch.fitMarks[node] !== search.fitMark) {
		scratch.fitMarks[node] = search.fitMark;
		scratch.fitRank[node] = rank;
		scratch.fitName[node] = name;
		scratch.fitLabelPlace[node] = NO_LABEL;
		scratch.found[search.foundCount++] = node;
	} else if (rank < scratch.fitRank[node]!) {
		scratch.fitRank[node] = rank;
		scratch.fitName[node] = name;
	}
	if (kind === NAME_KIND.label && place < scratch.fitLabelPlace[node]!) {
		scratch.fitLabelPlace[node] = place;
	}
}

/**
 * A node's fit and its tie-breakers packed in one number (53 bits at most), lower is better:
 * its best name's place and kind, its label's place, the best name's extra words, then more
 * links first, the shorter label, and label order.
 */
function sortKey(index: SearchIndex, node: number): number {
	const { fitRank, fitLabelPlace } = index.scratch;
	const rank = fitRank[node]!;
	const primary = ((rank >> 6) * 16 + fitLabelPlace[node]!) * 64 + (rank & 63);
	const fewerLinks = 0xfff - Math.min(0xfff, index.degree[node]!);
	const length = Math.min(0xff, index.labelLength[node]!);
	const order = Math.min(0x1ffff, index.labelRank[node]!);
	return ((primary * 0x1000 + fewerLinks) * 0x100 + length) * 0x20000 + order;
}

/** The `limit` best nodes found, best first, each with the name that fits best (-1: none). */
export function best(search: Search, limit: number): { node: number; name: number }[] {
	const { index } = search;
	const { found, fitName } = index.scratch;
	const top: { node: number; key: number }[] = [];
	for (let i = 0; i < search.foundCount; i++) {
		const node = found[i]!;
		const key = sortKey(index, node);
		if (top.length === limit && key >= top[limit - 1]!.key) continue;
		let at = top.length;
		while (at > 0 && top[at - 1]!.key > key) at--;
		top.splice(at, 0, { node, key });
		if (top.length > limit) top.pop();
	}
	return top.map(({ node }) => ({ node, name: fitName[node]! }));
}
