import { expect, test } from '@playwright/test';
import { XMLValidator } from 'fast-xml-parser';
import Papa from 'papaparse';
import { fromValidated } from '../src/lib/graph/build';
import { importFile, readGraph } from '../src/lib/graph/formats/node';
import { GRAPH_EXPORT_FORMATS } from '../src/lib/graph/formats/registry';
import { contents } from '../src/lib/test-support/graphs';
import { download, pixels, waitForGraph } from './graph-helpers';

test.describe('image export', () => {
	test('PNG at 2×: named after the view, large, not blank, in the theme’s background', async ({
		page
	}) => {
		await page.goto('/');
		await waitForGraph(page);
		const file = await download(page, 'PNG 2×', 'button');
		expect(file.name).toBe('backend-engineer-vs-backend-developer.png');
		expect([...file.bytes.subarray(0, 8)]).toEqual([
			0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a
		]);
		expect(file.bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(1200);
		const image = await pixels(page, file.bytes);
		expect(image.width).toBe(file.bytes.readUInt32BE(16));
		expect(image.colours).toBeGreaterThan(20);
		expect(image.corner).toEqual([255, 255, 255, 255]);
		await expect(
			page.getByRole('status').filter({ hasText: 'Saved backend-engineer' })
		).toBeVisible();
	});

	test('PNG 1× and 4× scale the picture, and transparent is transparent', async ({ page }) => {
		await page.goto('/');
		await waitForGraph(page);
		const one = await download(page, 'PNG 1×', 'button');
		const four = await download(page, 'PNG 4×', 'button');
		const ratio = four.bytes.readUInt32BE(16) / one.bytes.readUInt32BE(16);
		expect(ratio).toBeGreaterThan(3.9);
		expect(ratio).toBeLessThan(4.1);
		await page.getByRole('checkbox', { name: 'Transparent background' }).check();
		const clear = await download(page, 'PNG 1×', 'button');
		expect((await pixels(page, clear.bytes)).corner[3]).toBe(0);
	});

	test('in dark mode the image has the dark background', async ({ browser }) => {
		const page = await browser.newPage({ colorScheme: 'dark' });
		await page.goto('/');
		await waitForGraph(page);
		const file = await download(page, 'PNG 1×', 'button');
		expect((await pixels(page, file.bytes)).corner).toEqual([15, 18, 24, 255]);
		await page.close();
	});

	test('SVG: well-formed XML with the title, legend and credit, and no script', async ({
		page
	}) => {
		await page.goto('/');
		await waitForGraph(page);
		const file = await download(page, 'SVG', 'button');
		expect(file.name).toBe('backend-engineer-vs-backend-developer.svg');
		const svg = file.bytes.toString('utf8');
		expect(XMLValidator.validate(svg)).toBe(true);
		expect(svg).toContain('Backend Engineer vs Backend Developer');
		expect(svg).toContain('Only Backend Engineer · 39');
		expect(svg).toContain('>Technology<');
		expect(svg).toContain('Data: rolegraph seed graph');
		expect(svg).not.toMatch(/<script/i);
		expect(svg).not.toMatch(/\son\w+=/i);
	});

	test('node and explore views export images named after what they show', async ({ page }) => {
		await page.goto('/nodes/nginx');
		await waitForGraph(page);
		expect((await download(page, 'PNG 1×', 'button')).name).toBe('nginx.png');
		await page.goto('/explore');
		await waitForGraph(page);
		const file = await download(page, 'PNG 1×', 'button');
		expect(file.name).toBe('backend-engineer-vs-backend-developer-whole-graph.png');
		expect((await pixels(page, file.bytes)).colours).toBeGreaterThan(20);
	});
});

test.describe('data export', () => {
	test('this view in every graph format of the registry: all read back to the same graph', async ({
		page
	}) => {
		await page.goto('/');
		await waitForGraph(page);
		const section = 'Data: this view';
		const json = await download(page, 'graphology JSON', 'link', section);
		expect(json.name).toBe('backend-engineer-vs-backend-developer.json');
		const reference = await readGraph(json.bytes, 'json');
		expect(reference.order).toBe(92);
		expect(reference.size).toBe(106);
		expect(GRAPH_EXPORT_FORMATS.map((format) => format.label)).toEqual([
			'graphology JSON',
			'GEXF (Gephi)',
			'GraphML',
			'Cytoscape desktop (.cyjs)',
			'CSV (spreadsheet)'
		]);
		// CSV is a comparison's table here (the next test); the graph formats give the graph.
		for (const format of GRAPH_EXPORT_FORMATS.filter((f) => !f.writeComparison)) {
			const file = await download(page, format.label, 'link', section);
			expect(file.name).toBe(`backend-engineer-vs-backend-developer.${format.extensions[0]}`);
			expect(contents(await readGraph(file.bytes, format.id))).toEqual(contents(reference));
		}
	});

	test('the comparison as CSV: the two roles, then a row per link of the view', async ({
		page
	}) => {
		await page.goto('/?category=technology');
		await waitForGraph(page);
		const file = await download(page, 'CSV (spreadsheet)', 'link', 'Data: this view');
		const rows = Papa.parse<string[]>(file.bytes.toString('utf8'), { skipEmptyLines: true }).data;
		expect(rows[0]?.slice(0, 3)).toEqual(['role', 'node', 'category']);
		const links = rows.slice(1).filter((row) => row[2] !== 'role');
		// 16 technologies; the shared ones are linked from both roles.
		expect(new Set(links.map((row) => row[1])).size).toBe(16);
		expect(new Set(links.map((row) => row[2]))).toEqual(new Set(['technology']));
		// It reads back as the same comparison.
		const graph = fromValidated((await importFile(file.name, file.bytes)).graph);
		expect(graph.filterNodes((_id, a) => a.category === 'technology')).toHaveLength(16);
	});

	test('the whole graph in each format', async ({ page }) => {
		await page.goto('/nodes/php');
		await waitForGraph(page);
		const section = 'Data: the whole graph';
		const gexf = await download(page, 'GEXF (Gephi)', 'link', section);
		expect(gexf.name).toBe('backend-engineer-vs-backend-developer-whole-graph.gexf');
		const graph = await readGraph(gexf.bytes, 'gexf');
		expect(graph.order).toBe(92);
		expect(graph.getAttribute('sources').map((s) => s.id)).toEqual(['article-1', 'article-2']);
		// The whole graph as CSV: the edge list the importer reads, every node and link.
		const table = await download(page, 'CSV (spreadsheet)', 'link', section);
		expect(table.name).toBe('backend-engineer-vs-backend-developer-whole-graph.csv');
		const fromTable = fromValidated((await importFile(table.name, table.bytes)).graph);
		expect([fromTable.order, fromTable.size]).toEqual([graph.order, graph.size]);
		const view = await download(page, 'GraphML', 'link', 'Data: this view');
		expect(view.name).toBe('php.graphml');
		expect((await readGraph(view.bytes, 'graphml')).nodes().sort()).toEqual([
			'backend-developer',
			'backend-engineer',
			'php'
		]);
	});

	test('the export API answers with the right type and file name', async ({ request }) => {
		const response = await request.get(
			'/api/export/graphml?view=compare&a=backend-engineer&b=backend-developer&category=skill'
		);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toBe('application/graphml+xml; charset=utf-8');
		expect(response.headers()['content-disposition']).toBe(
			'attachment; filename="backend-engineer-vs-backend-developer.graphml"'
		);
		const graph = await readGraph(await response.text(), 'graphml');
		expect(new Set(graph.mapNodes((_id, a) => a.category))).toEqual(new Set(['role', 'skill']));
		for (const [url, status] of [
			['/api/export/pdf', 400],
			['/api/export/toString', 400],
			['/api/export/__proto__', 400],
			['/api/export/csv?view=everything', 400],
			['/api/export/json?view=node', 400],
			['/api/export/json?view=node&id=nope', 404]
		] as const) {
			const bad = await request.get(url);
			expect(bad.status()).toBe(status);
			expect((await bad.json()).error.message).toBeTruthy();
		}
		// Compressed when the client accepts it (Playwright asks for gzip, deflate and br).
		const whole = await request.get('/api/export/gexf?view=whole');
		expect(whole.headers()['content-encoding']).toMatch(/^(gzip|br|deflate)$/);
		expect((await readGraph(await whole.text(), 'gexf')).order).toBe(92);
		expect((await (await request.get('/api/export/pdf')).json()).error.message).toBe(
			'Unknown export format "pdf"; use json, gexf, graphml, cyjs, csv.'
		);
	});
});
