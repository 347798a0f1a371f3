import { sveltekit } from '@sveltejs/kit/vite';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import {
	EARLY_DRAWING,
	EARLY_GRAPH,
	EARLY_IMPORTS,
	EARLY_SCRIPTS,
	EARLY_SIGMA,
	GRAPHOLOGY,
	SIGMA_CHUNKS,
	SIGMA_DRAWING
} from './src/lib/server/early-script.js';

/** A chunk as the build manifest describes it. */
interface ManifestChunk {
	name?: string;
	imports?: string[];
	dynamicImports?: string[];
	isEntry?: boolean;
}

/**
 * Rewrites the build manifest so SvelteKit preloads every chunk a page loads statically.
 * SvelteKit walks the manifest depth first, a chunk's static imports and then its dynamic ones,
 * and skips a chunk it has met before, even one it met only behind a dynamic import (as a file
 * not to preload). Cytoscape, met first behind the export menu's dynamic import, was never
 * preloaded on the pages that import it statically: it loaded only once their scripts ran, a
 * round trip before any comparison could draw. Here each entry lists all the chunks it loads
 * statically, then (for the stylesheets SvelteKit reads from them) every dynamic import of any
 * of them; other chunks list no dynamic imports, so nothing is met early behind one. An entry
 * that loads the whole graph's early module lists what that module imports lazily too.
 */
function preloadEveryStaticImport(): Plugin {
	return {
		name: 'rolegraph:preload-every-static-import',
		apply: 'build',
		writeBundle(options) {
			const file = join(options.dir ?? '', '.vite/manifest.json');
			if (!existsSync(file)) return;
			const manifest: Record<string, ManifestChunk> = JSON.parse(readFileSync(file, 'utf8'));
			const rewritten = new Map<
				ManifestChunk,
				Required<Pick<ManifestChunk, 'imports' | 'dynamicImports'>>
			>();
			for (const chunk of Object.values(manifest)) {
				if (!chunk.isEntry) continue;
				const statics = new Set<string>();
				const dynamics = new Set<string>(chunk.dynamicImports);
				const walk = (imports: string[] = []) => {
					for (const name of imports) {
						if (statics.has(name)) continue;
						statics.add(name);
						for (const lazy of manifest[name]?.dynamicImports ?? []) dynamics.add(lazy);
						walk(manifest[name]?.imports);
					}
				};
				walk(chunk.imports);
				// The whole graph's early module imports sigma.js lazily, but the page that draws the
				// whole graph needs it at once: listed here, the server can preload it there (and
				// drops it from the explorer's other pages: early-script.js, earlyLink).
				for (const name of [...statics]) {
					if (manifest[name]?.name === EARLY_SIGMA) walk(manifest[name].dynamicImports);
				}
				rewritten.set(chunk, {
					imports: [...statics],
					dynamicImports: [...dynamics].filter((name) => !statics.has(name))
				});
			}
			for (const chunk of Object.values(manifest)) {
				const entry = rewritten.get(chunk);
				if (entry) Object.assign(chunk, entry);
				else delete chunk.dynamicImports;
			}
			writeFileSync(file, JSON.stringify(manifest, null, 2));
		}
	};
}

/**
 * Fewer, larger scripts for the browser. Left to itself the bundler made a chunk for every set of
 * pages sharing some modules: a comparison page loaded 45 files, most under 1 KB, and over
 * HTTP/1.1 (six connections to a host) they queued: the last came in 170 ms after the first was
 * asked for, and nothing could run before. Here Svelte's and SvelteKit's code is one chunk, and
 * the app's code that most pages load (seven of the sixteen entries or more) another: 21 files
 * for a comparison, 13 for the explorer (the early drawing's small chunks among them). The rest
 * is left to the bundler, so no page loads much it does not need (with every module two pages
 * share in that chunk, the explorer's first load went from 224 to 275 KB gzip). Only the
 * browser's build is grouped (the server's has no such cost, and its chunks must keep their
 * order).
 */
