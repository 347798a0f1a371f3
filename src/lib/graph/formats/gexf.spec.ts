import { describe, expect, it } from 'vitest';
import { seedGraph } from '../../test-support/graphs';
import { exportFile } from './export-file';
import { gexf } from './gexf';
import { importFile } from './node';
import { checkXml } from './xml';

const seed = await seedGraph();
const compareSpec = { kind: 'compare', a: 'backend-engineer', b: 'backend-developer' } as const;

describe('gexf', () => {
	it('uses GEXF 1.3 lists', async () => {
		const text = await gexf.writeGraph!(seed);
		expect(text).toContain('version="1.3"');
		expect(text).toContain('type="liststring"');
		expect(text).toMatch(/value="\[article-1, article-2\]"/);
		expect(() => checkXml(text, 'GEXF')).not.toThrow();
	});

	it('a Gephi-style GEXF: fills in what rolegraph needs and says what it left out', async () => {
		const text = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="directed">
    <attributes class="node"><attribute id="0" title="category" type="string"/></attributes>
    <nodes>
      <node id="eng" label="Engineer"><attvalues><attvalue for="0" value="role"/></attvalues><viz:size value="10"/></node>
      <node id="dev" label="Developer"><attvalues><attvalue for="0" value="role"/></attvalues><viz:size value="10"/></node>
      <node id="go" label="Go"><attvalues><attvalue for="0" value="technology"/></attvalues><viz:size value="4"/></node>
    </nodes>
    <edges>
      <edge id="0" source="eng" target="go" weight="2"/>
      <edge id="1" source="dev" target="go"/>
    </edges>
  </graph>
</gexf>`;
		const { graph, format, notices } = await importFile('team.gexf', text);
		expect(format).toBe('gexf');
		expect(graph.attributes.title).toBe('team');
		expect(graph.edges.map((e) => e.attributes)).toEqual([
			{ relation: 'needs', sources: ['file'] },
			{ relation: 'needs', sources: ['file'] }
		]);
		expect(notices).toContain('Left out node attributes rolegraph does not use: "size" (3).');
		expect(notices).toContain('Left out link attributes rolegraph does not use: "weight" (1).');
		expect(notices).toContain('2 links named no source; they cite the file itself.');
	});

	it('an edge declared twice: merged, and said', async () => {
		const text = (await exportFile(seed, 'gexf', compareSpec)).text;
		const edge = /<edge [^]*?<\/edge>/.exec(text)![0];
		const { notices } = await importFile('twice.gexf', text.replace(edge, edge + edge));
		expect(notices).toEqual([
			'1 edge repeated a link between the same two nodes; each was merged into the first (attributes combined).'
		]);
	});

	it('a dangling edge is named with its line', async () => {
		const text = (await exportFile(seed, 'gexf', compareSpec)).text.replace(
			'target="php"',
			'target="nowhere"'
		);
		await expect(importFile('x.gexf', text)).rejects.toThrow(
			/^Not a readable GEXF file: edge \d+ \(line \d+\) has the target "nowhere", which is no node of the file \(a dangling edge\)\.$/
		);
	});

	it('GEXF and GraphML are told apart by content, whatever the name', async () => {
		const graphmlText = (await exportFile(seed, 'graphml', compareSpec)).text;
		const gexfText = (await exportFile(seed, 'gexf', compareSpec)).text;
		expect((await importFile('a.xml', gexfText)).format).toBe('gexf');
		expect((await importFile('b.xml', graphmlText)).format).toBe('graphml');
		expect((await importFile('c.graphml', gexfText)).format).toBe('gexf');
	});
});
