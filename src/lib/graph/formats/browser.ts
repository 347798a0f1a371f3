/** rolegraph's readers for the browser: XML through the browser's own DOMParser. */
import { FormatError } from './format-error';
import { createImporter } from './import';
import type { XmlPlatform } from './xml-platform';

/** The browser's parser; a document it could not read holds a <parsererror> instead of failing. */
function parse(text: string): Document {
	const document = new DOMParser().parseFromString(text, 'application/xml');
	const error = document.getElementsByTagName('parsererror')[0];
	if (error) {
		const said = (error.textContent ?? '')
			.replace(/^This page contains the following errors:/, '')
			.replace(/Below is a rendering of the page.*$/s, '')
			.trim();
		throw new FormatError(`the XML is broken: ${said}.`, 'xml-syntax');
	}
	return document;
}

/** The XML platform of the browser. */
export const browserXml: XmlPlatform = { DOMParser, Document, parse };

export const { importFile } = createImporter({ xml: browserXml });
