import adapter from '@sveltejs/adapter-node';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		adapter: adapter(),
		// Small stylesheets go inline: no render-blocking requests before the first paint.
		inlineStyleThreshold: 16384
	}
};

export default config;
