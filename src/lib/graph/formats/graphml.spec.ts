import { describe, expect, it } from 'vitest';
import { buildGraph } from '../build';
import { tinyGraphData } from '../../test-support/tiny-graph';
import { checkXml } from './xml';
import { graphml } from './graphml';
import { importFile } from './node';

function typedGraph() {
	const data = tinyGraphData();
	data.nodes[4]!.attributes.aliases = ['PHP 8', '<img src=x onerror=alert(1)>'];
	data.nodes[3]!.attributes.jobZone = 4;
	data.edges[0]!.attributes = { ...data.edges[0]!.attributes, importance: 3.75, hot: true };
	return buildGraph(data);
}

describe('graphml', () => {
	it('declares a typed key for every attribute, and says which hold JSON', async () => {
		const text = await graphml.writeGraph!(typedGraph());
		expect(text).toContain(
			'<key id="n-aliases" for="node" attr.name="aliases" attr.type="string">'
		);
		expect(text).toMatch(
			/<key id="e-importance" for="edge" attr.name="importance" attr.type="double"/
		);
		expect(text).toMatch(/<key id="e-hot" for="edge" attr.name="hot" attr.type="boolean"/);
		expect(text).toMatch(/<key id="n-jobZone" for="node" attr.name="jobZone" attr.type="int"/);
		expect(text).toMatch(/<desc>JSON array<\/desc>/);
	});

	it('is well-formed XML with markup in values escaped', async () => {
		const text = await graphml.writeGraph!(typedGraph());
		expect(() => checkXml(text, 'GraphML')).not.toThrow();
		expect(text).not.toContain('<img');
	});

	it('a node without a category is named', async () => {
		const text = (await graphml.writeGraph!(typedGraph())).replace(
			/<data key="[^"]+">technology<\/data>/,
			''
		);
		await expect(importFile('x.graphml', text)).rejects.toThrow(
			/nodes\[3\] \(id "java"\): attributes\.category/
		);
	});

	it('reads a list as JSON even when no <desc> says so, keeping U+0085 and U+2028 as they are', async () => {
		const text = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="c" for="node" attr.name="category" attr.type="string"/>
  <key id="a" for="node" attr.name="aliases" attr.type="string"/>
  <graph id="G" edgedefault="directed">
    <node id="eng"><data key="c">role</data></node>
    <node id="go"><data key="c">technology</data><data key="a">["x\u0085y", "a\u2028b"]</data></node>
    <edge source="eng" target="go"/>
  </graph>
</graphml>`;
		const { graph } = await importFile('x.graphml', text);
		const go = graph.nodes.find((node) => node.key === 'go')!;
		expect(go.attributes.aliases).toEqual(['x\u0085y', 'a\u2028b']);
	});
});
