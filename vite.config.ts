import { sveltekit } from '@sveltejs/kit/vite';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** A chunk as the build manifest describes it. */
interface ManifestChunk {
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
 * of them; other chunks list no dynamic imports, so nothing is met early behind one.
 */
function preloadEveryStaticImport(): Plugin {
	return {
		name: 'rolegraph:preload-every-static-import',
		apply: 'build',
		writeBundle(options) {
			const file = join(options.dir ?? '', '.vite/manifest.json');
			if (!existsSync(file)) return;
			const manifest: Record<string, ManifestChunk> = JSON.parse(readFileSync(file, 'utf8'));
			const rewritten = new Map<ManifestChunk, Required<Omit<ManifestChunk, 'isEntry'>>>();
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
 * for a comparison, 11 for the explorer. The rest is left to the bundler, so no page loads much
 * it does not need (with every module two pages share in that chunk, the explorer's first load
 * went from 224 to 275 KB gzip). Only the browser's build is grouped (the server's has no such
 * cost, and its chunks must keep their order).
 */
function clientChunks(): Plugin {
	const framework = /node_modules[\\/](svelte|@sveltejs[\\/]kit|devalue|esm-env|clsx)[\\/]/;
	const lib = /src[\\/]lib[\\/]/;
	// Left to the bundler: the drawing code, which loads Cytoscape or sigma.js (the explorer must
	// not load Cytoscape, nor the comparisons sigma.js), and the views, each used by a page or two.
	const apart =
		/src[\\/]lib[\\/](viz[\\/]|components[\\/]graph[\\/]GraphCanvas|views[\\/](?!shared))/;
	return {
		name: 'rolegraph:client-chunks',
		apply: 'build',
		configEnvironment(name) {
			if (name !== 'client') return;
			return {
				build: {
					rolldownOptions: {
						output: {
							codeSplitting: {
								groups: [
									{ name: 'framework', test: framework, tags: ['$initial'], priority: 2 },
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
			checks: { bundlerTimings: false },
			output: {
				codeSplitting: {
					groups: [
						// Cytoscape (the largest library) in a chunk of its own: otherwise the bundler
						// files it with small components shared by the same pages, and a page that only
						// needs those (the whole-graph explorer, drawn by sigma.js) loads Cytoscape too.
						{
							name: 'cytoscape',
							test: /node_modules[\\/]cytoscape[\\/]/
						}
					]
				}
			}
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
