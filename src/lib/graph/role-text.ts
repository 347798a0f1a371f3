import { stemmer } from 'stemmer';
import type { KnowledgeGraph } from './types';

/**
 * English words that say nothing about a job ("and", "the", "may"…): left out of the text
 * signals, where they would only add noise to every pair.
 */
const STOP_WORDS = new Set(
	(
		'a about above after again against all also am an and any are as at be because been before ' +
		'being below between both but by can could did do does doing down during each etc few for ' +
		'from further had has have having he her here hers him his how i if in into is it its itself ' +
		'just may me might more most must my no nor not of off on once only or other others our out ' +
		'over own same shall she should so some such than that the their them then there these they ' +
		'this those through to too under until up upon us use used using very via was we were what ' +
		'when where which while who whom why will with within without would you your'
	).split(' ')
);

/** One word of a text as the measures count it: its stem, and the word as written, for display. */
export interface Term {
	stem: string;
	word: string;
}

/**
 * The words of a text that carry meaning, lower-case and stemmed ("Developing" → "develop").
 * `stems` remembers stems across calls (the same words recur across a dataset's texts).
 */
export function terms(text: string, stems = new Map<string, string>()): Term[] {
	const found: Term[] = [];
	forEachTerm(text, stems, (stem, word) => found.push({ stem, word }));
	return found;
}

/** Calls `each` with every meaningful word of a text, stemmed (as `terms`, without a list). */
export function forEachTerm(
	text: string,
	stems: Map<string, string>,
	each: (stem: string, word: string) => void
): void {
	for (const word of text.toLowerCase().split(WORD_BREAK)) {
		let stem = stems.get(word);
		if (stem === undefined) {
			stem = word.length < 2 || STOP_WORDS.has(word) || /^\d+$/.test(word) ? '' : stemmer(word);
			stems.set(word, stem);
		}
		if (stem !== '') each(stem, word);
	}
}

/** What separates words: anything but letters, digits, and the # and + of C# and C++. */
const WORD_BREAK = /[^\p{L}\p{N}#+]+/u;

/** The texts of a role that the text signals read: its titles, its tasks, its description. */
export interface RoleTexts {
	/** The label and every alias (alternate titles). */
	titles: string[];
	/** The labels of the responsibilities it links to (O*NET task statements). */
	tasks: string[];
	description: string[];
}

/** A role's texts, from its attributes and its responsibility links. */
export function roleTexts(graph: KnowledgeGraph, role: string): RoleTexts {
	const { label, aliases, description } = graph.getNodeAttributes(role);
	const tasks: string[] = [];
	graph.forEachOutNeighbor(role, (_id, attributes) => {
		if (attributes.category === 'responsibility') tasks.push(attributes.label);
	});
	return {
		titles: [label, ...(aliases ?? [])],
		tasks,
		description: description ? [description] : []
	};
}
