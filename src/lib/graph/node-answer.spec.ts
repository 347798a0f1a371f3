import { describe, expect, it } from 'vitest';
import { groupedGraph } from '../test-support/grouped-graph';
import { tinyGraph } from '../test-support/tiny-graph';
import { InvalidQueryError, UnknownNodeError } from './errors';
import { graphFields } from './fields';
import { nodeRolesAnswer } from './node-answer';
import { roleNeedsSentence, whoNeedsSentence } from './node-sentence';
import { roleNeeds } from './role-needs';

describe('nodeRolesAnswer', () => {
	it('counts the roles, out of those with data on the category, grouped by family', () => {
		const answer = nodeRolesAnswer(groupedGraph(), 'python');
		expect(answer.count).toBe(3);
		expect(answer.rated).toBe(5);
		expect(answer.allRoles).toBe(6);
		expect(answer.groups).toEqual([
			{ key: '15', name: 'Computer', count: 2 },
			{ key: '17', name: 'Engineering', count: 1 }
		]);
		expect(answer.grouping).toEqual({
			label: 'occupation family',
			role: { one: 'occupation', many: 'occupations' },
			families: true
		});
		expect(answer.together.map((item) => item.id)).toEqual(['excel', 'sql']);
	});

	it('gives each role its group, the link fields and its own described fields', () => {
		const roles = nodeRolesAnswer(groupedGraph(), 'python').roles;
		expect(roles.map((role) => role.label)).toEqual([
			'Civil Engineers',
			'Data Scientists',
			'Web Developers'
		]);
		expect(roles[1]).toEqual({
			id: '15-1.00',
			label: 'Data Scientists',
			relation: 'needs',
			sources: ['db'],
			hot: true,
			inDemand: true,
			group: '15',
			fields: { jobZone: 5 }
		});
	});

	it('narrows everything to one group', () => {
		const answer = nodeRolesAnswer(groupedGraph(), 'excel', { group: '17', limit: 1 });
		expect(answer.roles.map((role) => role.id)).toEqual(['17-1.00', '17-2.00']);
		expect([answer.count, answer.rated, answer.allRoles]).toEqual([2, 2, 2]);
		expect(answer.groups).toEqual([{ key: '17', name: 'Engineering', count: 2 }]);
		expect(answer.together).toEqual([
			{ id: 'autocad', label: 'AutoCAD', category: 'technology', roles: 2, lift: 1 }
		]);
	});

	it('refuses a group no role is in, naming the groups', () => {
		expect(() => nodeRolesAnswer(groupedGraph(), 'python', { group: '99' })).toThrow(
			InvalidQueryError
		);
		expect(() => nodeRolesAnswer(groupedGraph(), 'python', { group: '99' })).toThrow(/"15"/);
	});

	it('puts every role of a dataset without families in one group', () => {
		const answer = nodeRolesAnswer(tinyGraph(), 'java');
		expect(answer.groups).toEqual([{ key: '', name: 'All roles', count: 2 }]);
		expect(answer.grouping.families).toBe(false);
		expect(answer.grouping.role.many).toBe('roles');
	});

	it('answers a role: who links to it, nothing together', () => {
		const answer = nodeRolesAnswer(groupedGraph(), '15-2.00');
		expect(answer.count).toBe(1);
		expect(answer.together).toEqual([]);
		expect(answer.related?.map((role) => role.id)).toEqual(['15-1.00']);
	});

	it('throws UnknownNodeError for an unknown id', () => {
		expect(() => nodeRolesAnswer(groupedGraph(), 'cobol')).toThrow(UnknownNodeError);
	});
});

describe('whoNeedsSentence', () => {
	const sentence = (id: string, group?: string) => {
		const graph = groupedGraph();
		return whoNeedsSentence(nodeRolesAnswer(graph, id, { group }), graphFields(graph));
	};

	it('says how many, out of the roles with data, the flags and the groups', () => {
		expect(sentence('python')).toBe(
			'3 of the 5 occupations with technology data need Python; it is a hot technology for 2 and in demand for 1; most are in Computer (2) and Engineering (1).'
		);
	});

	it('says "all of them", "all N" and the largest groups when no few hold most', () => {
		expect(sentence('excel')).toBe(
			'All 5 occupations with technology data need Excel; it is a hot technology for 3; most are in Computer (2), Engineering (2) and Office (1).'
		);
	});

	it('gives the values links carry, and needs no qualifier when every role has data', () => {
		expect(sentence('listening')).toBe(
			'2 of the 6 occupations need Active Listening; its importance is 3.8 on average (3.5 to 4 of 5); most are in Computer (1) and Office (1).'
		);
	});

	it('speaks of one group when narrowed to it', () => {
		expect(sentence('sql', '15')).toBe(
			'Both occupations need SQL; it is a hot technology for 1; all are in Computer.'
		);
	});

	it('says "roles" for a dataset without families, and names no group', () => {
		const graph = tinyGraph();
		expect(whoNeedsSentence(nodeRolesAnswer(graph, 'java'), graphFields(graph))).toBe(
			'2 of the 3 roles need Java.'
		);
		expect(whoNeedsSentence(nodeRolesAnswer(graph, 'nginx'), graphFields(graph))).toBe(
			'1 of the 3 roles needs NGINX.'
		);
	});
});

describe('roleNeedsSentence', () => {
	it('counts what a role needs per category, with its flags, and its related roles', () => {
		const graph = groupedGraph();
		const answer = nodeRolesAnswer(graph, '15-1.00');
		expect(
			roleNeedsSentence(
				roleNeeds(graph, '15-1.00'),
				answer.related!,
				graphFields(graph),
				answer.grouping
			)
		).toBe('Needs 4 technologies (3 hot, 1 in demand) and 1 skill; related to 2 occupations.');
	});

	it('tells the roles a role names from those naming it', () => {
		const graph = groupedGraph();
		const answer = nodeRolesAnswer(graph, '15-2.00');
		expect(
			roleNeedsSentence(
				roleNeeds(graph, '15-2.00'),
				answer.related!,
				graphFields(graph),
				answer.grouping
			)
		).toBe('Needs 4 technologies (2 hot); named as related by 1 occupation.');
	});

	it('says which categories have no data for the role', () => {
		const graph = groupedGraph();
		const answer = nodeRolesAnswer(graph, '43-2.00');
		expect(
			roleNeedsSentence(roleNeeds(graph, '43-2.00'), [], graphFields(graph), answer.grouping)
		).toBe('Needs 1 skill; no technology data.');
	});
});
