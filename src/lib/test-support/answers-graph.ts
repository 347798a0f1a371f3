import { buildGraph } from '../graph/build';
import type { SerializedKnowledgeGraph } from '../graph/schema';
import type { EdgeAttributes, KnowledgeGraph } from '../graph/types';

type Link = [role: string, node: string, extra?: Partial<EdgeAttributes>];

/**
 * Four roles with rated links, for the measures' hand-computed tests (the numbers are worked
 * out in the specs). Link weights (1 + bonuses; importance rated 3–5 here, so 3 adds 0 and 5
 * adds 1; hot and in demand add 0.5 each):
 *
 *   soft:   js 2 (hot, in demand) · java 1.5 (hot) · prog 2 (importance 5) · sql 1 · t-soft 1 = 7.5
 *   web:    js 1.5 (hot) · css 1 · html 1 · prog 1 (importance 3) · t-web 1              = 5.5
 *   mobile: java 1 · js 1 · t-mobile 1                                                    = 3
 *   chef:   knife 1 · t-chef 1                                                            = 2
 */
export function ratedGraphData(): SerializedKnowledgeGraph {
	const role = (key: string, label: string) => ({
		key,
		attributes: { label, category: 'role' as const }
	});
	const tech = (key: string, label: string) => ({
		key,
		attributes: { label, category: 'technology' as const }
	});
	const task = (key: string, label: string) => ({
		key,
		attributes: { label, category: 'responsibility' as const }
	});
	const links: Link[] = [
		['soft', 'js', { hot: true, inDemand: true }],
		['soft', 'java', { hot: true }],
		['soft', 'prog', { importance: 5 }],
		['soft', 'sql'],
		['soft', 't-soft'],
		['web', 'js', { hot: true }],
		['web', 'css'],
		['web', 'html'],
		['web', 'prog', { importance: 3 }],
		['web', 't-web'],
		['mobile', 'java'],
		['mobile', 'js'],
		['mobile', 't-mobile'],
		['chef', 'knife'],
		['chef', 't-chef']
	];
	return {
		attributes: {
			id: 'rated',
			title: 'Rated',
			description: 'Four roles with rated links, for tests.',
			sources: [{ id: 's1', title: 'Source one', short: 'S1', summary: 'The only source.' }]
		},
		nodes: [
			role('soft', 'Software Developer'),
			role('web', 'Web Developer'),
			role('mobile', 'Mobile Developer'),
			role('chef', 'Chef'),
			tech('js', 'JavaScript'),
			tech('java', 'Java'),
			tech('css', 'CSS'),
			tech('html', 'HTML'),
			tech('sql', 'SQL'),
			tech('knife', 'Chef knife'),
			{ key: 'prog', attributes: { label: 'Programming', category: 'skill' } },
			task('t-soft', 'Write software programs'),
			task('t-web', 'Write web pages'),
			task('t-mobile', 'Write mobile apps'),
			task('t-chef', 'Cook meals')
		],
		edges: [
			...links.map(([source, target, extra]) => ({
				source,
				target,
				attributes: {
					relation: target.startsWith('t-') ? ('responsibleFor' as const) : ('needs' as const),
					sources: ['s1'],
					...extra
				}
			})),
			{
				source: 'web',
				target: 'soft',
				attributes: { relation: 'relatedTo' as const, sources: ['s1'], rank: 1, note: 'Tier one' }
			}
		]
	};
}

/** The rated graph, built. */
export function ratedGraph(): KnowledgeGraph {
	return buildGraph(ratedGraphData());
}
