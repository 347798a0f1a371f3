import { buildGraph } from '../graph/build';
import type { SerializedKnowledgeGraph } from '../graph/schema';
import type { KnowledgeGraph } from '../graph/types';

/**
 * A graph for tests of comparisons of several roles: four roles (Ops without skill data) over a
 * handful of nodes, with known exact intersections.
 */
export function teamGraph(): KnowledgeGraph {
	const link = (source: string, target: string, sources = ['s1']) => ({
		source,
		target,
		attributes: { relation: 'needs' as const, sources }
	});
	return buildGraph({
		attributes: {
			id: 'team',
			title: 'Team',
			description: 'Four roles.',
			sources: [
				{ id: 's1', title: 'One', summary: 'First.' },
				{ id: 's2', title: 'Two', summary: 'Second.' }
			]
		},
		nodes: [
			{ key: 'fe', attributes: { label: 'Frontend', category: 'role' } },
			{ key: 'be', attributes: { label: 'Backend', category: 'role' } },
			{ key: 'fs', attributes: { label: 'Full-stack', category: 'role' } },
			{ key: 'ops', attributes: { label: 'Ops', category: 'role', unrated: ['skill'] } },
			{ key: 'git', attributes: { label: 'Git', category: 'technology' } },
			{ key: 'css', attributes: { label: 'CSS', category: 'technology' } },
			{ key: 'sql', attributes: { label: 'SQL', category: 'technology' } },
			{ key: 'js', attributes: { label: 'JavaScript', category: 'technology' } },
			{ key: 'k8s', attributes: { label: 'Kubernetes', category: 'technology' } },
			{ key: 'ux', attributes: { label: 'UX sense', category: 'skill' } },
			{ key: 'talk', attributes: { label: 'Talking', category: 'skill' } }
		],
		edges: [
			link('fe', 'git'),
			link('be', 'git', ['s2']),
			link('fs', 'git'),
			link('ops', 'git'),
			link('fe', 'css'),
			link('fs', 'css'),
			link('fe', 'js'),
			link('fs', 'js', ['s1', 's2']),
			link('be', 'sql'),
			link('fs', 'sql'),
			link('ops', 'k8s'),
			link('fe', 'ux'),
			link('fe', 'talk'),
			link('be', 'talk'),
			link('fs', 'talk'),
			{
				source: 'fs',
				target: 'fe',
				attributes: { relation: 'relatedTo' as const, sources: ['s1'] }
			}
		]
	} satisfies SerializedKnowledgeGraph);
}
