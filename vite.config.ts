import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

/**
 * The state classes of views and components, tested as they run in the browser (Svelte's client
 * runtime).
 */
const VIEW_SPECS = ['src/lib/views/**/*.spec.ts', 'src/lib/components/**/*.spec.ts'];

export default defineConfig({
	plugins: [sveltekit()],
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
