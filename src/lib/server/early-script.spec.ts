import { describe, expect, it } from 'vitest';
import {
	carriesEarlyDrawing,
	earlyChunk,
	earlyLink,
	earlySigmaGraph,
	startAfter,
	withEarlyScripts
} from './early-script';

const EARLY = './_app/immutable/chunks/early-drawing.AbC-12_x.js';
const SIGMA = './_app/immutable/chunks/early-sigma.S1g-m4.js';
const PAGE =
	'<!doctype html><html><head><meta charset="utf-8"><title>x</title></head><body><div data-canvas data-early="{}"></div></body></html>';
/** SvelteKit's start-up script, as it writes it. */
const START = `<script nonce="n0nce">
	{
		const element = document.currentScript.parentElement;

		Promise.all([
			import("./_app/immutable/entry/start.S1.js"),
			import("./_app/immutable/entry/app.A1.js")
		]).then(([kit, app]) => {
			kit.start(app, element, {});
		});
	}
</script>`;
const WHOLE = `<!doctype html><html><head><title>x</title><link rel="preload" as="fetch" crossorigin="anonymous" href="./api/graph?dataset=onet&amp;category=technology" data-early-sigma=""/></head><body><div data-early-sigma-host></div>${START}</body></html>`;
const chunks = (...entries: [string, string][]) => new Map(entries);

describe('earlyChunk', () => {
	it("tells the early drawings' chunks by their names, whatever the path before them", () => {
		expect(earlyChunk(EARLY)).toBe('early-drawing');
		expect(earlyChunk('../../_app/immutable/chunks/early-drawing.X1.js')).toBe('early-drawing');
		expect(earlyChunk(SIGMA)).toBe('early-sigma');
		expect(earlyChunk('./_app/immutable/chunks/drawing-basics.X1.js')).toBeUndefined();
		expect(earlyChunk('./_app/immutable/chunks/sigma-drawing.X1.js')).toBeUndefined();
		expect(earlyChunk('./_app/immutable/chunks/Xearly-drawing.js')).toBeUndefined();
		expect(earlyChunk('./_app/immutable/entry/start.X1.js')).toBeUndefined();
	});
});

describe('withEarlyScripts', () => {
	it('runs the chunk from the head of a page that carries a drawing', () => {
		const html = withEarlyScripts(PAGE, chunks(['early-drawing', EARLY]));
		expect(html).toContain(`<script type="module" src="${EARLY}"></script></head>`);
		expect(html.replace(/<script[^>]*><\/script>/, '')).toBe(PAGE);
		expect(carriesEarlyDrawing(PAGE, chunks(['early-drawing', EARLY]))).toBe(true);
	});

	it('leaves a page with no drawing, or no chunk found, as it is', () => {
		const plain = PAGE.replace(' data-early="{}"', '');
		expect(withEarlyScripts(plain, chunks(['early-drawing', EARLY]))).toBe(plain);
		expect(withEarlyScripts(PAGE, chunks())).toBe(PAGE);
		expect(withEarlyScripts(PAGE, chunks(['early-sigma', SIGMA]))).toBe(PAGE);
		expect(carriesEarlyDrawing(plain, chunks(['early-drawing', EARLY]))).toBe(false);
		expect(carriesEarlyDrawing(PAGE, chunks())).toBe(false);
		const headless = '<p data-early="x">no head</p>';
		expect(withEarlyScripts(headless, chunks(['early-drawing', EARLY]))).toBe(headless);
	});

	it('writes the path as a URL, so it cannot end the attribute', () => {
		expect(
			withEarlyScripts(PAGE, chunks(['early-drawing', './a b"c/early-drawing.x.js']))
		).toContain('src="./a%20b%22c/early-drawing.x.js"');
	});

	it("runs the whole graph's chunk as soon as it loads, and has SvelteKit start after it", () => {
		const html = withEarlyScripts(WHOLE, chunks(['early-sigma', SIGMA]));
		expect(html).toContain(`<script type="module" async src="${SIGMA}"></script></head>`);
		expect(html).toContain(
			`import("${SIGMA}").catch(() => {}).then(() => Promise.all([\n\t\t\timport("./_app/immutable/entry/start.S1.js"),`
		);
		// Still one script that reads as JavaScript, ending as SvelteKit's did.
		const script = /<script nonce="n0nce">([\s\S]*?)<\/script>/.exec(html)![1]!;
		expect(() => new Function(script)).not.toThrow();
		expect(script).toMatch(/\]\)\)\.then\(\(\[kit, app\]\) => \{/);
	});
});

describe('startAfter', () => {
	it('leaves a start-up script it does not know as it is', () => {
		const other = START.replace('Promise.all', 'Promise.allSettled');
		expect(startAfter(other, SIGMA)).toBe(other);
	});
});

describe('earlySigmaGraph', () => {
	it('reads the address of the graph drawn before hydration, as the page writes it', () => {
		expect(earlySigmaGraph(WHOLE)).toBe('./api/graph?dataset=onet&category=technology');
		expect(earlySigmaGraph(PAGE)).toBeUndefined();
		expect(earlySigmaGraph('<link rel="preload" href="./api/graph?x=1"/>')).toBeUndefined();
	});
});

describe('earlyLink', () => {
	const entry = (path: string) => `<${path}>; rel="modulepreload"; nopush`;
	const start = entry('./_app/immutable/entry/start.S1.js');
	const framework = entry('./_app/immutable/chunks/F1.js');
	const runtime = entry('./_app/immutable/chunks/rolldown-runtime.R1.js');
	const basics = entry('./_app/immutable/chunks/drawing-basics.B1.js');
	const helper = entry('./_app/immutable/chunks/preload-helper.H1.js');
	const sigma = entry(SIGMA);
	const drawing = entry('./_app/immutable/chunks/sigma-drawing.D1.js');
	const graphology = entry('./_app/immutable/chunks/graphology.G1.js');
	const style = '<./_app/immutable/assets/0.C1.css>; rel="preload"; as="style"; nopush';
	const early = entry(EARLY);

	it("preloads only the drawing's chunks, in their order, on a page that draws early", () => {
		const link = [style, start, framework, runtime, helper, basics, early].join(', ');
		expect(earlyLink(link, { drawing: true }).split(', ')).toEqual([
			early,
			basics,
			helper,
			runtime
		]);
	});

	it("puts the drawing's chunks first on a page that loads them without drawing, and keeps the rest", () => {
		const link = [style, start, framework, runtime, helper, basics, early].join(', ');
		expect(earlyLink(link, { drawing: false }).split(', ')).toEqual([
			early,
			basics,
			helper,
			runtime,
			style,
			start,
			framework
		]);
		const none = [style, start, framework].join(', ');
		expect(earlyLink(none, { drawing: false })).toBe(none);
	});

	it('fetches the whole graph first on its page, then what draws it, and drops sigma.js elsewhere', () => {
		const link = [start, framework, runtime, helper, basics, graphology, drawing, sigma].join(', ');
		expect(
			earlyLink(link, {
				drawing: true,
				graph: './api/graph?dataset=onet&category=technology'
			}).split(', ')
		).toEqual([
			'<./api/graph?dataset=onet&category=technology>; rel="preload"; as="fetch"; crossorigin="anonymous"',
			sigma,
			drawing,
			graphology,
			basics,
			helper,
			runtime
		]);
		// The explorer's other pages load the early module, never sigma.js.
		expect(earlyLink(link, { drawing: false }).split(', ')).toEqual([
			sigma,
			basics,
			helper,
			runtime,
			start,
			framework
		]);
	});
});
