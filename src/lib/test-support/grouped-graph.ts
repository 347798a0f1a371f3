import { buildGraph } from '../graph/build';
import type { KnowledgeGraph } from '../graph/types';

type Link = [role: string, item: string, fields?: Record<string, unknown>];

/**
 * A small graph with families, described fields and a role without technology data, for the
 * node page's questions (who needs it, grouped; what comes with it). Figures worked out by hand
 * in the specs that use it.
 */
export function groupedGraph(): KnowledgeGraph {
	const roles: [string, string, number, string[]?][] = [
		['15-1.00', 'Data Scientists', 5],
		['15-2.00', 'Web Developers', 3],
		['17-1.00', 'Civil Engineers', 4],
		['17-2.00', 'Drafters', 3],
		['43-1.00', 'Clerks', 2],
		['43-2.00', 'Couriers', 1, ['technology']]
	];
	const technologies: [string, string, string][] = [
		['python', 'Python', 'Programming'],
		['sql', 'SQL', 'Database'],
		['r', 'R', 'Programming'],
		['excel', 'Excel', 'Spreadsheet'],
		['javascript', 'JavaScript', 'Programming'],
		['autocad', 'AutoCAD', 'Design']
	];
	const links: Link[] = [
		['15-1.00', 'python', { hot: true, inDemand: true }],
		['15-1.00', 'sql', { hot: true }],
		['15-1.00', 'r'],
		['15-1.00', 'excel', { hot: true }],
		['15-2.00', 'python', { hot: true }],
		['15-2.00', 'sql'],
		['15-2.00', 'javascript', { hot: true }],
		['15-2.00', 'excel'],
		['17-1.00', 'python'],
		['17-1.00', 'excel', { hot: true }],
		['17-1.00', 'autocad', { hot: true }],
		['17-2.00', 'autocad'],
		['17-2.00', 'excel'],
		['43-1.00', 'excel', { hot: true }],
		['15-1.00', 'listening', { importance: 4 }],
		['43-2.00', 'listening', { importance: 3.5 }]
	];
	return buildGraph({
		attributes: {
			id: 'grouped',
			title: 'Grouped',
			description: 'Roles in families, for tests.',
			sources: [{ id: 'db', title: 'A database', summary: 'Every fact.' }],
			fields: [
				{
					name: 'hot',
					on: 'link',
					type: 'boolean',
					label: 'hot technology',
					meaning: 'Hot.',
					show: 'flag',
					mark: 'hot',
					order: 1,
					legend: 'hot technology',
					says: 'a hot technology'
				},
				{
					name: 'inDemand',
					on: 'link',
					type: 'boolean',
					label: 'in demand',
					meaning: 'In demand.',
					show: 'flag',
					mark: 'in demand',
					order: 2,
					says: 'in demand'
				},
				{
					name: 'importance',
					on: 'link',
					type: 'number',
					label: 'importance',
					meaning: 'Importance.',
					range: [1, 5],
					show: 'value',
					order: 3
				},
				{
					name: 'jobZone',
					on: 'node',
					type: 'number',
					label: 'job zone',
					meaning: 'Preparation.',
					range: [1, 5],
					show: 'value'
				}
			],
			families: {
				label: 'occupation family',
				from: 'code',
				prefix: 2,
				names: { '15': 'Computer', '17': 'Engineering', '43': 'Office' }
			}
		},
		nodes: [
			...roles.map(([id, label, jobZone, unrated]) => ({
				key: id,
				attributes: { label, category: 'role', code: id, jobZone, ...(unrated ? { unrated } : {}) }
			})),
			...technologies.map(([id, label, kind]) => ({
				key: id,
				attributes: { label, category: 'technology', kind }
			})),
			{ key: 'listening', attributes: { label: 'Active Listening', category: 'skill' } }
		],
		edges: [
			...links.map(([source, target, fields]) => ({
				source,
				target,
				attributes: { relation: 'needs', sources: ['db'], ...fields }
			})),
			{
				source: '15-1.00',
				target: '15-2.00',
				attributes: { relation: 'relatedTo', sources: ['db'], rank: 2 }
			},
			{
				source: '15-1.00',
				target: '17-1.00',
				attributes: { relation: 'relatedTo', sources: ['db'], rank: 1 }
			}
		]
	});
}
