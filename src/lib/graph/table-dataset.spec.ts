import { describe, expect, it } from 'vitest';
import { GraphValidationError } from './errors';
import { readTables, writeTables } from './table-dataset';
import { tinyGraphData } from '../test-support/tiny-graph';

function sorted<T extends { key?: string; source?: string; target?: string }>(list: T[]) {
	return [...list].sort((a, b) =>
		`${a.key ?? ''}${a.source ?? ''}${a.target ?? ''}`.localeCompare(
			`${b.key ?? ''}${b.source ?? ''}${b.target ?? ''}`
		)
	);
}

describe('table dataset files', () => {
	it('round-trip a graph, lists and flags and numbers included', () => {
		const data = tinyGraphData();
		data.nodes[4]!.attributes.aliases = ['PHP 8', 'tab\there', 'a "quote", comma'];
		data.nodes[3]!.attributes.jobZone = 3;
		data.edges[0]!.attributes = {
			...data.edges[0]!.attributes,
			hot: true,
			inDemand: false,
			importance: 3.5
		};
		const back = readTables(writeTables(data));
		expect(back.attributes).toEqual(data.attributes);
		expect(sorted(back.nodes)).toEqual(sorted(data.nodes));
		expect(sorted(back.edges.map(({ key: _key, ...edge }) => edge))).toEqual(sorted(data.edges));
	});

	it('write one file per category and relation, and leave out a sources column a single source makes redundant', () => {
		const data = tinyGraphData();
		data.attributes.sources = [data.attributes.sources[0]!];
		for (const edge of data.edges) edge.attributes.sources = ['s1'];
		const files = writeTables(data);
		expect(Object.keys(files).sort()).toEqual([
			'dataset.json',
			'edges-buildsFoundationFor.tsv',
			'edges-needs.tsv',
			'edges-responsibleFor.tsv',
			'nodes-responsibility.tsv',
			'nodes-role.tsv',
			'nodes-skill.tsv',
			'nodes-technology.tsv'
		]);
		expect(files['edges-needs.tsv']!.split('\n')[0]).toBe('source\ttarget');
		expect(readTables(files).edges.every((edge) => edge.attributes.sources.join() === 's1')).toBe(
			true
		);
	});

	it.each([
		[
			'a row cut off mid-file',
			(f: Record<string, string>) => (f['edges-needs.tsv'] += 'eng\n'),
			/edges-needs\.tsv:\d+/
		],
		[
			'a dangling reference',
			(f: Record<string, string>) => (f['edges-needs.tsv'] += 'eng\tcobol\t["s1"]\n'),
			/data\/edges-needs\.tsv:\d+ \(eng → cobol\): unknown node "cobol"/
		],
		[
			'an unknown column',
			(f: Record<string, string>) => (f['nodes-skill.tsv'] = 'id\tlabel\tcolour\nx\tX\tred\n'),
			/data\/nodes-skill\.tsv:1: unknown column "colour"/
		],
		[
			'a broken list',
			(f: Record<string, string>) =>
				(f['nodes-technology.tsv'] = 'id\tlabel\taliases\nphp\tPHP\t[PHP 8\n'),
			/nodes-technology\.tsv:2: aliases: not a JSON list/
		],

		[
			'a missing dataset.json',
			(f: Record<string, string>) => delete f['dataset.json'],
			/data\/dataset\.json: the file is missing/
		]
	])('name the file and line of %s', (_name, damage, message) => {
		const files = writeTables(tinyGraphData());
		damage(files);
		expect(() => readTables(files, 'data/')).toThrow(GraphValidationError);
		expect(() => readTables(files, 'data/')).toThrow(message);
	});
});
