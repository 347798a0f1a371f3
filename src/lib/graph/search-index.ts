import SearchableMap from 'minisearch/SearchableMap';
import { compareLabels } from './order';
import { tokenize, trailingAcronym } from './search-text';
import { CATEGORIES, type KnowledgeGraph } from './types';

/** What a name of a node is: its label, another name it goes by, or an outside code or id. */
export const NAME_KIND = { label: 0, alias: 1, code: 2 } as const;

/**
 * A graph's names in flat typed arrays, so a search costs integer compares rather than objects
 * and strings: every node's names (label, aliases, code, id), each name's words as ranks in the
 * sorted vocabulary, and per word the names that contain it. Words sharing a prefix are
 * neighbours in the vocabulary, so the names containing any word that starts with some text
 * are one slice of `postings`, and its length (the work of scanning it) is known beforehand.
 */
export interface SearchIndex {
	/** Node ids, by node number. */
	ids: string[];
	/** Per node: its category's position in CATEGORIES. */
	category: Uint8Array;
	/** Per node: how many links it has (more connected nodes rank first among equal matches). */
	degree: Uint32Array;
	/** Per node: its label's length, and its rank in label order (the last tie-breakers). */
	labelLength: Uint32Array;
	labelRank: Uint32Array;
	/** Per node: where its names start in the name arrays (one more entry than nodes). */
	nodeNames: Int32Array;
	/** Per name: its node, kind (NAME_KIND) and text as the data gives it (reported as matched). */
	nameNode: Int32Array;
	nameKind: Uint8Array;
	nameText: string[];
	/** Per name: where its words start in `words` (one more entry than names). */
	nameWords: Int32Array;
	/** Every name's words, as ranks in `vocabulary`. */
	words: Int32Array;
	/** Every distinct word, sorted by code unit. */
	vocabulary: string[];
	/** Per word: where its names start in `postings` (one more entry than words). */
	postingStart: Int32Array;
	/** Name numbers, grouped by word in vocabulary order. */
	postings: Int32Array;
	/** The vocabulary as a radix tree, for typo lookups: word → its rank. */
	typoTree: SearchableMap<number>;
	/** Scratch space reused by every search (searches run one at a time, to the end). */
	scratch: Scratch;
}

/**
 * Marks per node and per name, and each found node's fit, reused by every search rather than
 * allocated per search. A mark is valid while it equals the number `freshMark` handed out.
 */
export interface Scratch {
	nodeMarks: Int32Array;
	nameMarks: Int32Array;
	/** Nodes matching every term of a reading, and nodes found by the whole search. */
	list: Int32Array;
	found: Int32Array;
	fitMarks: Int32Array;
	/** Per node found: its best name's rank (place, kind, extra words), that name, its label's place. */
	fitRank: Int32Array;
	fitName: Int32Array;
	fitLabelPlace: Uint8Array;
	generation: number;
}

/** Names of a node gathered while building: kind, text shown, words. */
interface PendingName {
	kind: number;
	text: string;
	words: string[];
}

/**
 * Builds a graph's SearchIndex in steps of bounded work, so a server can yield between them:
 * reads every node's names, packs them into arrays, then fills the typo tree.
 */
export class SearchIndexBuilder {
	private readonly ids: string[];
	private next = 0;
	private readonly nodeNames: number[] = [0];
	private readonly nameKind: number[] = [];
	private readonly nameText: string[] = [];
	private readonly nameWords: number[] = [0];
	private readonly wordNumbers: number[] = [];
	private readonly wordNumber = new Map<string, number>();
	private readonly wordList: string[] = [];
	private packing?: Generator<void, SearchIndex>;
	private packed?: SearchIndex;
	private inTree = 0;

	constructor(private readonly graph: KnowledgeGraph) {
		this.ids = graph.nodes();
	}

