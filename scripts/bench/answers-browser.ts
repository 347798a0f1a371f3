import { chromium } from '@playwright/test';
import { join } from 'node:path';
import type { KnowledgeGraph } from '../../src/lib/graph/types';
import { dataRoot } from '../../src/lib/server/data-folder';
import { readTableFiles, verifyTableFolder } from '../../src/lib/server/table-folder';
import { CHROMIUM_ARGS, findChromium } from '../chromium.js';
import { haveLists } from './answers-bench';
import { percentile } from './measure';
import { bundleForPage } from './page-bundle';

/** answers-browser-entry.ts bundled for the page, as a script that sets `answersBench`. */
function bundle(): Promise<string> {
	return bundleForPage('scripts/bench/answers-browser-entry.ts', 'answersBench');
}

/**
 * Matching 20 items against every O*NET occupation in headless Chromium: the graph built in the
 * page from the dataset's table files, the index built, then matchRoles timed per list.
 */
export async function benchMatchInBrowser(graph: KnowledgeGraph) {
	const folder = join(dataRoot(), 'onet');
	const files = await readTableFiles(folder, verifyTableFolder(folder));
	delete files['positions.tsv'];
	const lists = haveLists(graph, 300);
	const code = await bundle();
	const browser = await chromium.launch({
		executablePath: findChromium()?.path,
		args: CHROMIUM_ARGS
	});
	try {
		const page = await browser.newPage();
		await page.addScriptTag({ content: code });
		const figures = await page.evaluate(
			([tables, have]) =>
				(
					window as unknown as {
						answersBench: {
							run: (
								files: Record<string, string>,
								lists: string[][]
							) => { graphMs: number; indexMs: number; times: number[] };
						};
					}
				).answersBench.run(tables, have),
			[files, lists] as const
		);
		const round = (ms: number) => Math.round(ms * 1000) / 1000;
		return {
			lists: lists.length,
			graphMs: Math.round(figures.graphMs),
			indexMs: Math.round(figures.indexMs),
			p50Ms: round(percentile(figures.times, 50)),
			p95Ms: round(percentile(figures.times, 95)),
			maxMs: round(Math.max(...figures.times))
		};
	} finally {
		await browser.close();
	}
}
