import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { compareRoles } from '../../src/lib/graph/compare';
import { prepareSearch, searchNodes } from '../../src/lib/graph/search';
import type { KnowledgeGraph } from '../../src/lib/graph/types';
import { dataRoot } from '../../src/lib/server/data-folder';
import { loadTableDataset, verifyTableFolder } from '../../src/lib/server/table-folder';
import { benchCompare } from './compare-bench';
import { random } from '../../src/lib/graph/random';
import { median, percentile } from './measure';

/** Loads O*NET in fresh child processes (as the server does on first use): time and extra RSS. */
export function measureLoad(runs = 3) {
	const results = Array.from({ length: runs }, () => {
		const child = spawnSync(
			process.execPath,
			['--expose-gc', '--import', 'tsx', 'scripts/bench/onet-load.ts'],
			{ encoding: 'utf8' }
		);
		if (child.status !== 0) throw new Error(`the O*NET load probe failed:\n${child.stderr}`);
		return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as {
			loadMs: number;
			searchIndexMs: number;
			extraRssMb: number;
			extraRssWithSearchMb: number;
		};
	});
	return {
		runs: results.map((r) => Math.round(r.loadMs)),
		loadMs: Math.round(median(results.map((r) => r.loadMs))),
		searchIndexMs: Math.round(median(results.map((r) => r.searchIndexMs))),
		extraRssMb: Math.round(median(results.map((r) => r.extraRssMb))),
		extraRssWithSearchMb: Math.round(median(results.map((r) => r.extraRssWithSearchMb)))
	};
}

export async function loadOnet(): Promise<KnowledgeGraph> {
	const folder = join(dataRoot(), 'onet');
	return loadTableDataset(folder, verifyTableFolder(folder));
}

function linked(graph: KnowledgeGraph, role: string): Set<string> {
	return new Set(
		graph.outNeighbors(role).filter((id) => graph.getNodeAttribute(id, 'category') !== 'role')
	);
}

/** The two roles whose comparison is biggest (most nodes in the union of what they link to). */
export function largestUnion(graph: KnowledgeGraph): { a: string; b: string; union: number } {
	const roles = graph
		.filterNodes((_id, attributes) => attributes.category === 'role')
		.map((id) => ({ id, links: linked(graph, id) }))
		.sort((x, y) => y.links.size - x.links.size);
	let best = { a: roles[0]!.id, b: roles[1]!.id, union: 0 };
	for (let i = 0; i < roles.length; i++) {
		if (roles[i]!.links.size * 2 <= best.union) break;
		for (let j = i + 1; j < roles.length; j++) {
			const [x, y] = [roles[i]!, roles[j]!];
			if (x.links.size + y.links.size <= best.union) break;
			let shared = 0;
			for (const id of y.links) if (x.links.has(id)) shared++;
			const union = x.links.size + y.links.size - shared;
			if (union > best.union) best = { a: x.id, b: y.id, union };
		}
	}
	return best;
}

/** compareRoles on 500 random O*NET pairs and the largest one, against the Set floors. */
export function benchOnetCompare(graph: KnowledgeGraph) {
	const roles = graph.filterNodes((_id, attributes) => attributes.category === 'role');
	const next = random(11);
	const pairs: [string, string][] = Array.from({ length: 500 }, () => [
		roles[Math.floor(next() * roles.length)]!,
		roles[Math.floor(next() * roles.length)]!
	]);
	return benchCompare('O*NET, 500 random occupation pairs', graph, pairs);
}

/** What people type: names, prefixes while typing, several words, typos, one or two letters. */
export const QUERIES = [
	'apache',
	'apache http',
	'python',
	'nurse',
	'registered nurses',
	'software dev',
	'back end developer',
	'web developers',
	'data scien',
	'excel',
	'microsoft excel',
	'project manag',
	'sql',
	'oracle database',
	'truck',
	'truck driver',
	'teach',
	'teacher',
	'weld',
	'javascript',
	'java',
	'c++',
	'c#',
	'git',
	'linux',
	'kubernetes',
	'machine learning',
	'autocad',
	'chef',
	'customer service',
	'account',
	'accountants',
	'cashier',
	'electrician',
	'plumb',
	'pharmac',
	'lawyer',
	'judge',
	'pilot',
	'farm',
	'pyhton',
	'microsft',
	'javscript',
	'nurce',
	'enginer',
	'photoshop',
	'adobe',
	'salesforce',
	'sap',
	'tableau',
	'mysql',
	'critical thinking',
	'active listening',
	'programming',
	'a',
	'ma',
	'mic',
	'd',
	'we',
	'st'
];

/** Search on O*NET: median and 95th percentile over the query set (index built first). */
export function benchSearch(graph: KnowledgeGraph, rounds = 5) {
	prepareSearch(graph);
	for (const query of QUERIES) searchNodes(graph, query);
	const times: number[] = [];
	for (let round = 0; round < rounds; round++) {
		for (const query of QUERIES) {
			const started = performance.now();
			searchNodes(graph, query);
			times.push(performance.now() - started);
		}
	}
	let labels = 0;
	let aliases = 0;
	graph.forEachNode((_id, attributes) => {
		labels++;
		aliases += attributes.aliases?.length ?? 0;
	});
	return {
		queries: QUERIES.length,
		searches: times.length,
		indexedNames: labels + aliases,
		p50Ms: Number(percentile(times, 50).toFixed(2)),
		p95Ms: Number(percentile(times, 95).toFixed(2)),
		maxMs: Number(Math.max(...times).toFixed(2))
	};
}

export { compareRoles };
