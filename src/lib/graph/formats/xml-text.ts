/**
 * Writing XML to the letter: what an XML parser gives back must be exactly what was written. An
 * attribute value loses its tabs and line breaks to attribute-value normalisation unless they are
 * character references, and any text loses its carriage returns to line-end normalisation; so
 * those are written as `&#9;`, `&#10;` and `&#13;`, on top of the usual escapes.
 */

const TEXT_ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'\r': '&#13;'
};

const ATTRIBUTE_ESCAPES: Record<string, string> = {
	...TEXT_ESCAPES,
	'"': '&quot;',
	'\t': '&#9;',
	'\n': '&#10;'
};

/** Text content, escaped so that it reads back unchanged. */
export function escapeXmlText(value: string): string {
	return value.replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]!);
}

/** An attribute value (between double quotes), escaped so that it reads back unchanged. */
export function escapeXmlAttribute(value: string): string {
	return value.replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c]!);
}

/**
 * fast-xml-parser's builder with rolegraph's escaping instead of its own (which leaves tabs,
 * line breaks and carriage returns as they are). Loaded on first use: exports only.
 */
export async function xmlBuilder() {
	const { XMLBuilder } = await import('fast-xml-parser');
	return new XMLBuilder({
		ignoreAttributes: false,
		attributeNamePrefix: '@_',
		textNodeName: '#text',
		format: true,
		indentBy: '  ',
		suppressEmptyNode: true,
		// An attribute whose value is "true" stays `value="true"`, not a bare `value`.
		suppressBooleanAttributes: false,
		processEntities: false,
		tagValueProcessor: (_name: string, value: unknown) => escapeXmlText(String(value)),
		attributeValueProcessor: (_name: string, value: unknown) => escapeXmlAttribute(String(value))
	});
}

/**
 * An id as an XML name token (GraphML's ids are `xs:NMTOKEN`): letters, digits, `.` and `-` as
 * they are, every other character as `_` + its code point in hex + `_` (a space is `_20_`, `_`
 * itself `_5f_`), so the encoding is undone exactly (decodeNameToken).
 */
export function encodeNameToken(id: string): string {
	return id.replace(/[^A-Za-z0-9.-]/gu, (c) => `_${c.codePointAt(0)!.toString(16)}_`);
}

/** Undoes encodeNameToken. */
export function decodeNameToken(token: string): string {
	return token.replace(/_([0-9a-f]{1,6})_/g, (_match, hex: string) =>
		String.fromCodePoint(Number.parseInt(hex, 16))
	);
}
