/**
 * The largest file rolegraph imports: room for every whole-graph export of O*NET (the largest,
 * .cyjs, is 58.7 MB and peaks at 396 MB resident while imported; docs/PERFORMANCE.md, measured
 * by scripts/bench/import-bench.ts).
 */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

/** A size in bytes as megabytes: "20.0 MB". */
export function megabytes(bytes: number): string {
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A file too big to import: the message says how big it is and what the limit is. */
export function sizeProblem(name: string, bytes: number): string | undefined {
	return bytes > MAX_IMPORT_BYTES
		? `${name} is ${megabytes(bytes)}; rolegraph imports files up to ${megabytes(MAX_IMPORT_BYTES)}.`
		: undefined;
}
