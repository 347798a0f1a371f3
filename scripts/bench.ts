/**
 * npm run bench — speed figures, each next to its floor or goal, measured in one run (these
 * machines are noisy, so compare ratios, not absolute times). Builds the app if needed, starts
 * it (node server.js, as npm start does) and writes everything to bench-results/latest.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { WORK_BUDGET } from '../src/lib/graph/search';
import { loadYamlDataset } from '../src/lib/server/yaml-folder';
import { execFileSync } from 'node:child_process';
import { buildIfStale, E2E_MARK } from './build-if-stale.js';
import { measurePageLoad } from './bench/browser-bench';
import { benchCompare } from './bench/compare-bench';
import { generateGraph } from './bench/generate-graph';
import { random } from '../src/lib/graph/random';
import { BENCH_PAGES, benchPages, type PathFigures } from './bench/pages-bench';
import { benchWholeGraph } from './bench/explore-bench';
import { benchCanvas } from './bench/canvas-bench';
import { withRange } from './bench/drawing-bench';
import { benchStart } from './bench/start-bench';
import {
	benchOnetCompare,
	benchSearch,
	largestUnion,
	loadOnet,
	measureLoad
} from './bench/onet-bench';
import { benchCraftedSearch, craftedSearchesOverHttp } from './bench/search-bench';
import { startServer } from './bench/server';
import { benchAnswersHttp, benchMatch, measurePrecompute } from './bench/answers-bench';
import { benchMatchInBrowser } from './bench/answers-browser';
import { measureQuality } from './bench/answers-quality';
import { benchImport, describeImport } from './bench/import-bench';
import { MAX_IMPORT_BYTES } from '../src/lib/graph/formats/limits';
import { benchNodePages, benchNodesHttp, benchTogether, sayNodeFigures } from './bench/nodes-bench';
import { benchMany } from './bench/many-bench';

/** The app's port; the bare floors take the next three (BENCH_PORT lets two checkouts bench side by side). */
const PORT = Number(process.env.BENCH_PORT ?? 4391);

const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };
const say = (line: string) => console.log(line);
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');

say('— compareRoles against two prebuilt Sets of the same sizes');
const seed = await loadYamlDataset('graph/seed');
results.compareSeed = benchCompare('seed graph', seed, [['backend-engineer', 'backend-developer']]);
const generated = generateGraph(1_000, 10_000, 40_000);
const next = random(7);
const pairs: [string, string][] = Array.from({ length: 500 }, () => [
	`r${Math.floor(next() * 1000)}`,
	`r${Math.floor(next() * 1000)}`
]);
results.compareGenerated = benchCompare(
	'generated 1,000 roles × 10,000 nodes × 40,000 edges',
	generated,
	pairs
);

say('— O*NET 29.3');
const load = measureLoad(3);
results.onetLoad = load;
say(
	`loading O*NET (fresh process, median of 3): ${load.loadMs} ms (runs ${load.runs.join(', ')}; goal < 1,500 ms: ${verdict(load.loadMs < 1500)}); ` +
		`extra RSS ${load.extraRssMb} MB (goal < 300 MB: ${verdict(load.extraRssMb < 300)}); ` +
		`then the search index, built in the background: ${load.searchIndexMs} ms, ${load.extraRssWithSearchMb} MB in all`
);
const onet = await loadOnet();
results.compareOnet = benchOnetCompare(onet);
const search = benchSearch(onet);
results.onetSearch = search;
say(
	`search on O*NET (${search.indexedNames.toLocaleString('en')} labels and aliases, ${search.queries} queries × 5): ` +
		`p50 ${search.p50Ms} ms (goal < 5 ms: ${verdict(search.p50Ms < 5)}), p95 ${search.p95Ms} ms, max ${search.maxMs} ms`
);
const crafted = benchCraftedSearch(onet);
results.onetCraftedSearch = crafted;
say(
	`crafted worst-case searches on O*NET (${crafted.cases.length} cases × 5, in process): ` +
		`max ${crafted.maxMs} ms (${crafted.worst}; goal < 50 ms: ${verdict(crafted.maxMs < 50)}), ` +
		`most work ${crafted.maxWork.toLocaleString('en')} units (budget ${WORK_BUDGET.toLocaleString('en')}); a plain search alongside: p50 ${crafted.plainP50Ms} ms`
);
const biggest = largestUnion(onet);
results.onetLargestPair = biggest;
say(
	`the O*NET pair with the largest union: ${biggest.a} and ${biggest.b} (${biggest.union} nodes)`
);

