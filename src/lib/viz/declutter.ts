import type { Bounds } from './layout-spec';

/** A label's box (model units), with the node it belongs to. */
export interface LabelBox extends Bounds {
	id: string;
}

/** Side of a square of the grid that finds a box's neighbours: about one label wide. */
const CELL = 64;

/**
 * Which labels to show so that none sits on another: in the order given (most important
 * first), each label whose box, grown by `gap`, overlaps none already kept. A grid of cells
 * keeps it linear in the number of labels, however dense the drawing.
 */
export function labelsToShow(boxes: readonly LabelBox[], gap = 0): Set<string> {
	const kept = new Set<string>();
	const grid = new Map<string, LabelBox[]>();
	const cells = (box: Bounds) => {
		const keys: string[] = [];
		for (let x = Math.floor(box.x1 / CELL); x <= Math.floor(box.x2 / CELL); x++) {
			for (let y = Math.floor(box.y1 / CELL); y <= Math.floor(box.y2 / CELL); y++) {
				keys.push(`${x},${y}`);
			}
		}
		return keys;
	};
	for (const box of boxes) {
		const grown = { x1: box.x1 - gap, y1: box.y1 - gap, x2: box.x2 + gap, y2: box.y2 + gap };
		const keys = cells(grown);
		const clash = keys.some((key) => grid.get(key)?.some((other) => overlaps(grown, other)));
		if (clash) continue;
		kept.add(box.id);
		for (const key of keys) {
			const cell = grid.get(key);
			if (cell) cell.push(box);
			else grid.set(key, [box]);
		}
	}
	return kept;
}

/** Whether two boxes share any area (touching edges do not). */
export function overlaps(a: Bounds, b: Bounds): boolean {
	return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}
