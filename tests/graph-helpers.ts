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
