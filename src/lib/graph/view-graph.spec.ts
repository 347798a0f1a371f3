import { describe, expect, it } from 'vitest';
import { teamGraph } from '../test-support/team-graph';
import { tinyGraph } from '../test-support/tiny-graph';
import { viewGraph, viewTitle } from './view-graph';

describe('viewGraph', () => {
	it('a comparison keeps the two roles, the compared nodes, their links and the role relation', () => {
		const view = viewGraph(tinyGraph(), { kind: 'compare', a: 'eng', b: 'dev' });
		expect(view.nodes().sort()).toEqual([
			'debug',
			'dev',
			'eng',
			'java',
			'nginx',
			'php',
			'teamwork'
		]);
		expect(view.size).toBe(8);
		expect(view.getAttribute('title')).toBe('Engineer vs Developer');
		expect(view.getAttribute('defaultPair')).toEqual(['eng', 'dev']);
	});

	it('a filtered comparison keeps only what the filters let through', () => {
		const view = viewGraph(tinyGraph(), {
			kind: 'compare',
			a: 'eng',
			b: 'dev',
			options: { categories: ['technology'], sources: ['s2'] }
		});
		expect(view.nodes().sort()).toEqual(['dev', 'eng', 'java', 'php']);
		expect(view.getEdgeAttribute('eng->java', 'sources')).toEqual(['s2']);
	});

	it('a comparison of several roles keeps them, every zone’s nodes, their links and the relations among them', () => {
		const view = viewGraph(teamGraph(), {
			kind: 'compareMany',
			roles: ['fe', 'be', 'fs'],
			options: { sources: ['s2'] }
		});
		expect(view.nodes().sort()).toEqual(['be', 'fe', 'fs', 'git', 'js']);
		expect(view.edges().sort()).toEqual(['be->git', 'fs->fe', 'fs->js']);
		expect(view.getEdgeAttribute('fs->js', 'sources')).toEqual(['s2']);
		expect(view.getAttribute('title')).toBe('Frontend vs Backend vs Full-stack');
		expect(viewTitle(teamGraph(), { kind: 'compareMany', roles: ['ops', 'fe'] })).toBe(
			'Ops vs Frontend'
		);
	});

	it('a node view keeps the node, its neighbours and the links between them', () => {
		const view = viewGraph(tinyGraph(), { kind: 'node', id: 'java' });
		expect(view.nodes().sort()).toEqual(['dev', 'eng', 'java']);
		expect(view.size).toBe(2);
		expect(view.getAttribute('title')).toBe('Java');
		expect(view.hasAttribute('defaultPair')).toBe(false);
	});

	it('the whole view is an independent copy', () => {
		const graph = tinyGraph();
		const view = viewGraph(graph, { kind: 'whole' });
		view.dropNode('java');
		expect(graph.hasNode('java')).toBe(true);
		expect(viewTitle(graph, { kind: 'whole' })).toBe('Tiny');
	});
});
