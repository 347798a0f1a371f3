// Cytoscape extensions that ship no types of their own.
declare module 'cytoscape-fcose' {
	const fcose: import('cytoscape').Ext;
	export default fcose;
}

declare module 'cytoscape-svg' {
	const svg: import('cytoscape').Ext;
	export default svg;
}

// graphology-gexf's writer alone: its main entry also loads xmldom (for the Node parser), which
// has no place in the browser bundle.
declare module 'graphology-gexf/common/writer.js' {
	const write: typeof import('graphology-gexf/browser').write;
	export default write;
}
