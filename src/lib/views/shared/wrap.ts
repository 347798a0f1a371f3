/**
 * Breaks a paragraph into lines of at most `width` characters, at spaces (a word longer than a
 * line gets a line of its own): exported images write their notes line by line.
 */
export function wrapText(text: string, width = 110): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line !== '' && line.length + 1 + word.length > width) {
			lines.push(line);
			line = word;
		} else line = line === '' ? word : `${line} ${word}`;
	}
	if (line !== '') lines.push(line);
	return lines;
}
