/** Whether `word` starts with `term`, allowing one insertion, deletion, substitution or swap. */
export function oneTypoAway(term: string, word: string): boolean {
	if (word.startsWith(term)) return true;
	for (const length of [term.length - 1, term.length, term.length + 1]) {
		if (length <= 0 || length > word.length) continue;
		if (length < word.length && term.length < 4) continue; // short words: whole-word typos only
		if (editDistance(term, word.slice(0, length)) <= 1) return true;
	}
	return false;
}

/** Optimal string alignment distance (Levenshtein plus swaps of neighbours), capped at 2. */
function editDistance(a: string, b: string): number {
	if (Math.abs(a.length - b.length) > 1) return 2;
	const rows: number[][] = [];
	for (let i = 0; i <= a.length; i++) {
		rows.push(new Array<number>(b.length + 1).fill(0));
		rows[i]![0] = i;
	}
	for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				best = Math.min(best, rows[i - 2]![j - 2]! + 1);
			}
			rows[i]![j] = best;
		}
	}
	return Math.min(rows[a.length]![b.length]!, 2);
}