say('— Answers (issue 16) on O*NET');
const quality = measureQuality(onet);
results.answersQuality = quality;
say(
	`closest roles: recall@10 against O*NET's Primary-Short related occupations, over ${quality.roles} occupations: ` +
		`${quality.recallAt10.toFixed(3)} (goal ≥ 0.60: ${verdict(quality.recallAt10 >= 0.6)})`
);
for (const { variant, recallAt10 } of quality.variants)
	say(`  ${variant}: ${recallAt10.toFixed(3)}`);
const precompute = measurePrecompute(3);
results.answersPrecompute = precompute;
say(
	`similarity index at load (fresh process, median of 3): ${precompute.backgroundMs} ms in the background ` +
		`(runs ${precompute.runs.join(', ')}; goal < 2,000 ms: ${verdict(precompute.backgroundMs < 2000)}), ` +
		`${precompute.oneGoMs} ms in one go, longest pause of the event loop ${precompute.longestPauseMs} ms; ` +
		`memory +${precompute.extraRssMb} MB RSS, +${precompute.extraHeapMb} MB heap and buffers`
);
const match = benchMatch(onet);
results.answersMatch = match;
say(
	`matching 20 items against all ${match.roles} occupations (${match.lists} lists): p50 ${match.p50Ms} ms ` +
		`(goal < 10 ms: ${verdict(match.p50Ms < 10)}), p95 ${match.p95Ms} ms, max ${match.maxMs} ms`
);
const browserMatch = await benchMatchInBrowser(onet);
results.answersMatchBrowser = browserMatch;
say(
	`… the same in headless Chromium (O*NET built in the page from its tables in ${browserMatch.graphMs} ms, index ${browserMatch.indexMs} ms in one go): ` +
		`p50 ${browserMatch.p50Ms} ms (goal < 10 ms: ${verdict(browserMatch.p50Ms < 10)}), p95 ${browserMatch.p95Ms} ms, max ${browserMatch.maxMs} ms`
);

say('— Node pages (issue 20) on O*NET: what comes with it, in process');
const togetherFigures = benchTogether(onet);
results.nodesTogether = togetherFigures;

