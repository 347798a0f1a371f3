import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { GraphAnswer } from '../api/answers';
import { addSigmaEdges, addSigmaNodes, emptySigmaGraph } from './sigma-graph';
import { fitPicture, PICTURE_PADDING, sigmaSvg } from './sigma-svg';

/** A graph twice as wide as tall, a label that needs escaping, and a link drawn twice. */
const answer: GraphAnswer = {
	nodes: [
		['r1', 'Role <one> & co', 'role', 0, 0],
		['t1', 'Tech one', 'technology', 200, 0],
		['t2', 'Tech two', 'technology', 100, 100]
	],
	edges: [
		[0, 1, 1],
		[0, 2, 0],
		[1, 2, 0],
		[2, 1, 0]
	],
	positioned: true,
	total: { nodes: 3, edges: 4 }
};

function graph() {
	const drawn = emptySigmaGraph();
	addSigmaNodes(drawn, answer, 'light');
	addSigmaEdges(drawn, answer, 'light');
	return drawn;
}

/** An SVG fragment wrapped as a document, parsed with its attributes. */
function parse(markup: string) {
	const document = `<svg xmlns="http://www.w3.org/2000/svg">${markup}</svg>`;
	expect(XMLValidator.validate(document)).toBe(true);
	const parser = new XMLParser({
		ignoreAttributes: false,
		attributeNamePrefix: '',
		isArray: (name) => ['g', 'line', 'circle'].includes(name)
	});
	const groups = parser.parse(document).svg.g as {
		stroke?: string;
		line?: Record<string, string>[];
		circle?: (Record<string, string> & { title: string })[];
	}[];
	return {
		lines: groups.flatMap((group) => (group.line ?? []).map((line) => ({ ...line, group }))),
		circles: groups.flatMap((group) => group.circle ?? [])
	};
}

describe('the whole graph as SVG', () => {
	it('fits the graph in the picture, its proportions kept and its y turned downwards', () => {
		const fit = fitPicture(graph(), 1200);
		expect([fit.width, fit.height]).toEqual([1200, 600]);
		// sigma's graph has y upwards (the layout's y negated): Tech two (layout y 100) is lowest.
		const role = fit.at(0, 0);
		const low = fit.at(100, -100);
		expect(role[0]).toBeCloseTo(PICTURE_PADDING + (1200 - 2 * PICTURE_PADDING - 2 * 568) / 2);
		expect(role[1]).toBeCloseTo(PICTURE_PADDING);
		expect(low[1]).toBeCloseTo(600 - PICTURE_PADDING);
		expect(fit.at(200, 0)[0] - role[0]).toBeCloseTo(2 * (600 - 2 * PICTURE_PADDING));
	});

	it('keeps a thin graph at least half as tall as wide, and a single node in the middle', () => {
		const thin = emptySigmaGraph();
		addSigmaNodes(thin, { ...answer, nodes: [answer.nodes[0]!, answer.nodes[1]!] }, 'dark');
		expect(fitPicture(thin, 1000)).toMatchObject({ width: 1000, height: 500 });
		const single = emptySigmaGraph();
		addSigmaNodes(single, { ...answer, nodes: [answer.nodes[2]!] }, 'dark');
		const fit = fitPicture(single, 800);
		expect(fit.at(100, -100)).toEqual([fit.width / 2, fit.height / 2]);
	});

	it('writes one line per link drawn, one titled circle per node, at the fitted positions', async () => {
		const drawn = graph();
		const fit = fitPicture(drawn, 1200);
		const { lines, circles } = parse(await sigmaSvg(drawn, fit));
		expect(lines).toHaveLength(drawn.size);
		expect(circles).toHaveLength(drawn.order);
		expect(circles.map((circle) => circle.title)).toEqual([
			'Role <one> & co',
			'Tech one',
			'Tech two'
		]);
		const [x, y] = fit.at(200, 0);
		expect(circles[1]).toMatchObject({ cx: String(Math.round(x * 10) / 10), cy: String(y) });
		expect(circles[1]!.fill).toBe(drawn.getNodeAttributes('t1').color);
		expect(Number(circles[0]!.r)).toBeGreaterThan(Number(circles[1]!.r));
		// Each link in its colour's group: the hot one alone, the two others together.
		const colours = lines.map((line) => line.group.stroke);
		expect(new Set(colours).size).toBe(2);
		expect(
			colours.filter((colour) => colour === drawn.getEdgeAttributes('r1', 't1').color)
		).toHaveLength(1);
	});

	it('writes an empty graph as an empty group', async () => {
		const { lines, circles } = parse(await sigmaSvg(emptySigmaGraph()));
		expect([lines.length, circles.length]).toEqual([0, 0]);
	});
});
