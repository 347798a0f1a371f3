import type { ImportMapping } from '../graph/formats/mapping';

/**
 * Mappings remembered in this browser, by the shape of the file they were made for (its attribute
 * names or columns): the next file of the same shape is offered the same choices.
 */

const PREFIX = 'rolegraph:mapping:';

function storage(): Storage | undefined {
	try {
		return typeof localStorage === 'undefined' ? undefined : localStorage;
	} catch {
		return undefined;
	}
}

/** The mapping last used for files of this shape, if any. */
export function rememberedMapping(shape: string): ImportMapping | undefined {
	const text = storage()?.getItem(PREFIX + shape);
	if (!text) return undefined;
	try {
		const mapping = JSON.parse(text) as ImportMapping;
		return mapping.kind === 'graph' || mapping.kind === 'table' ? mapping : undefined;
	} catch {
		return undefined;
	}
}

/** Remembers the mapping a file of this shape was imported with. */
export function rememberMapping(shape: string, mapping: ImportMapping): void {
	try {
		storage()?.setItem(PREFIX + shape, JSON.stringify(mapping));
	} catch {
		// Storage full or refused: the mapping is simply not remembered.
	}
}
