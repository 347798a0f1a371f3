/**
 * The early drawings' scripts, started from the page's head: the comparisons' drawing
 * (viz/canvas/early.ts, with Cytoscape) and the whole graph's (viz/sigma-early.ts, which loads
 * sigma.js).
 *
 * Left in the page's module graph, a drawing made before hydration started only once SvelteKit's
 * start-up script (the last thing in the page) had loaded every script the page needs to hydrate
 * and evaluated them, after the page was parsed, laid out and painted. Run as a module script of
 * its own from the head, it starts as soon as the browser runs module scripts. The browser's
 * build names these chunks and the chunks they load (vite.config.ts), so the server can tell
 * them among the scripts it preloads and put them first; they hold nothing of Svelte's or
 * SvelteKit's, which must not start before SvelteKit's start-up script has set them up.
 *
 * Plain JavaScript, typed with JSDoc: vite.config.ts imports it too.
 */

/** The comparisons' early drawing's chunk (viz/canvas/early.ts, Cytoscape with it). */
export const EARLY_DRAWING = 'early-drawing';
/** The whole graph's early drawing's chunk (viz/sigma-early.ts, which imports sigma.js lazily). */
export const EARLY_SIGMA = 'early-sigma';

/**
 * The early drawings: each chunk's name (the start of its file name), what in a page's HTML says
 * the page carries such a drawing, whether it runs as soon as it has loaded (`async`) rather
 * than once the page is parsed, and whether SvelteKit's start-up script waits for it (`first`).
 * The whole graph's module fetches the graph and loads sigma.js first (and waits for the page to
 * be parsed before it draws), so it starts as soon as it can; and SvelteKit's scripts, evaluated
 * meanwhile, took the main thread from it (about 60–90 ms of a 500 ms first frame, measured).
 * The comparisons' drawing waits for SvelteKit's scripts only at its page's own (its module's
 * top-level await): they are mostly loaded by the time it runs.
 * @type {readonly { chunk: string, marker: string, async: boolean, first: boolean }[]}
 */
export const EARLY_SCRIPTS = [
	{ chunk: EARLY_DRAWING, marker: ' data-early=', async: false, first: false },
	{ chunk: EARLY_SIGMA, marker: ' data-early-sigma=', async: true, first: true }
];

/** sigma.js and the app's drawing code for it (viz/sigma-canvas.ts, viz/sigma-graph.ts). */
export const SIGMA_DRAWING = 'sigma-drawing';
/** graphology, which sigma.js draws and pages that import graphs use. */
export const GRAPHOLOGY = 'graphology';

/**
 * What the whole graph's early module imports lazily: sigma.js with the app's drawing code for
 * it, and graphology. The build lists them among the explorer's preloads (vite.config.ts); the
 * server keeps them on the page that draws the whole graph, first, and drops them from the
 * explorer's other pages, which never load them.
 * @type {readonly string[]}
 */
export const SIGMA_CHUNKS = [SIGMA_DRAWING, GRAPHOLOGY];

/**
 * What the early drawings' chunks may import (vite.config.ts checks they import no other): the
 * drawing's basics, the bundler's loader of lazy imports and its runtime.
 * @type {readonly string[]}
 */
export const EARLY_IMPORTS = ['drawing-basics', 'preload-helper', 'rolldown-runtime'];

/**
 * The chunks the server tells by name (their file names start with it), in the order they lead
 * a page's preloads.
 * @type {readonly string[]}
 */
export const EARLY_GRAPH = [
	...EARLY_SCRIPTS.map(({ chunk }) => chunk),
	...SIGMA_CHUNKS,
	...EARLY_IMPORTS
];

/** Which of EARLY_GRAPH a script's path names (its index there), or -1. */
function earlyIndex(/** @type {string} */ path) {
	const name = /\/([\w-]+)\.[\w-]+\.js$/.exec(path)?.[1];
	return name === undefined ? -1 : EARLY_GRAPH.indexOf(name);
}

/**
 * Which early drawing's chunk a script the page preloads is (its name), if any.
 * @param {string} path
 * @returns {string | undefined}
 */
export function earlyChunk(path) {
	const index = earlyIndex(path);
	return index >= 0 && index < EARLY_SCRIPTS.length ? EARLY_GRAPH[index] : undefined;
}

/**
 * Whether the page carries an early drawing whose chunk it loads.
 * @param {string} html
 * @param {ReadonlyMap<string, string>} chunks
 */
