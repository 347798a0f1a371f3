import Sigma from 'sigma';
import { capScale, framePng, frameSvg, type DrawingImage, type ImageFrame } from './export-image';
import type { SigmaEdge, SigmaNode } from './sigma-graph';
import { fitPicture, sigmaSvg, type PictureFit } from './sigma-svg';

type Renderer = Sigma<SigmaNode, SigmaEdge>;

/** The layers of a sigma.js drawing that hold the picture (hover and mouse layers are empty). */
const LAYERS = ['edges', 'edgeLabels', 'nodes', 'labels'];

let webglSide: number | undefined;

/** The largest canvas side this browser's WebGL draws into (software WebGL may allow less than 16k). */
function webglMaxSide(): number {
	if (webglSide === undefined) {
		const canvas = document.createElement('canvas');
		const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
		webglSide = gl
			? Math.min(
					gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number,
					...(gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array)
				)
			: 0;
		gl?.getExtension('WEBGL_lose_context')?.loseContext();
	}
	return webglSide;
}

/**
 * Runs `work` with window.devicePixelRatio reading `ratio`, then puts it back. sigma.js 3 sizes
 * its canvases by the device pixel ratio it reads at each render and has no setting for it: this
 * is how it draws at 2× or 4× on any screen. `work` must be synchronous, so nothing else (the
 * drawing on screen) renders meanwhile.
 */
function withPixelRatio<T>(ratio: number, work: () => T): T {
	const own = Object.getOwnPropertyDescriptor(window, 'devicePixelRatio');
	Object.defineProperty(window, 'devicePixelRatio', { configurable: true, get: () => ratio });
	try {
		return work();
	} finally {
		if (own) Object.defineProperty(window, 'devicePixelRatio', own);
		else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
	}
}

/**
 * Draws the whole graph, fitted, onto `ctx` at (x, y), `fit.width` × `fit.height` CSS pixels at
 * `scale`: a fresh sigma.js renderer draws it in a container off screen, with the drawing's own
 * settings but no selection, and its layers are copied in the same task (WebGL canvases are only
 * readable until the browser presents them).
 */
function drawGraph(
	renderer: Renderer,
	fit: PictureFit,
	scale: number,
	ctx: CanvasRenderingContext2D,
	x: number,
	y: number
): void {
	const container = document.createElement('div');
	container.setAttribute('aria-hidden', 'true');
	Object.assign(container.style, {
		position: 'fixed',
		right: '100%',
		bottom: '100%',
		width: `${fit.width}px`,
		height: `${fit.height}px`,
		pointerEvents: 'none'
	});
	document.body.append(container);
	try {
		withPixelRatio(scale, () => {
			const temporary = new Sigma<SigmaNode, SigmaEdge>(renderer.getGraph(), container, {
				...renderer.getSettings(),
				nodeReducer: null,
				edgeReducer: null
			});
			try {
				const canvases = temporary.getCanvases();
				for (const layer of LAYERS) {
					const canvas = canvases[layer];
					if (canvas) ctx.drawImage(canvas, x, y, fit.width, fit.height);
				}
			} finally {
				temporary.kill();
			}
		});
	} finally {
		container.remove();
	}
}

/** The scale a PNG asked at `scale` is drawn at, within the browser's canvas and WebGL limits. */
function scaleFor(fit: PictureFit, scale: number): number {
	return capScale(fit.width, fit.height, scale, webglMaxSide());
}

/**
 * How the whole-graph drawing (sigma.js) is saved as an image: the whole graph fitted in a
 * picture PICTURE_SIDE pixels on its longer side, whatever the view's zoom. Labels as sigma.js
 * shows them at that zoom (none on the whole O*NET graph: its nodes are drawn too small).
 */
export function sigmaImage(renderer: Renderer): DrawingImage {
	const fit = () => fitPicture(renderer.getGraph());
	return {
		scaleFor: (scale) => scaleFor(fit(), scale),
		async png(frame: ImageFrame, scale: number) {
			const picture = fit();
			const used = scaleFor(picture, scale);
			return framePng(
				{
					width: picture.width,
					height: picture.height,
					dots: true,
					draw: (ctx, x, y) => drawGraph(renderer, picture, used, ctx, x, y)
				},
				frame,
				used
			);
		},
		async svg(frame: ImageFrame) {
			const picture = fit();
			const markup = await sigmaSvg(renderer.getGraph(), picture);
			return frameSvg({ markup, width: picture.width, height: picture.height, dots: true }, frame);
		}
	};
}
