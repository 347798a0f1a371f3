/**
 * Figures for issue 20's node pages: Microsoft Excel's page (859 occupations) and the page of
 * the occupation with the most links, loaded in headless Chromium; the co-occurrence answer
 * ("what comes with it") for O*NET's nodes, in process and over HTTP at 50 connections.
 */
import { together } from '../../src/lib/graph/co-occurrence';
import { nodeRolesAnswer } from '../../src/lib/graph/node-answer';
import type { KnowledgeGraph } from '../../src/lib/graph/types';
import { random } from '../../src/lib/graph/random';
import { hammerPaths } from './answers-bench';
import { measurePageLoad } from './browser-bench';
import { median, percentile } from './measure';

/** The occupation linking to the most nodes. */
export function mostLinkedRole(graph: KnowledgeGraph): { id: string; links: number } {
	let best = { id: '', links: -1 };
	graph.forEachNode((id, attributes) => {
		if (attributes.category !== 'role') return;
		const links = graph.outDegree(id);
		if (links > best.links) best = { id, links };
	});
	return best;
}

/** Every node some role links to (technologies, skills, responsibilities…). */
function neededNodes(graph: KnowledgeGraph): string[] {
	return graph.filterNodes(
		(id, attributes) => attributes.category !== 'role' && graph.inDegree(id) > 0
	);
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

/**
 * The co-occurrence answer for every needed node of the graph (the index built first, once, as
 * the server does on first use), and the whole node answer for the most needed node.
 */
export function benchTogether(graph: KnowledgeGraph) {
	const started = performance.now();
	together(graph, 'microsoft-excel');
	const indexMs = performance.now() - started;
	const nodes = neededNodes(graph);
	const times = nodes.map((id) => {
		const start = performance.now();
		together(graph, id);
		return performance.now() - start;
	});
	const biggest = nodes.reduce((x, y) => (graph.inDegree(y) > graph.inDegree(x) ? y : x));
	const answerTimes = Array.from({ length: 20 }, () => {
		const start = performance.now();
		nodeRolesAnswer(graph, biggest);
		return performance.now() - start;
	});
	return {
		nodes: nodes.length,
		indexMs: Math.round(indexMs),
		p50Ms: round(percentile(times, 50)),
		p99Ms: round(percentile(times, 99)),
		maxMs: round(Math.max(...times)),
		biggest,
		biggestAnswerMedianMs: round(median(answerTimes))
	};
}

/**
 * GET /api/nodes/{id} on O*NET for 200 nodes (the 20 most needed and 180 drawn with a fixed
 * seed): each asked once first (computed: the uncached figures), then 50 connections × `seconds`
 * cycling through them.
 */
export async function benchNodesHttp(base: string, graph: KnowledgeGraph, seconds = 10) {
	const nodes = neededNodes(graph).sort((x, y) => graph.inDegree(y) - graph.inDegree(x));
	const next = random(20);
	const picked = new Set(nodes.slice(0, 20));
	while (picked.size < 200) picked.add(nodes[Math.floor(next() * nodes.length)]!);
	const paths = [...picked].map((id) => `/api/nodes/${encodeURIComponent(id)}?dataset=onet`);
	const firstMs: number[] = [];
	for (const path of paths) {
		const started = performance.now();
		const response = await fetch(base + path);
		await response.arrayBuffer();
		firstMs.push(performance.now() - started);
		if (!response.ok) throw new Error(`${path} answered ${response.status}`);
	}
	await hammerPaths(base, paths, 10, 2);
	const load = await hammerPaths(base, paths, 50, seconds);
	return {
		paths: paths.length,
		firstRequestP50Ms: round(percentile(firstMs, 50)),
		firstRequestP99Ms: round(percentile(firstMs, 99)),
		...load
	};
}

/** Excel's page and the most linked occupation's, loaded cold in headless Chromium. */
export async function benchNodePages(base: string, graph: KnowledgeGraph, runs = 5) {
	const role = mostLinkedRole(graph);
	const pages: Record<string, Awaited<ReturnType<typeof measurePageLoad>>> = {};
	for (const path of ['/nodes/microsoft-excel?dataset=onet', `/nodes/${role.id}?dataset=onet`]) {
		pages[path] = await measurePageLoad(base, path, runs);
	}
	return { role, pages };
}

/** Prints the figures of the three benches above, with the goals. */
export function sayNodeFigures(
	say: (line: string) => void,
	inProcess: ReturnType<typeof benchTogether>,
	http: Awaited<ReturnType<typeof benchNodesHttp>>,
	pages: Awaited<ReturnType<typeof benchNodePages>>
): void {
	const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
	say(
		`co-occurrence ("what comes with it") for all ${inProcess.nodes.toLocaleString('en')} needed O*NET nodes, in process: ` +
			`p50 ${inProcess.p50Ms} ms, p99 ${inProcess.p99Ms} ms, max ${inProcess.maxMs} ms (index built once in ${inProcess.indexMs} ms); ` +
			`the whole answer for ${inProcess.biggest}: median ${inProcess.biggestAnswerMedianMs} ms`
	);
	say(
		`GET /api/nodes/{id}?dataset=onet, ${http.paths} nodes, 50 connections: ${Math.round(http.requestsPerSecond)} req/s, ` +
			`p99 ${http.p99Ms} ms (goal < 20 ms: ${verdict(http.p99Ms < 20)}), ${http.errors} errors, ${http.non2xx} non-2xx; ` +
			`first request of each (computed): p50 ${http.firstRequestP50Ms} ms, p99 ${http.firstRequestP99Ms} ms`
	);
	for (const [path, figures] of Object.entries(pages.pages)) {
		const longest = Math.max(...figures.longestTaskAfterDrawMs);
		const what = path.includes(pages.role.id)
			? ` (the most linked occupation, ${pages.role.links} links)`
			: '';
		say(
			`${path}${what}: canvas interactive ${figures.medianCanvasDrawMs} ms after navigation (median of ${figures.runs}; runs ${figures.canvasDrawMs.join(', ')}; ` +
				`goal < 1,500 ms: ${verdict(figures.medianCanvasDrawMs < 1500)}); longest main-thread task afterwards ${longest} ms ` +
				`(runs ${figures.longestTaskAfterDrawMs.join(', ')}; goal ≤ 200 ms: ${verdict(longest <= 200)})`
		);
	}
}
