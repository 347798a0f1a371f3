import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { compareMany, type ManyComparison } from '../graph/compare-many';
import { teamGraph } from '../test-support/team-graph';
import { STRUCTURAL } from './ids';
import {
	breakLongWords,
	drawnZones,
	manyElements,
	ZONES_GROUP,
	ZONES_SHOWN
} from './many-elements';
import { previewOf } from './preview';
import { stylesheet } from './style';

const titles = (cy: cytoscape.Core) =>
	cy
		.nodes('.zone-title')
		.map((n) => n.data('label'))
		.join(' / ');

function draw(roles = ['fe', 'be', 'fs', 'ops'], options = {}) {
	const comparison = compareMany(teamGraph(), roles);
	const drawing = manyElements(comparison, 16 / 9, options);
	return {
		cy: cytoscape({
			headless: true,
			styleEnabled: true,
			elements: drawing.elements,
			style: stylesheet('light')
		}),
		drawing
	};
}

/** A comparison with `count` zones of one item each (to see the smaller zones folded). */
function manyZones(count: number): ManyComparison {
	const roles = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, label: id.toUpperCase() }));
	return {
		roles,
		zones: Array.from({ length: count }, (_, z) => {
			const mask = z + 1;
			const zoneRoles = roles.filter((_r, i) => (mask & (1 << i)) !== 0).map((r) => r.id);
			return {
				roles: zoneRoles,
				items: [{ id: `n${z}`, label: `Item ${z}`, category: 'technology', sources: {} }]
			};
		}),
		missing: {}
	};
}

describe('manyElements', () => {
	it('titles every zone in words with its count, and draws a hub per role and every item', () => {
		const { cy, drawing } = draw();
		expect(drawing.zones.map((zone) => zone.title)).toEqual([
			'Frontend and Full-stack only · 2',
			'All four · 1',
			'Backend and Full-stack only · 1',
			'Only Ops · 1'
		]);
		expect(titles(cy)).toContain('All four · 1');
		expect(cy.nodes('.hub').map((n) => n.id())).toEqual(['fe', 'be', 'fs', 'ops']);
		expect(Object.fromEntries(cy.nodes('.item').map((n) => [n.id(), n.data('zone')]))).toEqual({
			css: 'AC',
			js: 'AC',
			git: 'ABCD',
			sql: 'BC',
			k8s: 'D'
		});
		expect(cy.nodes('.group-header').map((n) => n.data('label'))).toContain('Technologies · 2');
	});

	it('links each role to what it needs, drawn only while a node they touch has focus', () => {
		const { cy } = draw();
		const links = (role: string) =>
			cy
				.edges(`.link[source = "${role}"]`)
				.map((e) => e.target().id())
				.sort();
		expect(links('fs')).toEqual(['css', 'git', 'js', 'sql']);
		expect(links('ops')).toEqual(['git', 'k8s']);
		const link = cy.edges('.link').first();
		expect(link.style('display')).toBe('none');
		link.addClass('highlighted');
		expect(link.style('display')).toBe('element');
	});

	it('notes a category some roles have no data on', () => {
		const { cy } = draw();
		expect(cy.nodes('.missing-note').map((n) => n.data('label'))).toEqual([
			'Skills · no data for Ops: left out'
		]);
	});

	it('folds the smaller zones into one box, and unfolds them with expand=zones', () => {
		const comparison = manyZones(30);
		const folded = manyElements(comparison);
		const hidden = drawnZones(comparison, 6, new Set()).filter((zone) => zone.hidden);
		expect(hidden).toHaveLength(30 - ZONES_SHOWN);
		expect(folded.folded.get(ZONES_GROUP)).toBe(30 - ZONES_SHOWN);
		expect(folded.drawn.has('n0')).toBe(true);
		expect(folded.drawn.has('n29')).toBe(false);
		const box = folded.elements.find((e) => e.data.id === `${STRUCTURAL}more:${ZONES_GROUP}`);
		expect(box?.data.label).toBe(`+${30 - ZONES_SHOWN} zones`);
		expect(manyElements(comparison, 1.75, { expanded: [ZONES_GROUP] }).drawn.has('n29')).toBe(true);
		// A few zones over the limit are all drawn: folding a handful saves nothing.
		expect(manyElements(manyZones(20)).drawn.has('n19')).toBe(true);
		// Without a cap, everything is drawn.
		expect(manyElements(comparison, 1.75, { cap: null }).drawn.has('n29')).toBe(true);
	});

	it('leaves the links out of the still picture, and puts the zone titles in it', () => {
		const { drawing } = draw();
		const preview = previewOf(drawing.elements, drawing.bounds)!;
		expect(preview.links).toEqual([]);
		expect(preview.texts.filter((t) => t.kind === 'title').map((t) => t.text)).toContain(
			'All four · 1'
		);
		expect(preview.zones.map((zone) => zone.zone)).toContain('some');
	});
});

describe('breakLongWords', () => {
	it.each([
		['PricewaterhouseCoopers TeamMate', 'Pricewaterhous- eCoopers TeamMate'],
		['Apache Kafka', 'Apache Kafka'],
		['abcdefghijklmnopqrstuvwxyzabcd', 'abcdefghijklmn- opqrstuvwxyzab- cd']
	])('%s → %s', (label, shown) => {
		expect(breakLongWords(label)).toBe(shown);
	});
});
