import type { Core } from 'cytoscape';

/**
 * Marks the selected node, and when a node has focus (hovered, or selected) lights up its
 * neighbourhood and dims everything else. Zones and headers are never dimmed.
 */
export function applyHighlight(cy: Core, focus: string | null, selected: string | null): void {
	cy.batch(() => {
		// Only elements that carry a mark: restyling all of a big graph would take seconds.
		cy.elements('.dimmed, .highlighted, .selected, .hovered').removeClass(
			'dimmed highlighted selected hovered'
		);
		if (selected) cy.getElementById(selected).addClass('selected');
		if (!focus) return;
		const node = cy.getElementById(focus);
		if (node.empty() || !node.isNode()) return;
		if (focus !== selected) node.addClass('hovered');
		const neighbourhood = node.closedNeighborhood();
		cy.elements('node.item, node.hub, edge').difference(neighbourhood).addClass('dimmed');
		neighbourhood.edges().addClass('highlighted');
	});
}
