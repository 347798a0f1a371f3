/**
 * XML parsing is the one thing the browser and Node do differently: the browser has DOMParser,
 * Node has @xmldom/xmldom. graphology-gexf and graphology-graphml take either (their `common/`
 * parsers are built from a DOMParser and a Document class); browser.ts and node.ts each give the
 * formats one of these, as graphology-gexf's `browser/` and `node/` entry points do.
 */
export interface XmlPlatform {
	/** The DOMParser and Document classes graphology's parsers are built from. */
	DOMParser: new () => DOMParser;
	Document: abstract new () => Document;
	/**
	 * Parses text that passed checkXml into a document; throws FormatError when the platform's
	 * parser still finds something wrong (one message, however many complaints it has).
	 */
	parse(text: string): Document;
}
