/** @xmldom's XML platform: Node (the command line, the server, tests) and the browser's import worker, which has no DOMParser. */
import { DOMParser } from '@xmldom/xmldom';
import { FormatError } from './format-error';
import type { XmlPlatform } from './xml-platform';

/**
 * @xmldom's parser, with its complaints collected instead of printed: by default it logs each one
 * to the console, which once made the command line print 300,002 lines for one file.
 */
function parse(text: string): Document {
	const complaints: string[] = [];
	const collect = (message: string) => complaints.push(message);
	const options = {
		errorHandler: { warning: () => {}, error: collect, fatalError: collect },
		// XML 1.0's line breaks, as the browser reads them: xmldom also turns U+0085 and U+2028
		// into newlines (XML 1.1's rule), which changed labels and broke JSON lists in GraphML.
		// (An option of xmldom 0.8 its type declarations leave out.)
		normalizeLineEndings: (input: string) => input.replace(/\r\n?/g, '\n')
	};
	const document = new DOMParser(options).parseFromString(text, 'application/xml');
	if (complaints.length > 0) {
		const first = complaints[0]!.replace(/^\[xmldom \w+\]\s*/, '').replace(/\s*@#\[.*$/s, '');
		const more = complaints.length > 1 ? ` (and ${complaints.length - 1} more)` : '';
		throw new FormatError(`the XML is broken: ${first}${more}.`, 'xml-syntax');
	}
	return document as unknown as Document;
}

const probe = new DOMParser().parseFromString('<t/>', 'application/xml');

/** The XML platform of Node. */
export const nodeXml: XmlPlatform = {
	DOMParser: DOMParser as unknown as XmlPlatform['DOMParser'],
	Document: probe.constructor as unknown as XmlPlatform['Document'],
	parse
};
