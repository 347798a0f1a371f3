import { describe, expect, it } from 'vitest';
import { NotARoleError, UnknownNodeError } from './errors';
import { getNode, listRoles, neighbourhood, relatedRoles, roleRelations, rolesFor } from './nodes';
import { tinyGraph } from '../test-support/tiny-graph';

describe('rolesFor', () => {
	it.each([
		{
			id: 'java',
			expected: [
				['dev', ['s1']],
				['eng', ['s1', 's2']]
			]
		},
		{ id: 'nginx', expected: [['eng', ['s1']]] },
		{ id: 'php', expected: [['dev', ['s2']]] },
		{ id: 'dev', expected: [['eng', ['s2']]] },
		{ id: 'eng', expected: [] }
	])('lists the roles linking to $id, by label, with sources', ({ id, expected }) => {
		const roles = rolesFor(tinyGraph(), id);
		expect(roles.map((role) => [role.id, role.sources])).toEqual(expected);
	});

	it('carries the relation and the role label', () => {
		expect(rolesFor(tinyGraph(), 'debug')).toEqual([
			{ id: 'dev', label: 'Developer', relation: 'responsibleFor', sources: ['s1', 's2'] }
		]);
	});

	it('throws UnknownNodeError for an unknown id', () => {
		expect(() => rolesFor(tinyGraph(), 'cobol')).toThrow(UnknownNodeError);
	});
});

describe('getNode', () => {
	it('returns every attribute the data gives', () => {
		expect(getNode(tinyGraph(), 'php')).toEqual({
			id: 'php',
			label: 'PHP',
			category: 'technology',
			aliases: ['PHP 8']
		});
	});

	it('throws UnknownNodeError for an unknown id', () => {
		expect(() => getNode(tinyGraph(), '')).toThrow(UnknownNodeError);
	});
});

describe('neighbourhood', () => {
	it('lists links both ways, by category then label', () => {
		const links = neighbourhood(tinyGraph(), 'dev').map((n) => [
			n.node.id,
			n.direction,
			n.relation
		]);
		expect(links).toEqual([
			['eng', 'in', 'buildsFoundationFor'],
			['java', 'out', 'needs'],
			['php', 'out', 'needs'],
			['teamwork', 'out', 'needs'],
			['debug', 'out', 'responsibleFor']
		]);
	});

	it('throws UnknownNodeError for an unknown id', () => {
		expect(() => neighbourhood(tinyGraph(), 'x')).toThrow(UnknownNodeError);
	});
});

describe('listRoles', () => {
	it('lists roles by label with counts for every category the graph has', () => {
		expect(listRoles(tinyGraph())).toEqual([
			{ id: 'dev', label: 'Developer', counts: { technology: 2, responsibility: 1, skill: 1 } },
			{ id: 'eng', label: 'Engineer', counts: { technology: 2, responsibility: 0, skill: 1 } },
			{ id: 'lonely', label: 'Lonely Role', counts: { technology: 0, responsibility: 0, skill: 0 } }
		]);
	});
});

describe('roleRelations', () => {
	it('finds the relation either way round', () => {
		const expected = [
			{ source: 'eng', target: 'dev', relation: 'buildsFoundationFor', sources: ['s2'] }
		];
		expect(roleRelations(tinyGraph(), 'eng', 'dev')).toEqual(expected);
		expect(roleRelations(tinyGraph(), 'dev', 'eng')).toEqual(expected);
	});

	it('is empty for unrelated roles and for a role with itself', () => {
		expect(roleRelations(tinyGraph(), 'eng', 'lonely')).toEqual([]);
		expect(roleRelations(tinyGraph(), 'eng', 'eng')).toEqual([]);
	});

	it('throws for ids that are not roles', () => {
		expect(() => roleRelations(tinyGraph(), 'eng', 'java')).toThrow(NotARoleError);
		expect(() => roleRelations(tinyGraph(), 'x', 'eng')).toThrow(UnknownNodeError);
	});
});

describe('relatedRoles', () => {
	it('lists each related role once per relation, closest first, its own list before others', () => {
		const graph = tinyGraph();
		graph.addNode('ops', { label: 'Operator', category: 'role' });
		graph.addNode('qa', { label: 'Tester', category: 'role' });
		graph.addEdge('dev', 'eng', { relation: 'buildsFoundationFor', sources: ['s1'] });
		graph.addEdge('dev', 'ops', { relation: 'relatedTo', sources: ['s1'], rank: 2 });
		graph.addEdge('dev', 'qa', { relation: 'relatedTo', sources: ['s1'], rank: 1 });
		graph.addEdge('qa', 'dev', { relation: 'relatedTo', sources: ['s2'], rank: 7 });
		graph.addEdge('lonely', 'dev', { relation: 'relatedTo', sources: ['s1'], rank: 1 });
		const related = relatedRoles(graph, 'dev');
		expect(related.map((role) => [role.id, role.relation, role.direction, role.rank])).toEqual([
			['qa', 'relatedTo', 'both', 1],
			['ops', 'relatedTo', 'out', 2],
			['eng', 'buildsFoundationFor', 'both', undefined],
			['lonely', 'relatedTo', 'in', 1]
		]);
		expect(related[0]!.sources).toEqual(['s1', 's2']);
		// Keys a view lists them by never repeat, even when two roles relate both ways.
		const keys = related.map((role) => `${role.relation}:${role.id}`);
		expect(new Set(keys).size).toBe(keys.length);
	});

	it('throws for a node that is not a role', () => {
		expect(() => relatedRoles(tinyGraph(), 'java')).toThrow(NotARoleError);
	});
});
