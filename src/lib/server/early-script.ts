/**
 * The early drawing's script (viz/canvas/early.ts) started from the page's head.
 *
 * Left in the page's module graph, the drawing made before hydration starts only once SvelteKit's
 * start-up script (the last thing in the page) has run: after the whole page is parsed, laid out
 * and painted, 250–300 ms after the page arrived on the comparison pages, when its scripts had
 * long been loaded. Started as a script of its own in the head, it runs as soon as its chunk has
 * loaded and the canvas element is parsed. The browser's build names that chunk (vite.config.ts)
 * so the server can tell it among the scripts it preloads; the chunk holds nothing of Svelte's
 * or SvelteKit's, which must not start before SvelteKit's start-up script has set them up.
 */

/** The name of the early drawing's chunk, and the start of its file name. */
export const EARLY_CHUNK = 'early-drawing';

/**
 * The early drawing's chunk and the chunks it imports (vite.config.ts checks it imports no
 * other): the drawing's basics, the bundler's loader of lazy imports and its runtime. Their file
 * names start with these names.
 */
export const EARLY_GRAPH = [EARLY_CHUNK, 'drawing-basics', 'preload-helper', 'rolldown-runtime'];

/** Which of EARLY_GRAPH a script's path names (its index there), or -1. */
function earlyIndex(path: string): number {
	const name = /\/([\w-]+)\.[\w-]+\.js$/.exec(path)?.[1];
	return name === undefined ? -1 : EARLY_GRAPH.indexOf(name);
}

/** Whether a script the page preloads is the early drawing's chunk. */
export function isEarlyChunk(path: string): boolean {
	return earlyIndex(path) === 0;
}

/**
 * The page with the early drawing's chunk run from its head, when the page carries a drawing
 * (a canvas with `data-early`); any other page as it is. The script is the app's own file (the
 * CSP's 'self'), so it needs no nonce.
 */
export function withEarlyScript(html: string, path: string | undefined): string {
	if (!path || !html.includes(' data-early=')) return html;
	const head = html.indexOf('</head>');
	if (head < 0) return html;
	const script = `<script type="module" async src="${encodeURI(path)}"></script>`;
	return html.slice(0, head) + script + html.slice(head);
}

/**
 * The page's Link header with the early drawing's chunks first, in the order of EARLY_GRAPH.
 * The browser asks for what a page preloads in the header's order, six at a time over HTTP/1.1,
 * and runs a module only once all it imports has come: SvelteKit lists the drawing's chunk (the
 * largest, with Cytoscape in it) last, so it came in after everything the page needs only to
 * hydrate, later on.
 */
export function earlyFirst(link: string): string {
	const entries = link.split(', ').map((entry) => {
		const index = earlyIndex(/^<([^>]*)>/.exec(entry)?.[1] ?? '');
		return { entry, rank: index < 0 ? EARLY_GRAPH.length : index };
	});
	// A stable sort: the other entries keep SvelteKit's order.
	return entries
		.sort((a, b) => a.rank - b.rank)
		.map(({ entry }) => entry)
		.join(', ');
}
