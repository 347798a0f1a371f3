/**
 * The early drawing's script (viz/canvas/early.ts) started from the page's head.
 *
 * Left in the page's module graph, the drawing made before hydration started only once
 * SvelteKit's start-up script (the last thing in the page) had loaded every script the page
 * needs to hydrate and evaluated them, after the page was parsed, laid out and painted. Run as a
 * module script of its own from the head, it starts as soon as the page is parsed (when the
 * browser runs module scripts). The browser's build names that chunk and the chunks it imports
 * (vite.config.ts), so the server can tell them among the scripts it preloads; they hold nothing
 * of Svelte's or SvelteKit's, which must not start before SvelteKit's start-up script has set
 * them up.
 *
 * Plain JavaScript, typed with JSDoc: vite.config.ts imports it too.
 */

/** The name of the early drawing's chunk, and the start of its file name. */
export const EARLY_CHUNK = 'early-drawing';

/**
 * The early drawing's chunk and the chunks it imports (vite.config.ts checks it imports no
 * other): the drawing's basics, the bundler's loader of lazy imports and its runtime. Their file
 * names start with these names.
 * @type {readonly string[]}
 */
export const EARLY_GRAPH = [EARLY_CHUNK, 'drawing-basics', 'preload-helper', 'rolldown-runtime'];

/** Which of EARLY_GRAPH a script's path names (its index there), or -1. */
function earlyIndex(/** @type {string} */ path) {
	const name = /\/([\w-]+)\.[\w-]+\.js$/.exec(path)?.[1];
	return name === undefined ? -1 : EARLY_GRAPH.indexOf(name);
}

/** Whether a script the page preloads is the early drawing's chunk. */
export function isEarlyChunk(/** @type {string} */ path) {
	return earlyIndex(path) === 0;
}

/**
 * The page with the early drawing's chunk run from its head, when the page carries a drawing
 * (a canvas with `data-early`); any other page as it is. The script is the app's own file (the
 * CSP's 'self'), so it needs no nonce.
 * @param {string} html
 * @param {string | undefined} path
 */
export function withEarlyScript(html, path) {
	if (!path || !html.includes(' data-early=')) return html;
	const head = html.indexOf('</head>');
	if (head < 0) return html;
	const script = `<script type="module" src="${encodeURI(path)}"></script>`;
	return html.slice(0, head) + script + html.slice(head);
}

/**
 * The page's Link header with the early drawing's chunks first, in the order of EARLY_GRAPH.
 * The browser asks for what a page preloads in the header's order, six at a time over HTTP/1.1,
 * and runs a module only once all it imports has come: SvelteKit lists the drawing's chunk (the
 * largest, with Cytoscape in it) last, so it came in after everything the page needs only to
 * hydrate.
 * @param {string} link
 */
export function earlyFirst(link) {
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
