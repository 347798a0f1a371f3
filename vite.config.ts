import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		// The plugin-timing report is noise here: SvelteKit's own compile step dominates it.
		rolldownOptions: { checks: { bundlerTimings: false } }
	},
	test: {
		// Playwright specs live in tests/; vitest only runs the specs beside the code.
		include: ['src/**/*.{test,spec}.ts', 'scripts/**/*.{test,spec}.ts'],
		environment: 'node'
	}
});
