/**
 * Splits text into lower-case words, keeping the `#` and `+` of names like C# and C++. Accents
 * and compatibility forms fold away (é → e, ﬁ → fi), and apostrophes join what they separate
 * (patient's → patients, O'Brien → obrien), so what people type without them matches.
 */
export function tokenize(text: string): string[] {
	return text
		.normalize('NFKD')
		.replace(/[\p{M}'’]+/gu, '')
		.toLowerCase()
		.split(/[^\p{L}\p{N}#+]+/u)
		.filter((term) => term.length > 0);
}

/**
 * The initials a name ends with, when they spell the words before them ("Structured query
 * language SQL" → ["sql"], "Microsoft transact-structural query language T-SQL" → ["t", "sql"]):
 * people search by those alone. Undefined when the name does not end that way.
 */
export function trailingAcronym(text: string, words: string[]): string[] | undefined {
	const tail = /[\p{L}\p{N}#+-]+\W*$/u.exec(text)?.[0] ?? '';
	// Written as an acronym: capitals, no small letters (so "Set up a ma" is no acronym).
	if (!/\p{Lu}/u.test(tail) || /\p{Ll}/u.test(tail)) return undefined;
	for (let start = words.length - 1; start >= Math.max(1, words.length - 3); start--) {
		const acronym = words.slice(start).join('');
		if (acronym.length < 2 || acronym.length > start || !/^\p{L}+$/u.test(acronym)) continue;
		const spelt = words
			.slice(start - acronym.length, start)
			.map((word) => word[0])
			.join('');
		if (spelt === acronym) return words.slice(start);
	}
	return undefined;
}
