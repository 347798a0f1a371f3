import adapter from '@sveltejs/adapter-node';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		adapter: adapter(),
		// Small stylesheets go inline: no render-blocking requests before the first paint.
		inlineStyleThreshold: 16384,
		// Pages may run only the app's own scripts (SvelteKit's inline start-up script carries a
		// nonce); no inline or injected script runs. Styles may be inline: Svelte and Cytoscape
		// set style attributes. Images from data:/blob: URLs are the PNG/SVG exports.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
