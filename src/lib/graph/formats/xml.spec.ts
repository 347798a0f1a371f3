import { describe, expect, it } from 'vitest';
import { FormatError, type FormatProblem } from './format-error';
import { checkXml, MAX_XML_DEPTH } from './xml';

/** What checkXml says of a text: 'ok', or the kind of problem and the message. */
function verdict(text: string): 'ok' | { problem: FormatProblem; message: string } {
	try {
		checkXml(text, 'GEXF');
		return 'ok';
	} catch (error) {
		if (!(error instanceof FormatError)) throw error;
		return { problem: error.problem, message: error.message };
	}
}

describe('checkXml refuses, before any DOM parser, what the browser and Node would read differently', () => {
	it.each<[string, string, FormatProblem, RegExp]>([
		[
			'an internal entity (the entity bomb)',
			'<?xml version="1.0"?>\n<!DOCTYPE g [<!ENTITY e "xxxxxxxx">]>\n<g>&e;&e;</g>',
			'dtd',
			/^Not a readable GEXF file: it has a DTD \(<!DOCTYPE …> at line 2\)\. rolegraph reads no DTD/
		],
		['an external DTD', '<!DOCTYPE g SYSTEM "g.dtd"><g/>', 'dtd', /it has a DTD/],
		[
			'U+FFFE in text',
			'<g>\n<node id="go" label="x">Go\uFFFE</node></g>',
			'xml-character',
			/line 2, column \d+ \(node "go"\): holds U\+FFFE, a character XML cannot carry/
		],
		['a raw control character', '<g>a\u0001</g>', 'xml-character', /holds U\+0001/],
		['NUL', '<g>a\u0000</g>', 'xml-character', /holds U\+0000/],
		['U+FFFF in an attribute', '<g a="\uFFFF"/>', 'xml-character', /holds U\+FFFF/],
		['a lone surrogate', '<g>a\uD800</g>', 'xml-character', /holds U\+D800/],
		[
			'&#1;',
			'<g>&#1;</g>',
			'xml-character',
			/refers to U\+0001 \(&#1;\), a character XML cannot carry/
		],
		['&#xFFFE;', '<g>&#xFFFE;</g>', 'xml-character', /refers to U\+FFFE/],
		['&#xD800;', '<g>&#xD800;</g>', 'xml-character', /refers to U\+D800/],
		[
			'an undeclared entity',
			'<g>\n<edge source="a" target="b">&nbsp;</edge></g>',
			'xml-entity',
			/line 2, column \d+ \(edge a → b\): refers to the entity &nbsp;, which the file does not declare/
		],
		['an undeclared entity in an attribute', '<g a="&copy;"/>', 'xml-entity', /&copy;/],
		[
			'an undeclared prefix',
			'<g><viz:size value="1"/></g>',
			'xml-namespace',
			/the prefix "viz" is not declared \(it needs xmlns:viz="…" on an enclosing element\)/
		],
		[
			'a prefix declared on a sibling only',
			'<g><a xmlns:v="x"/><v:b/></g>',
			'xml-namespace',
			/"v"/
		],
		['an undeclared attribute prefix', '<g viz:x="1"/>', 'xml-namespace', /"viz"/],
		[
			'nesting too deep',
			`${'<a>'.repeat(MAX_XML_DEPTH + 1)}${'</a>'.repeat(MAX_XML_DEPTH + 1)}`,
			'xml-depth',
			/nested more than 256 deep/
		],
		['two roots', '<a/><b/>', 'xml-syntax', /the XML is broken/],
		['text after the root', '<a/>hello', 'xml-syntax', /the XML is broken/],
		['a bare &', '<a>x & y</a>', 'xml-syntax', /the XML is broken/],
		['< in an attribute', '<a x="<"/>', 'xml-syntax', /"<" is not allowed there/],
		['mismatched tags', '<a><b></a>', 'xml-syntax', /unexpected close tag/],
		['a repeated attribute', '<a x="1" x="2"/>', 'xml-syntax', /duplicate attribute/],
		['no root', '<?xml version="1.0"?>', 'xml-syntax', /root/],
		['-- in a comment', '<a><!-- a -- b --></a>', 'xml-syntax', /comment/]
	])('%s', (_what, text, problem, message) => {
		const result = verdict(text);
		expect(result).toMatchObject({ problem });
		expect((result as { message: string }).message).toMatch(message);
	});

	it.each([
		['namespaces declared where used', '<g xmlns:viz="v"><viz:size value="3"/></g>'],
		[
			'entities XML knows, and character references it can carry',
			'<g a="&lt;&amp;">&#233;&#x1F600;&quot;</g>'
		],
		['a C1 character and a noncharacter', '<g>\u0085\uFDD0</g>'],
		[
			'markup inside comments and CDATA',
			'<g><!-- <!DOCTYPE x> &nbsp; --><![CDATA[ <!ENTITY &x; ]]></g>'
		],
		[
			'nesting just within the limit',
			`${'<a>'.repeat(MAX_XML_DEPTH)}${'</a>'.repeat(MAX_XML_DEPTH)}`
		]
	])('accepts %s', (_what, text) => {
		expect(verdict(text)).toBe('ok');
	});

	it('refuses the 0.55 MB entity bomb at its DOCTYPE, in milliseconds', () => {
		const bomb = `<!DOCTYPE g [<!ENTITY e "${'x'.repeat(100_000)}">]>\n<g>${'&e;'.repeat(150_000)}</g>`;
		const started = performance.now();
		expect(verdict(bomb)).toMatchObject({ problem: 'dtd' });
		// Reading the text once is the baseline: refusing must cost about that, not an expansion.
		const baseline = performance.now();
		let pieces = 0;
		for (let i = 0; i < 3; i++) pieces += bomb.split('&e;').length;
		expect(pieces).toBe(3 * 150_001);
		const ratio = (baseline - started) / Math.max(1, performance.now() - baseline);
		expect(ratio).toBeLessThan(50);
	});
});
