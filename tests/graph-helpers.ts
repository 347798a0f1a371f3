import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** Waits until the graph on the page has been laid out and drawn. */
export async function waitForGraph(page: Page): Promise<void> {
	await expect(page.locator('[data-drawn="true"]')).toBeVisible({ timeout: 15_000 });
}

/** Waits until the page is hydrated: from then on its buttons act on a click. */
export async function waitForHydration(page: Page): Promise<void> {
	await expect(page.locator('html[data-hydrated="true"]')).toHaveCount(1, { timeout: 15_000 });
}

export interface DrawnNode {
	id: string;
	label: string;
	classes: string[];
	zone?: string;
	x: number;
	y: number;
}

/** Every drawn node with its classes and rendered position (read through the window.__cy hook). */
export async function drawnNodes(page: Page, selector = 'node'): Promise<DrawnNode[]> {
	return page.evaluate((selector) => {
		const cy = window.__cy!;
		return cy.nodes(selector).map((node) => ({
			id: node.id(),
			label: node.data('label'),
			classes: node.classes(),
			zone: node.data('zone'),
			x: node.renderedPosition().x,
			y: node.renderedPosition().y
		}));
	}, selector);
}

/** Clicks a node where it is drawn on the canvas, as a user would. */
export async function clickNode(page: Page, id: string): Promise<void> {
	const position = await page.evaluate((id) => {
		const cy = window.__cy!;
		cy.resize();
		const node = cy.getElementById(id);
		return node.empty() ? null : node.renderedPosition();
	}, id);
	if (!position) throw new Error(`node ${id} is not drawn`);
	await page.locator('[data-drawn="true"]').scrollIntoViewIfNeeded();
	const box = await page.locator('[data-drawn="true"]').boundingBox();
	await page.mouse.click(box!.x + position.x, box!.y + position.y);
}

/** Clicks a node where sigma.js drew it (the whole-graph view), as a user would. */
export async function clickSigmaNode(page: Page, id: string): Promise<void> {
	await page.locator('[data-drawn="true"]').scrollIntoViewIfNeeded();
	const position = await page.evaluate((id) => {
		const sigma = window.__sigma!;
		if (!sigma.getGraph().hasNode(id)) return null;
		return sigma.graphToViewport(sigma.getGraph().getNodeAttributes(id));
	}, id);
	if (!position) throw new Error(`node ${id} is not drawn`);
	const box = await page.locator('[data-drawn="true"]').boundingBox();
	await page.mouse.click(box!.x + position.x, box!.y + position.y);
}

/** Moves the mouse over a drawn node. */
export async function hoverNode(page: Page, id: string): Promise<void> {
	const position = await page.evaluate(
		(id) => window.__cy!.getElementById(id).renderedPosition(),
		id
	);
	await page.locator('[data-drawn="true"]').scrollIntoViewIfNeeded();
	const box = await page.locator('[data-drawn="true"]').boundingBox();
	await page.mouse.move(box!.x + position.x, box!.y + position.y);
}

/** Opens the Export menu and downloads what one of its entries makes; returns the file. */
export async function download(
	page: Page,
	name: string | RegExp,
	role: 'button' | 'link',
	section?: string
) {
	const menu = page.locator('details.export');
	if (!(await menu.evaluate((element) => (element as HTMLDetailsElement).open))) {
		await menu.locator('summary').click();
	}
	const scope = section ? page.getByRole('region', { name: section }) : page;
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		scope.getByRole(role, { name, exact: typeof name === 'string' }).click()
	]);
	const path = await file.path();
	return { name: file.suggestedFilename(), bytes: readFileSync(path!) };
}

/**
 * Decodes a PNG in the page and describes its pixels: size, distinct colours (sampled), one
 * corner (RGBA), the share drawn on (darker than near-white) and the share not transparent,
 * and how many pixels lie near each of `colours` (#rrggbb).
 */
export async function pixels(page: Page, png: Buffer, colours: readonly string[] = []) {
	return page.evaluate(
		async ({ base64, colours }) => {
			const image = new Image();
			image.src = `data:image/png;base64,${base64}`;
			await image.decode();
			const canvas = document.createElement('canvas');
			[canvas.width, canvas.height] = [image.width, image.height];
			const ctx = canvas.getContext('2d')!;
			ctx.drawImage(image, 0, 0);
			const data = ctx.getImageData(0, 0, image.width, image.height).data;
			const wanted = colours.map((colour) =>
				colour.match(/[0-9a-f]{2}/gi)!.map((hex) => parseInt(hex, 16))
			);
			const near = wanted.map(() => 0);
			const sampled = new Set<number>();
			let inked = 0;
			let opaque = 0;
			for (let i = 0; i < data.length; i += 4) {
				const [r, g, b, a] = [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
				if (i % (4 * 97) === 0) sampled.add((r << 16) | (g << 8) | b);
				if (r + g + b < 3 * 250) inked++;
				if (a > 0) opaque++;
				wanted.forEach(([wr, wg, wb], at) => {
					if (Math.abs(r - wr!) + Math.abs(g - wg!) + Math.abs(b - wb!) <= 24) near[at]!++;
				});
			}
			const area = image.width * image.height;
			return {
				width: image.width,
				height: image.height,
				colours: sampled.size,
				corner: [...data.slice(0, 4)],
				inked: inked / area,
				opaque: opaque / area,
				near
			};
		},
		{ base64: png.toString('base64'), colours }
	);
}
