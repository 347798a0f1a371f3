/**
 * The first element matching `selector` once the whole page is parsed (null if there is none).
 *
 * The early drawings (viz/canvas/early.ts, viz/sigma-early.ts) run from the page's head, and may
 * run before the page is parsed; and a drawing's frame takes its size from what comes after it
 * (the side panel beside it), so they wait for all of it. Pure: it lives in the drawing's basics
 * chunk, which the early chunks may import (vite.config.ts).
 */
export function parsedElement(selector: string): Promise<HTMLElement | null> {
	const find = () => document.querySelector<HTMLElement>(selector);
	if (document.readyState !== 'loading') return Promise.resolve(find());
	return new Promise((resolve) =>
		document.addEventListener('DOMContentLoaded', () => resolve(find()), { once: true })
	);
}
