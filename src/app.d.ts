// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
		}
	}

	interface Window {
		/** The Cytoscape instance on screen: a test hook for reading graph state, not pixels. */
		__cy?: import('cytoscape').Core;
		/** The sigma.js renderer on screen (the whole-graph view): a test hook, as __cy is. */
		__sigma?: import('sigma').default<
			import('$lib/viz/sigma-graph').SigmaNode,
			import('$lib/viz/sigma-graph').SigmaEdge
		>;
	}
}

export {};
