// graphology-gexf's and graphology-graphml's shared parsers, built from a DOMParser and a Document
// class: the browser gives its own, Node gives @xmldom's (see xml-platform.ts). They ship no
// types for these entry points.
declare module 'graphology-gexf/common/parser.js' {
	const createParser: (
		domParser: new () => DOMParser,
		document: abstract new () => Document
	) => typeof import('graphology-gexf/browser').parse;
	export default createParser;
}

declare module 'graphology-graphml/common/parser.js' {
	const createParser: (
		domParser: new () => DOMParser,
		document: abstract new () => Document
	) => typeof import('graphology-graphml/browser').parse;
	export default createParser;
}

declare module 'graphology-gexf/common/helpers.js' {
	/** Casts a GEXF attribute value by its declared type (lists in GEXF 1.3's syntax, or |-separated). */
	export function parseValue(type: string, value: string): unknown;
}