export function carriesEarlyDrawing(html, chunks) {
	return EARLY_SCRIPTS.some(({ chunk, marker }) => chunks.has(chunk) && html.includes(marker));
}

/**
 * The page with the chunk of each early drawing it carries run from its head (`chunks` maps a
 * chunk's name to its path); any other page as it is. The scripts are the app's own files (the
 * CSP's 'self'), so they need no nonce.
 * @param {string} html
 * @param {ReadonlyMap<string, string>} chunks
 */
export function withEarlyScripts(html, chunks) {
	if (!html.includes('</head>')) return html;
	let scripts = '';
	let page = html;
	for (const { chunk, marker, async, first } of EARLY_SCRIPTS) {
		const path = chunks.get(chunk);
		if (!path || !html.includes(marker)) continue;
		scripts += `<script type="module"${async ? ' async' : ''} src="${encodeURI(path)}"></script>`;
		if (first) page = startAfter(page, encodeURI(path));
	}
	const head = page.indexOf('</head>');
	return scripts ? page.slice(0, head) + scripts + page.slice(head) : html;
}

/**
 * SvelteKit's start-up script (its inline script, which imports its two entry scripts), made to
 * import the module at `path` first and start once that has run (whether it loaded or not).
 * A page whose start-up script reads otherwise is left as it is: the module's top-level await
 * still holds the page's hydration, later.
 * @param {string} html
 * @param {string} path
 */
export function startAfter(html, path) {
	return html.replace(
		/Promise\.all\(\[(\s*import\("[^"]*"\),\s*import\("[^"]*"\)\s*)\]\)/,
		(_, imports) =>
			`import(${JSON.stringify(path)}).catch(() => {}).then(() => Promise.all([${imports}]))`
	);
}

/**
 * The address of the graph a page draws with sigma.js before hydration (its head's
 * `<link data-early-sigma>`), as the page carries it; undefined on any other page.
 * @param {string} html
 */
export function earlySigmaGraph(html) {
	const tag = /<link\b[^>]*\sdata-early-sigma=[^>]*>/.exec(html)?.[0];
	const href = tag && /\shref="([^"]*)"/.exec(tag)?.[1];
	return href?.replaceAll('&amp;', '&');
}

/**
 * The Link header of a page that loads an early drawing's chunk. A page that carries an early
 * drawing (`drawing`) preloads EARLY_GRAPH's chunks it lists, in EARLY_GRAPH's order, and nothing
 * else; the page that draws the whole graph (`graph`, its address) fetches the graph first. Any
 * other page gets the chunks of EARLY_GRAPH first (the others keep SvelteKit's order), and none
 * of sigma.js's (SIGMA_CHUNKS): only the whole graph's page uses them.
 *
 * The browser asks for what a page preloads in the header's order, six at a time over HTTP/1.1,
 * and runs a module only once all it imports has come. SvelteKit lists a drawing's chunk (the
 * comparisons' is the largest, with Cytoscape in it) last, behind the dozen scripts the page
 * needs only to hydrate; put first, their transfers still slowed it. Measured on this 2-core
 * machine, leaving them out of the header brought the first frame of the largest O*NET
 * comparison 45 ms sooner (hydration 40 ms later) and the whole O*NET graph's about 50 ms: the
 * page's start-up script asks for them when it runs.
 * @param {string} link
 * @param {{ drawing: boolean, graph?: string }} page
 */
export function earlyLink(link, { drawing, graph }) {
	const entries = link.split(', ').map((entry) => {
		const index = earlyIndex(/^<([^>]*)>/.exec(entry)?.[1] ?? '');
		return { entry, rank: index < 0 ? EARLY_GRAPH.length : index };
	});
	const sigma = (/** @type {number} */ rank) => SIGMA_CHUNKS.includes(EARLY_GRAPH[rank] ?? '');
	const kept = entries.filter(({ rank }) =>
		drawing ? rank < EARLY_GRAPH.length && (graph !== undefined || !sigma(rank)) : !sigma(rank)
	);
	// A stable sort: the other entries keep SvelteKit's order.
	const sorted = kept.sort((a, b) => a.rank - b.rank).map(({ entry }) => entry);
	if (graph) {
		sorted.unshift(`<${encodeURI(graph)}>; rel="preload"; as="fetch"; crossorigin="anonymous"`);
	}
	return sorted.join(', ');
}
