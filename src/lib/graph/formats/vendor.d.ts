// graphology-gexf's helpers, which the streaming GEXF reader casts values with; it ships no types
// for this entry point.
declare module 'graphology-gexf/common/helpers.js' {
	/** Casts a GEXF attribute value by its declared type (lists in GEXF 1.3's syntax, or |-separated). */
	export function parseValue(type: string, value: string): unknown;
}
