import type { Environment } from 'vitest/environments';

/**
 * Node, with modules transformed as for the browser: Svelte compiles runes for its client
 * runtime (reactive, writable deriveds) rather than for server rendering. No DOM and no
 * SvelteKit client runtime: the view state classes tested here touch neither (they are handed
 * their router and data access).
 */
export default {
	name: 'svelte-client',
	viteEnvironment: 'client',
	setup() {
		return { teardown() {} };
	}
} satisfies Environment;