	/**
	 * Does about `size` names' or words' worth of the work left; true once the index is whole.
	 * Each step reads nodes until `size` names, or does one stage of packing them (each a few
	 * tens of milliseconds on O*NET), or puts `size` words in the typo tree.
	 */
	step(size: number): boolean {
		if (this.next < this.ids.length) {
			const until = this.nameKind.length + size;
			while (this.next < this.ids.length && this.nameKind.length < until) {
				for (const name of namesOf(this.graph, this.ids[this.next]!)) this.addName(name);
				this.nodeNames.push(this.nameKind.length);
				this.next++;
			}
			return false;
		}
		if (!this.packed) {
			this.packing ??= this.pack();
			const stage = this.packing.next();
			if (!stage.done) return false;
			this.packed = stage.value;
		}
		const { vocabulary, typoTree } = this.packed;
		const end = Math.min(vocabulary.length, this.inTree + size);
		for (; this.inTree < end; this.inTree++) typoTree.set(vocabulary[this.inTree]!, this.inTree);
		return this.inTree === vocabulary.length;
	}

	/** The index, once `step` has returned true. */
	get index(): SearchIndex {
		if (!this.packed || this.inTree < this.packed.vocabulary.length) {
			throw new Error('The search index is not built yet.');
		}
		return this.packed;
	}

	private addName({ kind, text, words }: PendingName): void {
		this.nameKind.push(kind);
		this.nameText.push(text);
		for (const word of words) {
			let number = this.wordNumber.get(word);
			if (number === undefined) {
				number = this.wordList.length;
				this.wordNumber.set(word, number);
				this.wordList.push(word);
			}
			this.wordNumbers.push(number);
		}
		this.nameWords.push(this.wordNumbers.length);
	}

	/** Packs the names read into the index's arrays (the typo tree still empty), in stages. */
	private *pack(): Generator<void, SearchIndex> {
		const order = this.wordList.map((_, number) => number);
		order.sort((x, y) => (this.wordList[x]! < this.wordList[y]! ? -1 : 1));
		const rankOf = new Int32Array(order.length);
		order.forEach((number, rank) => (rankOf[number] = rank));
		const vocabulary = order.map((number) => this.wordList[number]!);
		yield;
		const words = Int32Array.from(this.wordNumbers, (number) => rankOf[number]!);
		const nameWords = Int32Array.from(this.nameWords);
		const nameCount = this.nameKind.length;
		const nameNode = new Int32Array(nameCount);
		const nodeNames = Int32Array.from(this.nodeNames);
		for (let node = 0; node < this.ids.length; node++) {
			nameNode.fill(node, nodeNames[node]!, nodeNames[node + 1]!);
		}
		yield;
		const { postingStart, postings } = invert(words, nameWords, vocabulary.length);
		yield;
		const figures = nodeFigures(this.graph, this.ids);
		yield;
		return {
			...figures,
			ids: this.ids,
			nodeNames,
			nameNode,
			nameKind: Uint8Array.from(this.nameKind),
			nameText: this.nameText,
			nameWords,
			words,
			vocabulary,
			postingStart,
			postings,
			typoTree: new SearchableMap(),
			scratch: {
				nodeMarks: new Int32Array(this.ids.length),
				nameMarks: new Int32Array(nameCount),
				list: new Int32Array(this.ids.length),
				found: new Int32Array(this.ids.length),
				fitMarks: new Int32Array(this.ids.length),
				fitRank: new Int32Array(this.ids.length),
				fitName: new Int32Array(this.ids.length),
				fitLabelPlace: new Uint8Array(this.ids.length),
				generation: 0
			}
		};
	}
}

/**
 * A node's names, each once: label, aliases, the initials some of them end with, then its code
 * or else its id.
 */
