/** Hands a file to the browser's download machinery under the given name. */
export function saveFile(content: Blob | string, filename: string, type: string): void {
	const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.style.display = 'none';
	document.body.append(link);
	link.click();
	link.remove();
	// The download has its own reference by now; free ours once the click has been handled.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
