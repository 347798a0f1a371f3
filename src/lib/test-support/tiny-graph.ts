import { buildGraph } from '../graph/build';
import type { SerializedKnowledgeGraph } from '../graph/schema';
import type { KnowledgeGraph } from '../graph/types';

/** A small valid graph for tests: two roles, three sources, a few nodes of several categories. */
export function tinyGraphData(): SerializedKnowledgeGraph {
	return {
		attributes: {
			id: 'tiny',
			title: 'Tiny',
			description: 'A graph for tests.',
			sources: [
				{ id: 's1', title: 'Source one', summary: 'First.' },
				{ id: 's2', title: 'Source two', summary: 'Second.' },
				{ id: 's3', title: 'Source three', summary: 'Third, cited by nothing.' }
			],
			defaultPair: ['eng', 'dev']
		},
		nodes: [
			{ key: 'eng', attributes: { label: 'Engineer', category: 'role' } },
			{ key: 'dev', attributes: { label: 'Developer', category: 'role' } },
			{ key: 'lonely', attributes: { label: 'Lonely Role', category: 'role' } },
			{ key: 'java', attributes: { label: 'Java', category: 'technology', kind: 'language' } },
			{ key: 'php', attributes: { label: 'PHP', category: 'technology', aliases: ['PHP 8'] } },
			{ key: 'nginx', attributes: { label: 'NGINX', category: 'technology' } },
			{ key: 'debug', attributes: { label: 'Debugging', category: 'responsibility' } },
			{ key: 'teamwork', attributes: { label: 'Teamwork', category: 'skill' } }
		],
		edges: [
			{ source: 'eng', target: 'java', attributes: { relation: 'needs', sources: ['s1', 's2'] } },
			{ source: 'eng', target: 'nginx', attributes: { relation: 'needs', sources: ['s1'] } },
			{ source: 'eng', target: 'teamwork', attributes: { relation: 'needs', sources: ['s2'] } },
			{ source: 'dev', target: 'java', attributes: { relation: 'needs', sources: ['s1'] } },
			{ source: 'dev', target: 'php', attributes: { relation: 'needs', sources: ['s2'] } },
			{
				source: 'dev',
				target: 'debug',
				attributes: { relation: 'responsibleFor', sources: ['s1', 's2'] }
			},
			{ source: 'dev', target: 'teamwork', attributes: { relation: 'needs', sources: ['s1'] } },
			{
				source: 'eng',
				target: 'dev',
				attributes: { relation: 'buildsFoundationFor', sources: ['s2'] }
			}
		]
	};
}

/** The tiny graph, built. */
export function tinyGraph(): KnowledgeGraph {
	return buildGraph(tinyGraphData());
}
