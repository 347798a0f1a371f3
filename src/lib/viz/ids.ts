import type { Category } from '../graph/types';

/**
 * Prefix of the ids of drawing-only elements (zones, headers, edges). Node ids can never hold
 * control characters (the schema forbids them), so these never clash with data ids.
 */
export const STRUCTURAL = '\u001f';

/** The classes of a drawn data node: its category, and whether it is drawn as a hub or an item. */
export function nodeClasses(category: Category, role: 'hub' | 'item'): string {
	return `${role} ${category}`;
}

/** Whether a Cytoscape element id belongs to a data node (rather than a zone, header or edge). */
export function isDataId(id: string): boolean {
	return !id.startsWith(STRUCTURAL);
}
