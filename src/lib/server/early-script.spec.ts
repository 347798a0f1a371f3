import { describe, expect, it } from 'vitest';
import { earlyFirst, isEarlyChunk, withEarlyScript } from './early-script';

const EARLY = './_app/immutable/chunks/early-drawing.AbC-12_x.js';
const PAGE =
	'<!doctype html><html><head><meta charset="utf-8"><title>x</title></head><body><div data-canvas data-early="{}"></div></body></html>';

describe('isEarlyChunk', () => {
	it('tells the early drawing chunk by its name, whatever the path before it', () => {
		expect(isEarlyChunk(EARLY)).toBe(true);
		expect(isEarlyChunk('../../_app/immutable/chunks/early-drawing.X1.js')).toBe(true);
		expect(isEarlyChunk('./_app/immutable/chunks/drawing-basics.X1.js')).toBe(false);
		expect(isEarlyChunk('./_app/immutable/chunks/Xearly-drawing.js')).toBe(false);
		expect(isEarlyChunk('./_app/immutable/entry/start.X1.js')).toBe(false);
	});
});

describe('withEarlyScript', () => {
	it('runs the chunk from the head of a page that carries a drawing', () => {
		const html = withEarlyScript(PAGE, EARLY);
		expect(html).toContain(`<script type="module" src="${EARLY}"></script></head>`);
		expect(html.replace(/<script[^>]*><\/script>/, '')).toBe(PAGE);
	});

	it('leaves a page with no drawing, or no chunk found, as it is', () => {
		const plain = PAGE.replace(' data-early="{}"', '');
		expect(withEarlyScript(plain, EARLY)).toBe(plain);
		expect(withEarlyScript(PAGE, undefined)).toBe(PAGE);
		expect(withEarlyScript('<p data-early="x">no head</p>', EARLY)).toBe(
			'<p data-early="x">no head</p>'
		);
	});

	it('writes the path as a URL, so it cannot end the attribute', () => {
		expect(withEarlyScript(PAGE, './a b"c/early-drawing.x.js')).toContain(
			'src="./a%20b%22c/early-drawing.x.js"'
		);
	});
});

describe('earlyFirst', () => {
	const entry = (path: string) => `<${path}>; rel="modulepreload"; nopush`;
	const start = entry('./_app/immutable/entry/start.S1.js');
	const framework = entry('./_app/immutable/chunks/F1.js');
	const runtime = entry('./_app/immutable/chunks/rolldown-runtime.R1.js');
	const basics = entry('./_app/immutable/chunks/drawing-basics.B1.js');
	const helper = entry('./_app/immutable/chunks/preload-helper.H1.js');
	const style = '<./_app/immutable/assets/0.C1.css>; rel="preload"; as="style"; nopush';
	const early = entry(EARLY);

	it("puts the drawing's chunks first, in their order, and keeps the others' order", () => {
		const link = [style, start, framework, runtime, helper, basics, early].join(', ');
		expect(earlyFirst(link).split(', ')).toEqual([
			early,
			basics,
			helper,
			runtime,
			style,
			start,
			framework
		]);
	});

	it('leaves a header with none of them as it is', () => {
		const link = [style, start, framework].join(', ');
		expect(earlyFirst(link)).toBe(link);
	});
});
