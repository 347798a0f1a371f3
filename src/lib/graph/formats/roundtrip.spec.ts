import { describe, expect, it } from 'vitest';
import { fromValidated } from '../build';
import { compareRoles } from '../compare';
import type { KnowledgeGraph } from '../types';
import { viewGraph, type ViewSpec } from '../view-graph';
import { contents, onetGraph, seedGraph } from '../../test-support/graphs';
import { exportFile } from './export-file';
import { importFile } from './node';
import { EXPORT_FORMATS } from './registry';

/**
 * What rolegraph exports, it imports: every export format, every kind of view (the whole graph, a
 * comparison, a node's), both datasets — the O*NET whole graph (13.7–58.6 MB a file) included —
 * read back through the same import a person uses, and compared with what was exported.
 */

/** What a file of this format must give back: the graph, or (a table) its nodes and links. */
function expected(graph: KnowledgeGraph, tableOnly: boolean) {
	const all = contents(graph);
	return tableOnly ? { nodes: all.nodes, edges: all.edges } : all;
}

const DATASETS: [string, () => Promise<KnowledgeGraph>, ViewSpec[]][] = [
	[
		'seed',
		seedGraph,
		[
			{ kind: 'whole' },
			{ kind: 'compare', a: 'backend-engineer', b: 'backend-developer' },
			{
				kind: 'compare',
				a: 'backend-engineer',
				b: 'backend-developer',
				options: { categories: ['technology'] }
			},
			{ kind: 'node', id: 'php' }
		]
	],
	[
		'O*NET',
		onetGraph,
		[
			{ kind: 'whole' },
			// Software developers and data scientists: technologies with hot and in-demand marks,
			// skills with importance, a related-occupation link with a rank.
			{ kind: 'compare', a: '15-1252.00', b: '15-2051.00' },
			{ kind: 'node', id: '15-1252.00' }
		]
	]
];

for (const [name, load, specs] of DATASETS) {
	describe(`every export of the ${name} dataset imports back equal`, async () => {
		const graph = await load();
		for (const spec of specs) {
			for (const format of EXPORT_FORMATS) {
				const label = `${format.id}, ${spec.kind}${spec.kind === 'compare' && spec.options ? ' (filtered)' : ''}`;
				it(
					label,
					async () => {
						const file = await exportFile(graph, format.id, spec);
						const imported = fromValidated((await importFile(file.filename, file.text)).graph);
						if (spec.kind === 'compare' && format.writeComparison) {
							// A comparison's table reads back as the same comparison.
							expect(compareRoles(imported, spec.a, spec.b)).toEqual(
								compareRoles(graph, spec.a, spec.b, spec.options)
							);
							return;
						}
						const tableOnly = format.keepsGraphAttributes === false;
						expect(expected(imported, tableOnly)).toEqual(
							expected(viewGraph(graph, spec), tableOnly)
						);
						if (tableOnly && name === 'O*NET') {
							expect(imported.getAttribute('credit')).toMatch(/O\*NET/);
						}
					},
					180_000
				);
			}
		}
	});
}
