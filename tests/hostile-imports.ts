/**
 * Files an attacker (or an unlucky export from another tool) would bring to the import, with the
 * verdict rolegraph must give on each — the same through the command line and in the browser.
 * Generated here rather than committed: the entity bomb alone is half a megabyte.
 */

/** What importing a file must end in: a graph of this size, or a refusal of this kind. */
export type Verdict = { nodes: number; edges: number } | { refused: RegExp };

export interface HostileFile {
	name: string;
	/** What the file is, for the test's title. */
	what: string;
	bytes: Buffer;
	verdict: Verdict;
}

/** The message every file with a DTD gets. */
const DTD = /has a DTD \(<!DOCTYPE/;
/** The message every file with a character XML cannot carry gets. */
const XML_CHARACTER = /a character XML cannot carry/;

/** A small valid GEXF around the given node and edge lines (two roles and a technology). */
function gexf(body: { prolog?: string; label?: string; extra?: string } = {}): string {
	return `<?xml version="1.0" encoding="UTF-8"?>
${body.prolog ?? ''}<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed">
    <attributes class="node"><attribute id="0" title="category" type="string"/></attributes>
    <nodes>
      <node id="eng" label="Engineer"><attvalues><attvalue for="0" value="role"/></attvalues></node>
      <node id="dev" label="Developer"><attvalues><attvalue for="0" value="role"/></attvalues></node>
      <node id="go" label="${body.label ?? 'Go'}"><attvalues><attvalue for="0" value="technology"/></attvalues></node>${body.extra ?? ''}
    </nodes>
    <edges>
      <edge id="0" source="eng" target="go"/>
      <edge id="1" source="dev" target="go"/>
    </edges>
  </graph>
</gexf>
`;
}

/** A small valid GraphML with the same graph. */
function graphml(body: { prolog?: string; label?: string } = {}): string {
	return `<?xml version="1.0" encoding="UTF-8"?>
${body.prolog ?? ''}<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="c" for="node" attr.name="category" attr.type="string"/>
  <key id="l" for="node" attr.name="label" attr.type="string"/>
  <graph id="G" edgedefault="directed">
    <node id="eng"><data key="c">role</data><data key="l">Engineer</data></node>
    <node id="dev"><data key="c">role</data><data key="l">Developer</data></node>
    <node id="go"><data key="c">technology</data><data key="l">${body.label ?? 'Go'}</data></node>
    <edge source="eng" target="go"/>
    <edge source="dev" target="go"/>
  </graph>
</graphml>
`;
}

/** A graphology JSON graph with one label given. */
function json(label: string): string {
	return JSON.stringify({
		attributes: {
			id: 'j',
			title: 'J',
			description: 'A graph.',
			sources: [{ id: 's', title: 'S', summary: 'A source.' }]
		},
		nodes: [
			{ key: 'eng', attributes: { label: 'Engineer', category: 'role' } },
			{ key: 'go', attributes: { label, category: 'technology' } }
		],
		edges: [{ source: 'eng', target: 'go', attributes: { relation: 'needs', sources: ['s'] } }]
	});
}

/** Ids that are names of Object.prototype's members. */
export const PROTOTYPE_NAMES = [
	'constructor',
	'toString',
	'__proto__',
	'hasOwnProperty',
	'valueOf',
	'isPrototypeOf'
];

/** A CSV whose roles and nodes are named after Object.prototype's members. */
export const PROTOTYPE_CSV = [
	'role,node,category',
	'r1,constructor,technology',
	'r1,toString,skill',
	'r1,__proto__,technology',
	'valueOf,hasOwnProperty,practice',
	'valueOf,toString,skill',
	'valueOf,constructor,technology',
	'valueOf,isPrototypeOf,role',
	''
].join('\n');

function utf16(text: string, order: 'le' | 'be'): Buffer {
	const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
	return order === 'le' ? le : le.swap16();
}

/** Windows-1252 bytes of text made of Latin-1 letters (and the euro sign). */
function windows1252(text: string): Buffer {
	return Buffer.from([...text].map((c) => (c === '€' ? 0x80 : c.charCodeAt(0))));
}

/** The corpus: each file once, with its verdict. */
export function hostileImports(): HostileFile[] {
	const entity = 'x'.repeat(100_000);
	const bomb = gexf({
		prolog: `<!DOCTYPE gexf [<!ENTITY e "${entity}">]>\n`,
		label: '&e;'.repeat(150_000)
	});
	const laughs = graphml({
		prolog: `<!DOCTYPE graphml [
 <!ENTITY a "lol">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY f "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
]>
`,
		label: '&f;'
	});
	const files: HostileFile[] = [
		{
			name: 'entity-bomb.gexf',
			what: 'a 100,000-character internal entity referenced 150,000 times',
			bytes: Buffer.from(bomb),
			verdict: { refused: DTD }
		},
		{
			name: 'laughs.graphml',
			what: 'nested entities (billion laughs)',
			bytes: Buffer.from(laughs),
			verdict: { refused: DTD }
		},
		{
			name: 'xxe.gexf',
			what: 'an external entity naming a local file',
			bytes: Buffer.from(
				gexf({
					prolog: '<!DOCTYPE gexf [<!ENTITY x SYSTEM "file:///etc/hostname">]>\n',
					label: '&x;'
				})
			),
			verdict: { refused: DTD }
		},
		{
			name: 'doctype.graphml',
			what: 'a harmless external DTD',
			bytes: Buffer.from(
				graphml({
					prolog: '<!DOCTYPE graphml SYSTEM "http://graphml.graphdrawing.org/dtds/graphml.dtd">\n'
				})
			),
			verdict: { refused: DTD }
		},
		{
			name: 'undeclared-entities.gexf',
			what: '100,000 references to an undeclared entity',
			bytes: Buffer.from(gexf({ label: '&nbsp;'.repeat(100_000) })),
			verdict: { refused: /refers to the entity &nbsp;/ }
		},
		{
			name: 'fffe.gexf',
			what: 'U+FFFE in a label',
			bytes: Buffer.from(gexf({ label: 'Go\uFFFE' })),
			verdict: { refused: XML_CHARACTER }
		},
		{
			name: 'control.graphml',
			what: 'a raw control character in a label',
			bytes: Buffer.from(graphml({ label: 'Go\u0001' })),
			verdict: { refused: XML_CHARACTER }
		},
		{
			name: 'control-reference.graphml',
			what: 'a control character written as &#1;',
			bytes: Buffer.from(graphml({ label: 'Go&#1;' })),
			verdict: { refused: XML_CHARACTER }
		},
		{
			name: 'late-nul.gexf',
			what: 'a NUL byte past the first 8 KB, in a comment',
			bytes: Buffer.from(
				gexf({ extra: `\n      <!-- ${'padding '.repeat(1200)} -->\n      <!-- \u0000 -->` })
			),
			verdict: { refused: XML_CHARACTER }
		},
		{
			name: 'unbound-prefix.gexf',
			what: 'a namespace prefix that was never declared',
			bytes: Buffer.from(
				gexf({
					extra:
						'\n      <node id="php" label="PHP"><attvalues><attvalue for="0" value="technology"/></attvalues><viz:size value="3"/></node>'
				})
			),
			verdict: { refused: /prefix "viz" is not declared/ }
		},
		{
			name: 'deep.graphml',
			what: 'elements nested 5,000 deep',
			bytes: Buffer.from(graphml({ label: `${'<x>'.repeat(5_000)}${'</x>'.repeat(5_000)}` })),
			verdict: { refused: /nested more than \d+ deep/ }
		},
		{
			name: 'line-separators.graphml',
			what: 'U+0085 and U+2028 in a label and a JSON list (@xmldom once read them as XML 1.1 newlines)',
			bytes: Buffer.from(
				graphml({ label: 'Go\u0085one\u2028two' })
					.replace(
						'<data key="c">technology</data>',
						'<data key="c">technology</data><data key="a">["x\u0085y", "a\u2028b"]</data>'
					)
					.replace(
						'<key id="l"',
						'<key id="a" for="node" attr.name="aliases" attr.type="string"/>\n  <key id="l"'
					)
			),
			verdict: { nodes: 3, edges: 2 }
		},
		{
			name: 'fffe.json',
			what: 'U+FFFE in a JSON label',
			bytes: Buffer.from(json('Go\uFFFE')),
			verdict: { refused: /nodes\[1\] \(id "go"\): attributes\.label: contains U\+FFFE/ }
		},
		{
			name: 'surrogate.json',
			what: 'a lone surrogate in a JSON label',
			bytes: Buffer.from(json('Go<lone>').replace('<lone>', '\\ud800')),
			verdict: { refused: /nodes\[1\] \(id "go"\): attributes\.label: contains U\+D800/ }
		},
		{
			name: 'prototype-names.csv',
			what: 'ids named after Object.prototype members',
			bytes: Buffer.from(PROTOTYPE_CSV),
			verdict: { nodes: 7, edges: 7 }
		},
		{
			name: 'utf16le.csv',
			what: 'UTF-16LE with a byte-order mark',
			bytes: utf16('role,node,category,node_label\nr,cafe,technology,Café\n', 'le'),
			verdict: { nodes: 2, edges: 1 }
		},
		{
			name: 'utf16be.gexf',
			what: 'UTF-16BE with a byte-order mark',
			bytes: utf16(gexf({ label: 'Café' }), 'be'),
			verdict: { nodes: 3, edges: 2 }
		},
		{
			name: 'utf8-bom.json',
			what: 'UTF-8 with a byte-order mark',
			bytes: Buffer.from(`\uFEFF${json('Café')}`),
			verdict: { nodes: 2, edges: 1 }
		},
		{
			name: 'latin1.csv',
			what: 'Windows-1252 (Latin-1) text',
			bytes: windows1252(
				'role,node,category,node_label\nr,cafe,technology,Café\nr,creme,skill,Crème brûlée €\n'
			),
			verdict: { nodes: 3, edges: 2 }
		},
		{
			name: 'not-1252.csv',
			what: 'bytes that are neither UTF-8 nor Windows-1252',
			bytes: Buffer.concat([Buffer.from('role,node,category\nr,a'), Buffer.from([0x81, 0x8d])]),
			verdict: { refused: /neither UTF-8 nor Windows-1252/ }
		},
		{
			name: 'picture.gexf',
			what: 'a binary file with a graph name',
			bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
			verdict: { refused: /looks like a binary file/ }
		},
		{
			name: 'blank.csv',
			what: 'only white space',
			bytes: Buffer.from(' \n\t\n'),
			verdict: { refused: /blank\.csv is empty/ }
		}
	];
	return files;
}
