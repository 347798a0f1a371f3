import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { compareRoles, type Comparison } from '../graph/compare';
import { tinyGraph } from '../test-support/tiny-graph';
import type { Category } from '../graph/types';
import { isDataId } from './ids';
import { labelLines, METRICS } from './metrics';
import { missingNotes, overlapElements, zoneTitles } from './overlap-elements';
import { placementOf } from './placement';
import { stylesheet } from './style';

function draw(a = 'eng', b = 'dev') {
	const comparison = compareRoles(tinyGraph(), a, b);
	const relations =
		a === b ? [] : [{ source: 'eng', target: 'dev', relation: 'buildsFoundationFor' as const }];
	const { elements } = overlapElements(comparison, relations);
	return cytoscape({ headless: true, elements, style: stylesheet('light') });
}

describe('overlapElements', () => {
	it("lays out a view's own labels (the gap view's numbers), so a longer label gets its room", () => {
		const comparison = compareRoles(tinyGraph(), 'eng', 'dev');
		const plain = overlapElements(comparison);
		const long = 'A label made long enough to wrap onto several lines under its node';
		const relabelled = overlapElements(comparison, [], 16 / 9, {
			labelOf: (id, label) => (id === 'php' ? long : label)
		});
		const node = (drawing: typeof plain, id: string) =>
			drawing.elements.find((element) => element.data.id === id)!;
		expect(node(relabelled, 'php').data.label).toBe(long);
		expect(node(relabelled, 'java').data.label).toBe(node(plain, 'java').data.label);
		// Its row is taller by the label's extra lines: the node under it moves down to match.
		const gap = (drawing: typeof plain) =>
			node(drawing, 'debug').position!.y - node(drawing, 'php').position!.y;
		const extra = (labelLines(long) - labelLines('PHP')) * METRICS.lineHeight;
		expect(gap(plain)).toBeGreaterThan(0);
		expect(gap(relabelled) - gap(plain)).toBeCloseTo(extra, 5);
		expect(extra).toBeGreaterThan(0);
	});

	it('draws three titled zones, the hubs, and every compared node', () => {
		const cy = draw();
		expect(cy.nodes('.zone').map((n) => n.data('label'))).toEqual([
			'Only Engineer · 1',
			'Shared · 2',
			'Only Developer · 2'
		]);
		expect(cy.nodes('.hub').map((n) => n.id())).toEqual(['eng', 'dev']);
		expect(cy.nodes('.item').map((n) => [n.id(), n.data('zone')])).toEqual([
			['nginx', 'onlyA'],
			['java', 'shared'],
			['teamwork', 'shared'],
			['php', 'onlyB'],
			['debug', 'onlyB']
		]);
	});

	it('links each role to the nodes it needs, and draws the relation between the roles', () => {
		const cy = draw();
		const links = (role: string) =>
			cy
				.edges(`.link[source = "${role}"]`)
				.map((e) => e.target().id())
				.sort();
		expect(links('eng')).toEqual(['java', 'nginx', 'teamwork']);
		expect(links('dev')).toEqual(['debug', 'java', 'php', 'teamwork']);
		expect(cy.edges('.relation').map((e) => e.data('label'))).toEqual([
			'builds the foundation for'
		]);
	});

	it('styles categories with both a shape and a colour', () => {
		const cy = draw();
		const look = (id: string) => [cy.$id(id).style('shape'), cy.$id(id).style('background-color')];
		expect(look('java')).not.toEqual(look('teamwork'));
		expect(look('java')[0]).not.toBe(look('teamwork')[0]);
		expect(look('java')[1]).not.toBe(look('teamwork')[1]);
	});

	it('keeps drawing-only ids apart from data ids', () => {
		const cy = draw();
		const dataIds = cy
			.nodes()
			.filter((n) => isDataId(n.id()))
			.map((n) => n.id());
		expect(dataIds.sort()).toEqual(['debug', 'dev', 'eng', 'java', 'nginx', 'php', 'teamwork']);
	});

	it('draws one hub when a role is compared with itself', () => {
		const cy = draw('dev', 'dev');
		expect(cy.nodes('.hub').length).toBe(1);
		expect(cy.nodes('.empty-note').map((n) => n.data('label'))).toEqual([
			'Nothing only Developer needs',
			'Nothing only Developer needs'
		]);
	});

	it('titles zones with their counts', () => {
		const comparison = compareRoles(tinyGraph(), 'eng', 'lonely');
		expect(zoneTitles(comparison)).toEqual({
			onlyA: 'Only Engineer · 3',
			shared: 'Shared · 0',
			onlyB: 'Only Lonely Role · 0'
		});
	});
});

describe('missing data in an overlap view', () => {
	const comparison = (missing: Record<string, Category[]>): Comparison => ({
		a: { id: 'wd', label: 'Web Developers' },
		b: { id: 'sd', label: 'Software Developers' },
		shared: [],
		onlyA: [{ id: 'js', label: 'JavaScript', category: 'technology', sources: { wd: ['s'] } }],
		onlyB: [],
		missing
	});

	it('notes a missing category where its items would be: the other role’s "only" zone', () => {
		expect(missingNotes(comparison({ sd: ['skill'] }))).toEqual({
			onlyA: [
				{
					category: 'skill',
					roles: ['Software Developers'],
					text: 'Skills · no data for Software Developers'
				}
			]
		});
		expect(missingNotes(comparison({ wd: ['skill'], sd: ['skill'] })).shared?.[0]?.text).toBe(
			'Skills · no data for Web Developers and Software Developers'
		);
		expect(missingNotes(comparison({}))).toEqual({});
	});

	it('draws the note in the zone, and places a node folded, missing, filtered or unlinked', () => {
		const view = overlapElements(comparison({ sd: ['skill'] }));
		const note = view.elements.find((element) => element.classes?.includes('missing-note'));
		expect(note?.data.label).toBe('Skills · no data for Software Developers');
		const drawn = new Set(view.layout.items.keys());
		const place = (id: string, category: Category, linkedTo: string[]) =>
			placementOf({ id, category }, comparison({ sd: ['skill'] }), drawn, view.folded, linkedTo)
				.kind;
		expect(place('js', 'technology', ['wd'])).toBe('drawn');
		expect(place('writing', 'skill', ['wd'])).toBe('unknown');
		expect(place('php', 'technology', ['wd'])).toBe('filtered');
		expect(place('cobol', 'technology', ['other-role'])).toBe('unlinked');
	});

	it('folds big groups keeping a view’s own ranking first, when it gives one', () => {
		const items = Array.from({ length: 20 }, (_, i) => ({
			id: `t${String(i).padStart(2, '0')}`,
			label: `T${String(i).padStart(2, '0')}`,
			category: 'technology' as const,
			sources: { b: ['s'] },
			...(i < 12 ? { hot: true as const } : {})
		}));
		const big: Comparison = {
			a: { id: 'a', label: 'A' },
			b: { id: 'b', label: 'B' },
			shared: [],
			onlyA: [],
			onlyB: items,
			missing: {}
		};
		const drawnIds = (rank?: Map<string, number>) =>
			[...overlapElements(big, [], 16 / 9, { cap: 12, rank }).drawn].filter((id) =>
				id.startsWith('t')
			);
		// Display order draws the hot ones; a ranking draws its first twelve whatever they are.
		expect(drawnIds()).toEqual(items.slice(0, 12).map((item) => item.id));
		const rank = new Map(items.map((item, i) => [item.id, 20 - i]));
		expect(drawnIds(rank)).toEqual(
			items
				.slice(8)
				.reverse()
				.map((item) => item.id)
		);
	});
});
