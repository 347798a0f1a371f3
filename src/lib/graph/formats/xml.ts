import { SaxesParser, type SaxesTagNS } from 'saxes';
import { FormatError, type FormatProblem } from './format-error';
import { lineAndColumn } from './input';

/**
 * The XML side of reading GEXF and GraphML, shared by both formats and loaded only when one is
 * read: checkXml reads a file once with saxes (a strict, streaming, namespace-aware parser that
 * expands nothing), handing its events to the format's reader, and refuses, with one message, a
 * DTD (whose entities can expand without bound — a 0.55 MB file once froze the tab for 13.6 s),
 * characters XML cannot carry, undeclared entities and namespace prefixes, anything not
 * well-formed.
 */

/** Deeper than this, some browsers' XML parsers give up (libxml2's default limit). */
export const MAX_XML_DEPTH = 256;

/** A character XML 1.0 cannot carry, even in a comment (a lone surrogate included). */
const NOT_XML = /[^\t\n\r\x20-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

/** A surrogate that is not half of a pair (with the `u` flag, a pair is one character above). */
const LONE_SURROGATE = /[\ud800-\udfff]/u;

function codePoint(character: string): string {
	return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `node "go"` or `edge eng → go`: the element of the graph a position is inside, if any. */
function describeElement(open: SaxesTagNS[]): string {
	for (let i = open.length - 1; i >= 0; i--) {
		const { local, attributes } = open[i]!;
		const value = (name: string) => attributes[name]?.value;
		if (local === 'node' && value('id') !== undefined) return ` (node "${value('id')}")`;
		if (local === 'edge' && value('source') !== undefined) {
			return ` (edge ${value('source')} → ${value('target')})`;
		}
	}
	return '';
}

/** Turns what saxes says into rolegraph's message, with the kind of problem it is. */
function explain(message: string, text: string, position: number): [string, FormatProblem] {
	const said = message.replace(/^(?:[^:]*:)?\d+:\d+: /, '').replace(/\.$/, '');
	const reference = () => text.slice(text.lastIndexOf('&', position - 1), position);
	if (said === 'disallowed character') {
		// saxes says this of characters XML cannot carry, and of a "<" inside an attribute's value.
		const character = [...text.slice(Math.max(0, position - 2), position + 1)].find((c) =>
			NOT_XML.test(c)
		);
		if (character)
			return [`holds ${codePoint(character)}, a character XML cannot carry`, 'xml-character'];
		return [
			`the XML is broken: "${text.slice(position - 1, position)}" is not allowed there`,
			'xml-syntax'
		];
	}
	if (said === 'malformed character entity') {
		const ref = reference();
		const code = /^&#(x[0-9a-f]+|[0-9]+);$/i.exec(ref)?.[1];
		const value = code ? Number.parseInt(code.replace(/^x/i, ''), /^x/i.test(code) ? 16 : 10) : NaN;
		if (Number.isFinite(value) && value <= 0x10ffff) {
			const point = `U+${value.toString(16).toUpperCase().padStart(4, '0')}`;
			return [`refers to ${point} (${ref}), a character XML cannot carry`, 'xml-character'];
		}
		return [`${ref} is not a character reference`, 'xml-syntax'];
	}
	if (said === 'undefined entity') {
		return [
			`refers to the entity ${reference()}, which the file does not declare (XML itself knows only &amp;, &lt;, &gt;, &quot; and &apos;)`,
			'xml-entity'
		];
	}
	const prefix = /^unbound namespace prefix: "(.*)"$/.exec(said)?.[1];
	if (prefix !== undefined) {
		return [
			`the prefix "${prefix}" is not declared (it needs xmlns:${prefix}="…" on an enclosing element)`,
			'xml-namespace'
		];
	}
	return [`the XML is broken: ${said}`, 'xml-syntax'];
}

/** What a streaming reader hears while checkXml reads a file once (see readXmlEvents). */
export interface XmlHandlers {
	open?(tag: SaxesTagNS): void;
	close?(tag: SaxesTagNS): void;
	text?(text: string): void;
}

/**
 * Reads XML text once, strictly (see above), refusing with one message that names the line, the
 * column and the node or edge it is in; `kind` names the format ("GEXF"). The streaming readers
 * (gexf-reader.ts, graphml-reader.ts) build their graph from the events, so no DOM is made: a
 * 34.5 MB GEXF took 1.7 GB as a DOM.
 */
export function checkXml(text: string, kind: string, handlers: XmlHandlers = {}): void {
	const fail = (message: string, problem: FormatProblem): never => {
		throw new FormatError(`Not a readable ${kind} file: ${message}.`, problem);
	};
	// saxes reads JavaScript strings, where a lone surrogate passes for half of a character.
	const lone = LONE_SURROGATE.exec(text);
	if (lone) {
		const { line, column } = lineAndColumn(text, lone.index);
		fail(
			`line ${line}, column ${column} holds ${codePoint(lone[0])}, a character XML cannot carry`,
			'xml-character'
		);
	}
	const parser = new SaxesParser({ xmlns: true, position: true });
	const open: SaxesTagNS[] = [];
	parser.on('doctype', () => {
		const { line } = lineAndColumn(text, text.indexOf('<!DOCTYPE'));
		fail(
			`it has a DTD (<!DOCTYPE …> at line ${line}). rolegraph reads no DTD or entity declaration, since one can make a small file expand without bound; remove the DOCTYPE and import the file again`,
			'dtd'
		);
	});
	parser.on('opentag', (tag) => {
		open.push(tag);
		if (open.length > MAX_XML_DEPTH) {
			fail(
				`elements are nested more than ${MAX_XML_DEPTH} deep (line ${parser.line})`,
				'xml-depth'
			);
		}
		handlers.open?.(tag);
	});
	parser.on('closetag', (tag) => {
		open.pop();
		handlers.close?.(tag);
	});
	if (handlers.text) {
		const onText = handlers.text;
		parser.on('text', onText);
		parser.on('cdata', onText);
	}
	parser.on('error', (error) => {
		const [message, problem] = explain(error.message, text, parser.position);
		fail(
			`line ${parser.line}, column ${parser.column}${describeElement(open)}: ${message}`,
			problem
		);
	});
	parser.write(text).close();
}

/**
 * The first edge of GEXF or GraphML text whose end is no node of the file, described with its
 * position and line (the graph parsers only say that one exists).
 */
export function danglingEdge(text: string): string | undefined {
	const attribute = (tag: string, name: string) =>
		new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)
			.exec(tag)
			?.slice(1)
			.find((v) => v !== undefined);
	const nodes = new Set<string>();
	for (const match of text.matchAll(/<node\b(?:[^>"']|"[^"]*"|'[^']*')*>/g)) {
		const id = attribute(match[0], 'id');
		if (id !== undefined) nodes.add(id);
	}
	let index = 0;
	for (const match of text.matchAll(/<edge\b(?:[^>"']|"[^"]*"|'[^']*')*>/g)) {
		for (const end of ['source', 'target']) {
			const id = attribute(match[0], end);
			if (id !== undefined && !nodes.has(id)) {
				const { line } = lineAndColumn(text, match.index);
				return `edge ${index + 1} (line ${line}) has the ${end} "${id}", which is no node of the file (a dangling edge)`;
			}
		}
		index++;
	}
	return undefined;
}