function namesOf(graph: KnowledgeGraph, id: string): PendingName[] {
	const { label, aliases = [], code } = graph.getNodeAttributes(id);
	const names: PendingName[] = [];
	const seen = new Set<string>();
	const add = (kind: number, text: string, words: string[]) => {
		const key = words.join(' ');
		if (words.length === 0 || seen.has(key)) return;
		seen.add(key);
		names.push({ kind, text, words });
	};
	const acronyms: PendingName[] = [];
	for (const [kind, text] of [
		[NAME_KIND.label, label] as const,
		...aliases.map((alias) => [NAME_KIND.alias, alias] as const)
	]) {
		const words = tokenize(text);
		add(kind, text, words);
		const acronym = trailingAcronym(text, words);
		if (acronym) acronyms.push({ kind, text, words: acronym });
	}
	// After the names as written: an alias that is the acronym itself is the one to report.
	for (const { kind, text, words } of acronyms) add(kind, text, words);
	if (code) {
		add(NAME_KIND.code, code, tokenize(code));
		return names; // the outside identifier: the id is then the dataset's own ("task-23141")
	}
	// An id made of the names' words (a slug) says nothing new; one that is not ("cpp") does.
	const known = new Set(names.flatMap((name) => name.words));
	const idWords = tokenize(id);
	if (!idWords.every((word) => known.has(word))) add(NAME_KIND.code, id, idWords);
	return names;
}

/** Per word (by rank), the names containing it, each once: a CSR inverted list. */
function invert(words: Int32Array, nameWords: Int32Array, vocabularySize: number) {
	const postingStart = new Int32Array(vocabularySize + 1);
	const lastName = new Int32Array(vocabularySize).fill(-1);
	const nameCount = nameWords.length - 1;
	const forEachDistinct = (visit: (word: number, name: number) => void) => {
		lastName.fill(-1);
		for (let name = 0; name < nameCount; name++) {
			for (let at = nameWords[name]!; at < nameWords[name + 1]!; at++) {
				const word = words[at]!;
				if (lastName[word] === name) continue; // a word twice in one name counts once
				lastName[word] = name;
				visit(word, name);
			}
		}
	};
	forEachDistinct((word) => postingStart[word + 1]!++);
	for (let word = 0; word < vocabularySize; word++) {
		postingStart[word + 1]! += postingStart[word]!;
	}
	const postings = new Int32Array(postingStart[vocabularySize]!);
	const filled = postingStart.slice(0, vocabularySize);
	forEachDistinct((word, name) => (postings[filled[word]!++] = name));
	return { postingStart, postings };
}

/** Per node: category, degree, label length and rank in label order. */
function nodeFigures(graph: KnowledgeGraph, ids: string[]) {
	const category = new Uint8Array(ids.length);
	const degree = new Uint32Array(ids.length);
	const labelLength = new Uint32Array(ids.length);
	const labels: string[] = [];
	ids.forEach((id, node) => {
		const attributes = graph.getNodeAttributes(id);
		category[node] = Math.max(0, CATEGORIES.indexOf(attributes.category));
		degree[node] = graph.degree(id);
		labelLength[node] = attributes.label.length;
		labels.push(attributes.label);
	});
	const byLabel = ids.map((_, node) => node).sort((x, y) => compareLabels(labels[x]!, labels[y]!));
	const labelRank = new Uint32Array(ids.length);
	byLabel.forEach((node, rank) => (labelRank[node] = rank));
	return { category, degree, labelLength, labelRank };
}

/** The ranks of the vocabulary words that start with `prefix`: [first, end). */
export function prefixRange(index: SearchIndex, prefix: string): [number, number] {
	const { vocabulary } = index;
	const first = lowerBound(vocabulary, prefix);
	// Words starting with the prefix sort right after it, up to the first one that does not.
	let low = first;
	let high = vocabulary.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (vocabulary[middle]!.startsWith(prefix)) low = middle + 1;
		else high = middle;
	}
	return [first, low];
}

/** The rank of `word` in the vocabulary, or -1 if no name has it. */
export function wordRank(index: SearchIndex, word: string): number {
	const at = lowerBound(index.vocabulary, word);
	return index.vocabulary[at] === word ? at : -1;
}

function lowerBound(sorted: string[], value: string): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (sorted[middle]! < value) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** A fresh mark, distinct from every earlier one, for the scratch marks. */
export function freshMark(scratch: Scratch): number {
	if (scratch.generation >= 0x7ffffff0) {
		for (const marks of [scratch.nodeMarks, scratch.nameMarks, scratch.fitMarks]) marks.fill(0);
		scratch.generation = 0;
	}
	return ++scratch.generation;
}
