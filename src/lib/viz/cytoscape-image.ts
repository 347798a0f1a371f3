import type { Core } from 'cytoscape';
import { cytoscape } from './cytoscape';
import { capScale, framePng, frameSvg, type DrawingImage, type ImageFrame } from './export-image';
import { PALETTES } from './theme';

/** Runs `draw` with the graph shown plainly (no hover or selection dimming), then restores it. */
async function plainly<T>(cy: Core, draw: () => Promise<T>): Promise<T> {
	const marked = cy.elements('.dimmed, .highlighted, .hovered, .selected');
	const classes = marked.map((element) => [element, element.classes()] as const);
	marked.removeClass('dimmed highlighted hovered selected');
	try {
		return await draw();
	} finally {
		for (const [element, list] of classes) element.classes(list);
	}
}

/** The scale actually used: the one asked for, unless that would pass the browser's canvas limit. */
function effectiveScale(cy: Core, scale: number): number {
	const box = cy.elements().boundingBox();
	return capScale(box.w, box.h, scale);
}

/**
 * The whole graph as a PNG with title, legend and credit, at `scale` times its size. Cytoscape
 * renders it and encodes it off the main thread ('blob-promise'), so the page stays responsive.
 */
async function exportPng(cy: Core, frame: ImageFrame, scale: number): Promise<Blob> {
	const palette = PALETTES[frame.theme];
	const used = effectiveScale(cy, scale);
	const graphBlob = await plainly(cy, () =>
		cy.png({
			output: 'blob-promise',
			full: true,
			scale: used,
			bg: frame.transparent ? undefined : palette.background
		})
	);
	const bitmap = await createImageBitmap(graphBlob);
	const [width, height] = [bitmap.width / used, bitmap.height / used];
	try {
		return await framePng(
			{ width, height, draw: (ctx, x, y) => ctx.drawImage(bitmap, x, y, width, height) },
			frame,
			used
		);
	} finally {
		bitmap.close();
	}
}

let svgReady: Promise<void> | undefined;

/** Loads cytoscape-svg on first use (it touches `window`, so never on the server). */
function useSvg(): Promise<void> {
	svgReady ??= import('cytoscape-svg').then((module) => {
		cytoscape.use(module.default);
	});
	return svgReady;
}

/** The whole graph as an SVG document with title, legend and credit (vector: scales without blur). */
async function exportSvg(cy: Core, frame: ImageFrame): Promise<string> {
	await useSvg();
	const palette = PALETTES[frame.theme];
	const graphSvg = await plainly(cy, async () =>
		(cy as Core & { svg(options: object): string }).svg({
			full: true,
			scale: 1,
			bg: frame.transparent ? undefined : palette.background
		})
	);
	const document = new DOMParser().parseFromString(graphSvg, 'image/svg+xml');
	const root = document.documentElement;
	if (root.nodeName !== 'svg') throw new Error('Cytoscape did not produce a readable SVG.');
	return frameSvg(
		{
			markup: new XMLSerializer().serializeToString(root),
			width: Number(root.getAttribute('width')) || 800,
			height: Number(root.getAttribute('height')) || 600
		},
		frame
	);
}

/** How a Cytoscape drawing is saved as an image (the whole graph, whatever the view's zoom). */
export function cytoscapeImage(cy: Core): DrawingImage {
	return {
		scaleFor: (scale) => effectiveScale(cy, scale),
		png: (frame, scale) => exportPng(cy, frame, scale),
		svg: (frame) => exportSvg(cy, frame)
	};
}
