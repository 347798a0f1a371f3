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
	}
}

export {};