function clientChunks(): Plugin {
	const framework = /node_modules[\\/](svelte|@sveltejs[\\/]kit|devalue|esm-env|clsx)[\\/]/;
	// The bundler's loader of lazy imports, which every page uses.
	const preloadHelper = /vite[\\/]preload-helper/;
	const lib = /src[\\/]lib[\\/]/;
	// Left to the bundler: the drawing code, which loads Cytoscape or sigma.js (the explorer must
	// not load Cytoscape, nor the comparisons sigma.js), and the views, each used by a page or two.
	const apart =
		/src[\\/]lib[\\/](viz[\\/]|components[\\/]graph[\\/]GraphCanvas|views[\\/](?!shared))/;
	// The drawing made before hydration (viz/canvas/early.ts), what it runs and Cytoscape, in a chunk
	// the page's head runs once the page is parsed (EARLY_DRAWING, hooks.server.ts): nothing of
	// Svelte's or SvelteKit's in it, which would start before SvelteKit's start-up script has set
	// them up. The pages that draw with Cytoscape all load it; the explorer must not.
	const early = /src[\\/]lib[\\/]viz[\\/](canvas[\\/](early|create|draw)|cytoscape|style)\.ts$/;
	// The whole graph's drawing made before hydration (viz/sigma-early.ts), run from the head of
	// the explorer's whole-graph page: it imports sigma.js lazily, so the explorer's other pages,
	// which load it too, load nothing more.
	const earlySigma = /src[\\/]lib[\\/]viz[\\/]sigma-early\.ts$/;
	// What that module imports lazily, each a chunk of its own the server can tell by name
	// (SIGMA_CHUNKS in early-script.js): sigma.js with the app's drawing code for it, and
	// graphology, which pages that import graphs (and draw nothing) load as well.
	const sigmaDrawing =
		/src[\\/]lib[\\/]viz[\\/]sigma-(canvas|graph)\.ts$|node_modules[\\/]sigma[\\/]/;
	const graphology =
		/node_modules[\\/](graphology|graphology-utils|events|obliterator)[\\/]|src[\\/]lib[\\/]graph[\\/]graphology\.ts$/;
	// What that drawing shares with pages that load no Cytoscape (the explorer): a chunk with no
	// imports, so that those pages do not load the drawing's chunk, nor Cytoscape with it.
	const drawingBasics =
		/src[\\/]lib[\\/](viz[\\/](theme|metrics|layout-spec|category-styles|turns|parsed)|graph[\\/](category-names|types))\.ts$/;
	return {
		name: 'rolegraph:client-chunks',
		apply: 'build',
		generateBundle(_, bundle) {
			if (this.environment.name !== 'client') return;
			// The server preloads the early drawings' chunks and what they import before the rest, by
			// name (hooks.server.ts), and the browser runs them before SvelteKit's start-up script:
			// they must import nothing else, least of all SvelteKit's code, nor each other (the
			// explorer must not load Cytoscape). sigma.js's chunks may import each other.
			const names = new Map(Object.values(bundle).map((file) => [file.fileName, file.name]));
			const allowed = new Map<string, readonly string[]>([
				...EARLY_SCRIPTS.map(({ chunk }): [string, readonly string[]] => [chunk, EARLY_IMPORTS]),
				...SIGMA_CHUNKS.map((name): [string, readonly string[]] => [
					name,
					[...SIGMA_CHUNKS, ...EARLY_IMPORTS]
				])
			]);
			for (const chunk of Object.values(bundle)) {
				const may = chunk.type === 'chunk' ? allowed.get(chunk.name) : undefined;
				if (chunk.type !== 'chunk' || !may) continue;
				const others = chunk.imports.filter((file) => !may.includes(names.get(file)!));
				if (others.length) {
					throw new Error(
						`The early chunk ${chunk.name} imports ${others.map((file) => names.get(file)).join(', ')}: add them to EARLY_IMPORTS (src/lib/server/early-script.js), or keep them out of it.`
					);
				}
			}
		},
		configEnvironment(name) {
			if (name !== 'client') return;
			return {
				build: {
					modulePreload: {
						// The whole graph's early module imports sigma.js's code straight away: the
						// bundler's helper would add a preload for each of its chunks and wait for their
						// load events, tasks queued behind the page's own work (50 ms and more).
						resolveDependencies: (_file: string, deps: string[], { hostId }: { hostId: string }) =>
							new RegExp(`/${EARLY_SIGMA}\\.[\\w-]+\\.js$`).test(hostId) ? [] : deps
					},
					rolldownOptions: {
						output: {
							// SvelteKit's names (a hash), but the early drawing's chunks keep their names
							// before it: the server tells them by their names.
							chunkFileNames: (chunk: { name: string }) =>
								`_app/immutable/chunks/${EARLY_GRAPH.includes(chunk.name) ? '[name].' : ''}[hash].js`,
							codeSplitting: {
								groups: [
									// Each group takes what its modules import as well, unless a group of higher
									// priority took it first: the early drawing takes Cytoscape (a comparison needs
									// both before it can draw), and leaves the basics and the bundler's helper for
									// lazy imports to the groups above it.
									{ name: EARLY_DRAWING, test: early, priority: 4 },
									{ name: EARLY_SIGMA, test: earlySigma, priority: 4 },
									{ name: SIGMA_DRAWING, test: sigmaDrawing, priority: 3 },
									{ name: GRAPHOLOGY, test: graphology, priority: 5 },
									{ name: 'drawing-basics', test: drawingBasics, priority: 5 },
									{ name: 'preload-helper', test: preloadHelper, priority: 7 },
									{ name: 'framework', test: framework, tags: ['$initial'], priority: 6 },
									{
										name: 'lib',
										test: (id: string) => lib.test(id) && !apart.test(id),
										tags: ['$initial'],
										minShareCount: 7,
										priority: 1
									}
								]
							}
						}
					}
				}
			};
		}
	};
}

/**
 * The state classes of views and components, tested as they run in the browser (Svelte's client
 * runtime).
 */
const VIEW_SPECS = ['src/lib/views/**/*.spec.ts', 'src/lib/components/**/*.spec.ts'];

export default defineConfig({
	plugins: [sveltekit(), preloadEveryStaticImport(), clientChunks()],
	build: {
		// The plugin-timing report is noise here: SvelteKit's own compile step dominates it.
		rolldownOptions: {
			checks: { bundlerTimings: false }
		}
	},
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'core',
					// Playwright specs live in tests/; vitest only runs the specs beside the code.
					include: ['src/**/*.{test,spec}.ts', 'scripts/**/*.{test,spec}.ts'],
					exclude: VIEW_SPECS,
					environment: 'node'
				}
			},
			{
				extends: true,
				// Svelte compiles runes for the server by default under Node; views run in browsers,
				// where deriveds are reactive and can be written.
				resolve: { conditions: ['browser'] },
				test: {
					name: 'views',
					include: VIEW_SPECS,
					environment: './src/lib/test-support/client-environment.ts'
				}
			}
		]
	}
});
