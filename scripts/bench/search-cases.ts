/**
 * Search texts built to cost the most (issue 14: 100 one-letter words took 7–16 s and over
 * 1 GB on O*NET). Each fits the 200-character limit, so the server has to run it. Used by the
 * bench, the load test, the unit tests and the API test.
 */

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** `count` words taken in turn from `words`, joined by `separator`, cut to 200 characters. */
function repeat(words: string[], count: number, separator = ' '): string {
	const text = Array.from({ length: count }, (_, i) => words[i % words.length]).join(separator);
	return text.slice(0, 200).trim();
}

/** Common short prefixes of O*NET words: each expands to hundreds or thousands of words. */
const PREFIXES = ['co', 'pr', 'ma', 'se', 'st', 'in', 'de', 're', 'ca', 'pa', 'op', 'te', 'sy'];

const WORDS = [
	'operator',
	'technician',
	'machine',
	'software',
	'equipment',
	'specialist',
	'manager',
	'assistant',
	'engineer',
	'analyst',
	'supervisor',
	'worker',
	'system',
	'service',
	'data',
	'control',
	'program',
	'design',
	'sales',
	'repair'
];

/** The words above with a typo each (letters swapped, dropped or changed). */
const TYPOS = [
	'opeartor',
	'techncian',
	'mahcine',
	'sofware',
	'equipmnet',
	'specilaist',
	'mangaer',
	'assitant',
	'enigneer',
	'anlayst',
	'supervisr',
	'wroker',
	'sytsem',
	'servcie',
	'dtaa',
	'contorl',
	'porgram',
	'desgin',
	'slaes',
	'repiar'
];

/** Named worst cases: what each stresses, and its text. */
export const CRAFTED_SEARCHES: { name: string; q: string }[] = [
	{ name: '100 one-letter words, all the same (the issue’s case)', q: repeat(['s'], 100) },
	{ name: '100 one-letter words, the alphabet in turn', q: repeat([...LETTERS], 100) },
	{ name: 'one-letter words that each start thousands of words', q: repeat(['s', 'a', 'c'], 100) },
	{
		name: 'the eight commonest first letters, in turn',
		q: repeat(['s', 'c', 'p', 'a', 'm', 'd', 't', 'r'], 100)
	},
	{ name: 'the eight commonest first letters, reversed', q: repeat([...'rtdmapcs'], 100) },
	{ name: 'two-letter prefixes of common words', q: repeat(PREFIXES, 66) },
	{ name: 'three-letter prefixes of common words', q: repeat(['com', 'pro', 'man', 'ser'], 50) },
	{ name: 'many long distinct common words', q: repeat(WORDS, 40) },
	{ name: 'the same long word repeated', q: repeat(['developer'], 40) },
	{ name: 'many long words with a typo each', q: repeat(TYPOS, 40) },
	{ name: 'four-letter words that match nothing', q: repeat(['qzxv', 'wkjq', 'zzvx', 'xqjw'], 40) },
	{ name: 'one letter, then a word with a typo', q: repeat(['s', 'techncian'], 40) },
	{ name: 'a 200-letter word', q: 'a'.repeat(200) },
	{ name: 'a 200-character word of varied letters', q: repeat([LETTERS], 8, '') },
	{ name: 'a 200-character word that starts like a real one', q: 'administrat'.padEnd(200, 'o') },
	{ name: 'digits, as in codes', q: repeat(['1', '2', '15', '00'], 80) },
	{ name: 'a code, repeated', q: repeat(['15-1254.00'], 20) },
	{ name: 'accented letters and other scripts', q: repeat(['é', 'ñ', 'ü', '日本', 'ж', 'α'], 80) },
	{ name: 'letters that grow when lower-cased', q: 'İ'.repeat(200) },
	{ name: 'emoji and combining marks', q: repeat(['😀', 'e\u0301', '\u200d', '🇫🇷'], 60) },
	{ name: 'punctuation only', q: repeat(['!', '-', '.', '/', '(', ')', '*'], 100, '') },
	{ name: 'the symbols kept in names', q: repeat(['+', '#', 'c++', 'c#'], 60) }
];

/** The costliest of them on O*NET (the most work, see `npm run bench`): driven by `npm run load`. */
export const COSTLIEST_SEARCH = CRAFTED_SEARCHES.find(
	({ name }) => name === 'one-letter words that each start thousands of words'
)!;

/** A search people make, the baseline the crafted ones are measured against. */
export const PLAIN_SEARCH = 'software developer';
