import type { StylesheetJson } from 'cytoscape';
import { CATEGORY_STYLES } from './category-styles';
import { CATEGORIES } from '../graph/types';
import { METRICS } from './metrics';
import { PALETTES, type ThemeName } from './theme';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/**
 * The Cytoscape stylesheet for a theme: category colours and shapes, zones, hubs, highlight.
 * `big` drawings (thousands of elements) get cheaper edges and show item labels only when zoomed in.
 */
export function stylesheet(
	theme: ThemeName,
	{ big = false }: { big?: boolean } = {}
): StylesheetJson {
	const p = PALETTES[theme];
	return [
		{
			// Drawing order by z-index alone: zone boxes, then edges, then nodes, then hubs.
			selector: 'node, edge',
			style: { 'z-index-compare': 'manual', 'z-index': 2 }
		},
		{
			selector: 'node',
			style: {
				'font-family': FONT,
				'font-size': METRICS.fontSize,
				color: p.text,
				label: 'data(label)',
				'text-wrap': 'wrap',
				'text-max-width': `${METRICS.labelWidth}px`,
				'min-zoomed-font-size': 4
			}
		},
		{
			selector: 'node.item',
			style: {
				width: METRICS.nodeSize,
				height: METRICS.nodeSize,
				'border-width': 1.5,
				'border-color': p.background,
				'text-valign': 'bottom',
				'text-margin-y': 3,
				'text-background-color': p.background,
				'text-background-opacity': 0.85,
				'text-background-padding': '1px',
				'text-background-shape': 'roundrectangle'
			}
		},
		// Category styles match classes, not data: measured, class selectors cut the first
		// style pass by about a third.
		...CATEGORIES.map((category) => ({
			selector: `node.${category}`,
			style: {
				shape: CATEGORY_STYLES[category].shape as 'ellipse',
				'background-color': p.category[category]
			}
		})),
		{ selector: 'node.item.flagged', style: { 'border-width': 3, 'border-color': p.flag } },
		{
			// A folded group's "+N more": a dashed pill that expands the group when clicked.
			selector: 'node.more',
			style: {
				shape: 'round-rectangle',
				width: 'data(w)',
				height: 'data(h)',
				'background-color': p.background,
				'border-width': 1.5,
				'border-style': 'dashed',
				'border-color': p.softText,
				color: p.text,
				'font-size': 11,
				'font-weight': 'bold',
				'text-valign': 'center',
				'text-halign': 'center',
				'text-wrap': 'none'
			}
		},
		{
			selector: 'node.hub',
			style: {
				shape: 'round-rectangle',
				width: 'data(w)',
				height: 'data(h)',
				'background-color': p.hub,
				color: p.hubText,
				'font-size': METRICS.hubFontSize,
				'font-weight': 'bold',
				'text-valign': 'center',
				'text-halign': 'center',
				'text-max-width': '130px',
				'border-width': 0,
				'z-index': 3
			}
		},
		{
			// A role among hundreds of others (a drawing placed ahead, as O*NET's): a small square
			// with its name below, so roles leave room for each other and for what they link to.
			selector: 'node.hub.dense',
			style: {
				width: 16,
				height: 16,
				color: p.text,
				'font-size': 12,
				'text-valign': 'bottom',
				'text-margin-y': 3,
				'text-max-width': '120px',
				'text-background-color': p.background,
				'text-background-opacity': 0.85,
				'text-background-padding': '1px',
				'text-background-shape': 'roundrectangle'
			}
		},
		{
			selector: 'node.zone',
			style: {
				shape: 'round-rectangle',
				width: 'data(width)',
				height: 'data(height)',
				'z-index': 0,
				'background-opacity': 1,
				'border-width': 1,
				'border-color': p.zoneBorder,
				'font-size': 16,
				'font-weight': 'bold',
				'text-valign': 'top',
				'text-halign': 'center',
				'text-margin-y': -6,
				'text-max-width': '600px',
				events: 'no'
			}
		},
		{ selector: 'node.zone-onlyA', style: { 'background-color': p.zoneA } },
		{ selector: 'node.zone-shared', style: { 'background-color': p.zoneShared } },
		{ selector: 'node.zone-onlyB', style: { 'background-color': p.zoneB } },
		{ selector: 'node.zone-some', style: { 'background-color': p.background } },
		{
			// A zone's title, line by line, inside its box (the drawing of several roles).
			selector: 'node.zone-title',
			style: {
				width: 1,
				height: 1,
				'background-opacity': 0,
				'border-width': 0,
				'font-size': 15,
				'font-weight': 'bold',
				'text-wrap': 'none',
				'text-valign': 'center',
				'text-halign': 'center',
				events: 'no'
			}
		},
		{
			selector: 'node.group-header, node.empty-note',
			style: {
				width: 1,
				height: 1,
				'background-opacity': 0,
				'border-width': 0,
				color: p.softText,
				'font-size': 10,
				'font-weight': 'bold',
				'text-transform': 'uppercase',
				'text-max-width': '400px',
				'text-valign': 'center',
				'text-halign': 'center',
				events: 'no'
			}
		},
		{
			selector: 'node.empty-note',
			style: { 'font-size': 12, 'font-weight': 'normal', 'text-transform': 'none' }
		},
		{ selector: 'node.missing-note', style: { 'font-style': 'italic', color: p.text } },
		{
			selector: 'edge',
			style: {
				width: 1,
				'line-color': p.edge,
				'curve-style': 'straight',
				opacity: 0.35,
				'z-index': 1
			}
		},
		{ selector: 'edge.link-a', style: { 'line-color': p.edgeA } },
		{ selector: 'edge.link-b', style: { 'line-color': p.edgeB } },
		// Links drawn only while a node they touch has focus (they would cross everything else).
		{ selector: 'edge.focus-only', style: { display: 'none' } },
		{ selector: 'edge.focus-only.highlighted', style: { display: 'element' } },
		{
			selector: 'edge.relation',
			style: {
				width: 2.5,
				opacity: 0.9,
				'line-color': p.softText,
				'target-arrow-shape': 'triangle',
				'target-arrow-color': p.softText,
				'curve-style': 'segments',
				'segment-distances': 'data(distances)',
				'segment-weights': [0, 1],
				'edge-distances': 'node-position',
				label: 'data(label)',
				'font-family': FONT,
				'font-size': 16,
				'font-style': 'italic',
				color: p.text,
				'text-background-color': p.background,
				'text-background-opacity': 1,
				'text-background-padding': '3px'
			}
		},
		{ selector: 'edge.relation.mutual', style: { 'target-arrow-shape': 'none' } },
		// A label that would sit on a more important one (viz/canvas/labels.ts), unless pointed at.
		{ selector: 'node.label-hidden', style: { 'text-opacity': 0 } },
		{
			selector: 'node.label-hidden.selected, node.label-hidden.hovered',
			style: { 'text-opacity': 1 }
		},
		// A view that points out some items (what to learn first) draws the others set aside.
		{ selector: 'node.item.aside', style: { opacity: 0.35 } },
		{ selector: 'edge.aside', style: { opacity: 0.1 } },
		{ selector: 'node.item.listed', style: { 'font-weight': 'bold' } },
		{ selector: '.dimmed', style: { opacity: 0.12 } },
		{ selector: 'edge.highlighted', style: { opacity: 1, width: 2.5, 'z-index': 1 } },
		{
			selector: 'node.selected, node.hovered',
			style: {
				'border-width': 3,
				'border-color': p.focus,
				'z-index': 3
			}
		},
		{
			selector: 'node.hub.selected, node.hub.hovered',
			style: { 'border-width': 4, 'border-color': p.focus }
		},
		{ selector: 'node.aside.selected, node.aside.hovered', style: { opacity: 1 } },
		...((big
			? [
					{
						selector: 'edge',
						style: { 'curve-style': 'haystack', 'haystack-radius': 0, width: 0.6, opacity: 0.3 }
					},
					{
						selector: 'node.item',
						style: {
							width: 10,
							height: 10,
							'border-width': 0,
							'text-background-opacity': 0,
							'min-zoomed-font-size': 10
						}
					},
					{ selector: 'node.item.flagged', style: { 'border-width': 2 } },
					{
						selector: 'node.hub',
						style: { 'font-size': 12, 'min-zoomed-font-size': 6 }
					},
					{ selector: 'edge.highlighted', style: { opacity: 0.9, width: 1.5 } }
				]
			: []) as StylesheetJson)
	];
}
