import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromValidated } from '../build';
import { repoRoot } from '../../test-support/graphs';
import type { ImportMapping } from './mapping';
import { MappingNeededError } from './mapping-needed';
import { importFile } from './node';

/**
 * Real files from other tools' own sample sets (tests/fixtures/samples, sources and licences in
 * its README): each is read, says what it lacks in one message, and imports with a mapping.
 */

const sample = (name: string) => readFileSync(join(repoRoot, 'tests/fixtures/samples', name));

async function refusal(name: string) {
	try {
		await importFile(name, sample(name));
	} catch (error) {
		return error as Error;
	}
	throw new Error(`${name} was imported without a mapping`);
}

interface Case {
	file: string;
	format: string;
	/** The node attributes the one-line message names. */
	attributes: string[];
	mapping: ImportMapping;
	/** Nodes, roles and links once mapped. */
	expected: { nodes: number; roles: number; links: number };
	/** A label the file gives one of its nodes. */
	label?: [string, string];
}

const CASES: Case[] = [
	{
		file: 'les-miserables.graphology.gexf',
		format: 'gexf',
		attributes: ['label', 'Authority', 'Hub'],
		mapping: {
			kind: 'graph',
			category: { all: 'skill' },
			roles: { attribute: 'label', values: ['Valjean', 'Javert'] },
			orient: true,
			dropNonRoleLinks: true
		},
		expected: { nodes: 77, roles: 2, links: 52 },
		label: ['11.0', 'Valjean']
	},
	{
		file: 'miserables.graphology.graphml',
		format: 'graphml',
		attributes: ['label', 'Modularity Class'],
		mapping: {
			kind: 'graph',
			label: 'label',
			category: { attribute: 'Modularity Class', values: { '0': 'role' }, otherwise: 'skill' },
			orient: true,
			dropNonRoleLinks: true
		},
		expected: { nodes: 77, roles: 8, links: 10 },
		label: ['0', 'Myriel']
	},
	{
		file: 'yfiles-extension.yed.graphml',
		format: 'graphml',
		attributes: ['label'],
		mapping: {
			kind: 'graph',
			category: { all: 'skill' },
			roles: { attribute: 'label', values: ['1'] },
			orient: true
		},
		expected: { nodes: 3, roles: 1, links: 1 },
		label: ['n0', '1']
	},
	{
		file: 'groups.yed.graphml',
		format: 'graphml',
		attributes: ['CustomProperty', 'label'],
		mapping: {
			kind: 'graph',
			category: { all: 'skill' },
			roles: { attribute: 'label', values: ['Group 3'] },
			dropNonRoleLinks: true
		},
		expected: { nodes: 9, roles: 1, links: 0 },
		label: ['n1', 'Group 3']
	},
	{
		file: 'genemania-export.cytoscape-desktop.cyjs',
		format: 'cyjs',
		attributes: ['gene_name', 'node_type'],
		mapping: {
			kind: 'graph',
			label: 'gene_name',
			category: { attribute: 'node_type', values: { query: 'role' }, otherwise: 'skill' },
			orient: true,
			dropNonRoleLinks: true
		},
		expected: { nodes: 31, roles: 11, links: 122 }
	},
	{
		file: 'grid-layout.cytoscapejs.json',
		format: 'cyjs',
		attributes: ['weight'],
		mapping: {
			kind: 'graph',
			category: { all: 'skill' },
			roles: { attribute: 'weight', values: ['53'] },
			orient: true,
			dropNonRoleLinks: true
		},
		expected: { nodes: 30, roles: 1, links: 2 }
	},
	{
		file: 'miserables.d3.json',
		format: 'd3',
		attributes: ['group'],
		mapping: {
			kind: 'graph',
			category: { all: 'skill' },
			roles: { attribute: 'group', values: ['1'] },
			orient: true,
			dropNonRoleLinks: true,
			level: 'value'
		},
		expected: { nodes: 77, roles: 10, links: 13 },
		label: ['Valjean', 'Valjean']
	},
	{
		file: 'sample.networkx.gml',
		format: 'gml',
		attributes: ['label'],
		mapping: {
			kind: 'graph',
			category: { all: 'skill' },
			roles: { attribute: 'label', values: ['Node 1'] },
			orient: true,
			dropNonRoleLinks: true
		},
		expected: { nodes: 3, roles: 1, links: 2 },
		label: ['1', 'Node 1']
	},
	{
		file: 'cytoscape.networkx.gml',
		format: 'gml',
		attributes: ['root_index', 'label'],
		mapping: {
			kind: 'graph',
			category: { all: 'technology' },
			roles: { attribute: 'label', values: ['node1'] },
			orient: true,
			dropNonRoleLinks: true
		},
		expected: { nodes: 3, roles: 1, links: 1 },
		label: ['-2', 'node1']
	}
];

describe('real files from other tools', () => {
	for (const item of CASES) {
		it(`${item.file}: one message naming its attributes, then imported with a mapping`, async () => {
			const error = await refusal(item.file);
			expect(error).toBeInstanceOf(MappingNeededError);
			expect(error.message.split('\n')).toHaveLength(1);
			expect(error.message).toMatch(
				/has no rolegraph categories: .* have no category; their attributes are /
			);
			for (const name of item.attributes) expect(error.message).toContain(name);
			expect(error.message).not.toContain('undefined');

			const { graph, format, notices } = await importFile(item.file, sample(item.file), {
				mapping: item.mapping
			});
			expect(format).toBe(item.format);
			const built = fromValidated(graph);
			const roles = built.filterNodes((_id, a) => a.category === 'role');
			expect({ nodes: built.order, roles: roles.length, links: built.size }).toEqual(item.expected);
			expect(notices.some((line) => line.startsWith('Category'))).toBe(true);
			if (item.label) expect(built.getNodeAttribute(item.label[0], 'label')).toBe(item.label[1]);
		});
	}

	it('a yEd file with ports, resources and groups reads: labels from y:NodeLabel, yEd’s keys said', async () => {
		const { notices, graph } = await importFile(
			'groups.yed.graphml',
			sample('groups.yed.graphml'),
			{
				mapping: { kind: 'graph', category: { all: 'skill' }, dropNonRoleLinks: true }
			}
		);
		expect(notices).toContain(
			`Left out GraphML keys rolegraph has no use for: yEd's portgraphics (1), yEd's portgeometry (1), yEd's portuserdata (1), yEd's resources (1).`
		);
		expect(notices.some((line) => /nodes were inside groups \(nested graphs\)/.test(line))).toBe(
			true
		);
		expect(graph.nodes.map((node) => node.attributes.label)).toContain('Group 1');
	});

	it('GEXF list values read as lists (graphology’s list fixture)', async () => {
		const { graph } = await importFile(
			'liststring.graphology.gexf',
			sample('liststring.graphology.gexf'),
			{
				mapping: { kind: 'graph', category: { all: 'skill' }, dropNonRoleLinks: true }
			}
		);
		expect(graph.nodes).toHaveLength(4);
	});
});