// BENCH_E2E=1 benches the e2e build (the same app plus its test hook, window.__cy), which the
// canvas-against-bare-Cytoscape figures need to copy a page's elements.
if (process.env.BENCH_E2E === '1') {
	execFileSync('npx', ['vite', 'build', '--mode', 'e2e', '--logLevel', 'warn'], {
		stdio: 'inherit'
	});
	writeFileSync(E2E_MARK, 'e2e\n');
} else buildIfStale();
const server = await startServer(PORT);
try {
	say('— HTTP: GET /api/compare on O*NET, 50 connections × 10 s on loopback (autocannon)');
	const compareUrl = `${server.url}/api/compare/15-1252.00/15-1254.00?dataset=onet`;
	await fetch(compareUrl); // the comparison, computed and cached
	await fetch(`${server.url}/api/search?q=warm&dataset=onet`); // the search index, built in the background, is ready
	await fetch(`${server.url}/api/similar/15-1252.00?dataset=onet`); // and so is the similarity index
	const overHttp = await craftedSearchesOverHttp(server.url, server.process.pid!);
	results.onetCraftedSearchHttp = overHttp;
	say(
		`— HTTP: the crafted searches, 3 passes: slowest answer ${overHttp.slowestMs} ms (${overHttp.slowest}); ` +
			`server RSS ${overHttp.rssBeforeMb} MB before, peak ${overHttp.rssPeakMb} MB during ` +
			`(goal: under +64 MB: ${verdict(overHttp.rssPeakMb - overHttp.rssBeforeMb < 64)})`
	);
	// Every floor runs in a process of its own (in the bench's process it would share
	// autocannon's event loop and flatter the app); rounds alternate; medians with their range.
	const compareApi = '/api/compare/15-1252.00/15-1254.00?dataset=onet';
	const http = await benchPages({ app: { url: server.url, pid: server.process.pid! } }, PORT + 1, {
		paths: [compareApi, ...BENCH_PAGES],
		rounds: 3,
		seconds: 5
	});
	results.http = http;
	for (const [path, figures] of Object.entries(http)) {
		const { app, floor, bytes } = figures as unknown as Record<'app' | 'floor', PathFigures> & {
			bytes: number;
		};
		const goal = path === compareApi ? 1 : 0.5;
		say(
			`${path} (${(bytes / 1024).toFixed(1)} KB as sent, gzip accepted): ${withRange(app.requestsPerSecond)} req/s, p99 ${app.p99Ms.median} ms, ` +
				`CPU ${app.cpuUsPerRequest.median} µs a request, ${app.errors} errors or non-2xx; bare node:http in its own process with the same bytes: ` +
				`${withRange(floor.requestsPerSecond)} req/s, p99 ${floor.p99Ms.median} ms, CPU ${floor.cpuUsPerRequest.median} µs → ` +
				`${app.ratio.toFixed(2)}× (median of per-round ratios; goal ≥ ${goal}×: ${verdict(app.ratio >= goal)})`
		);
	}

	say('— HTTP: GET /api/similar and /api/gap on O*NET, 100 addresses each, 50 connections × 10 s');
	const answersHttp = await benchAnswersHttp(
		{ url: server.url, pid: server.process.pid! },
		onet,
		PORT + 2
	);
	results.answersHttp = answersHttp;
	for (const [name, { app, bare, ratio, firstRequestMedianMs, medianBytes }] of Object.entries(
		answersHttp
	)) {
		say(
			`/api/${name}: ${Math.round(app.requestsPerSecond)} req/s, p99 ${app.p99Ms} ms (goal < 20 ms: ${verdict(app.p99Ms < 20)}), ${app.errors} errors, ${app.non2xx} non-2xx; ` +
				`bare node:http (own process) with the same bytes (median ${(medianBytes / 1024).toFixed(1)} KB): ${Math.round(bare.requestsPerSecond)} req/s, p99 ${bare.p99Ms} ms → ` +
				`${ratio.toFixed(2)}× (goal ≥ 0.5×: ${verdict(ratio >= 0.5)}); CPU per request: ${app.cpuUsPerRequest} µs against ${bare.cpuUsPerRequest} µs; ` +
				`first request of each address (computed, through SvelteKit): median ${firstRequestMedianMs} ms`
		);
	}

	say(
		'— Browser: the whole O*NET graph (/explore?dataset=onet&all=1) against bare sigma.js, same answer, alternating rounds'
	);
	const whole = await benchWholeGraph(server.url, 3);
	results.wholeGraph = whole;
	for (const name of ['app', 'sigma'] as const) {
		const f = whole[name];
		say(
			`${name === 'app' ? 'rolegraph' : 'bare sigma.js'}: first frame ${withRange(f.firstFrameMs)} ms, longest task ${withRange(f.longestTaskMs)} ms, ` +
				`panning ${withRange(f.panFps)} fps, heap ${withRange(f.heapMb)} MB`
		);
	}
	say(
		`→ first frame ${whole.firstFrameRatio.toFixed(2)}× sigma's (goal ≤ 1.0×: ${verdict(whole.firstFrameRatio <= 1)}), ` +
			`fps ${whole.fpsRatio.toFixed(2)}× (goal ≥ 1.0×: ${verdict(whole.fpsRatio >= 1)}), heap ${whole.heapRatio.toFixed(2)}× (goal ≤ 2×: ${verdict(whole.heapRatio <= 2)}), ` +
			`longest task ${whole.app.longestTaskMs.max} ms at most (goal ≤ 200 ms: ${verdict(whole.app.longestTaskMs.max <= 200)})`
	);

	say(
		"— Browser: Cytoscape's canvas interactive, against bare Cytoscape on the same elements, style, size and viewport"
	);
	for (const path of ['/', `/compare/${biggest.a}/${biggest.b}?dataset=onet`]) {
		const canvas = await benchCanvas(server.url, path, 5);
		results[`canvas ${path}`] = canvas ?? 'needs the e2e build';
		if (!canvas) {
			say(
				`${path}: not measured: the elements are read through window.__cy, which only the e2e build has (npm run test:e2e builds it; then BENCH_E2E=1 npm run bench).`
			);
			continue;
		}
		say(
			`${path}: interactive ${canvas.medianAppMs} ms (runs ${canvas.appMs.join(', ')}) against bare Cytoscape ${canvas.medianBareMs} ms (runs ${canvas.bareMs.join(', ')}) → ` +
				`${canvas.ratio.toFixed(2)}× (goal ≤ 1.2×: ${verdict(canvas.ratio <= 1.2)})`
		);
	}

	say(
		'— Import (issue 18): memory per whole O*NET export, the main thread while the browser imports one'
	);
	const imports = await benchImport(onet, server.url);
	results.imports = imports;
	for (const line of describeImport(imports.memory, MAX_IMPORT_BYTES, imports.browser)) say(line);
	say(
		'— Node pages (issue 20): GET /api/nodes/{id} at 50 connections, and two big pages in Chromium'
	);
	const nodesHttp = await benchNodesHttp(server.url, onet);
	const nodePages = await benchNodePages(server.url, onet);
	results.nodesHttp = nodesHttp;
	results.nodePages = nodePages;
	sayNodeFigures(say, togetherFigures, nodesHttp, nodePages);
	say('— Several roles at once (issue 17) on O*NET');
	results.many = await benchMany(
		onet,
		{ url: server.url, pid: server.process.pid! },
		PORT + 3,
		say
	);

	say('— Browser: headless Chromium, cold cache');
	for (const path of [
		'/',
		'/explore',
		`/compare/${biggest.a}/${biggest.b}?dataset=onet`,
		'/explore?dataset=onet'
	]) {
		const figures = await measurePageLoad(server.url, path, path === '/' ? 9 : 5);
		results[`page ${path}`] = figures;
		const goal = path === '/' ? 1000 : path.includes('compare') ? 1500 : undefined;
		const longestAfter = Math.max(...figures.longestTaskAfterDrawMs);
		const longestAfterFirst = Math.max(...figures.longestTaskAfterFirstDrawMs);
		say(
			`${path}: graph first on screen ${figures.medianFirstDrawMs} ms after navigation (median of ${figures.runs}; runs ${figures.firstDrawMs.join(', ')}${goal ? `; goal < ${goal} ms: ${verdict(figures.medianFirstDrawMs < goal)}` : ''}); ` +
				`canvas drawn (interactive) ${figures.medianCanvasDrawMs} ms (runs ${figures.canvasDrawMs.join(', ')}${goal ? `; under the goal too: ${verdict(figures.medianCanvasDrawMs < goal)}` : ''}); ` +
				`longest task after the canvas: ${longestAfter} ms${path.includes('compare') ? ` (goal ≤ 200 ms: ${verdict(longestAfter <= 200)})` : ''}, after first on screen: ${longestAfterFirst} ms; ` +
				`first-load JavaScript ${(figures.jsGzipBytes / 1024).toFixed(1)} KB gzip in ${figures.scripts} files (goal ≤ 250 KB: ${verdict(figures.jsGzipBytes <= 250 * 1024)})`
		);
	}
} finally {
	server.stop();
}

say('— Server start (node --expose-gc server.js, median of 3) and where memory goes');
const start = await benchStart(PORT + 5, 3);
results.start = start;
say(
	`first answer ${start.firstAnswerMs} ms after spawning (runs ${start.firstAnswerRunsMs.join(', ')}; goal < 1,000 ms: ${verdict(start.firstAnswerMs < 1000)}), ` +
		`RSS then ${start.rssAtFirstAnswerMb} MB; with both datasets, the search and similarity indexes and a few pages: ${start.rssMb} MB ` +
		`(primary ${start.primaryRssMb} MB, workers ${start.workerRssMb.join(' + ')} MB; JavaScript heap in use ${start.heapUsedMb} MB, ` +
		`outside the heap ${start.externalMb} MB; a bare node:http process: ${start.bareNodeRssMb} MB)`
);

mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', JSON.stringify(results, null, 2));
say('Figures saved to bench-results/latest.json (rerun: npm run bench).');
