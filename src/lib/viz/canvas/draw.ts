import type { Core, ElementDefinition } from 'cytoscape';
import { runLayout } from '../cytoscape';
import type { LayoutSpec } from '../layout-spec';
import { inTurns } from '../turns';

/** Elements added at a time: a slice takes well under 200 ms, so the page stays responsive. */
const SLICE = 3000;
/** Up to this many elements, styles and bounds are worked out in one task. */
const ONE_GO = 500;

/**
 * Replaces a canvas's drawing: adds the elements (big drawings slice by slice, telling
 * `progress` how far along), works out every element's style and bounds in turns so the first
 * frame only paints, runs the layout, and resolves once Cytoscape has painted the result (its
 * next 'render', or two animation frames on should nothing need repainting). Resolves false as
 * soon as `current()` says a newer drawing has replaced this one.
 */
export async function draw(
	core: Core,
	elements: ElementDefinition[],
	layout: LayoutSpec,
	current: () => boolean,
	progress: (text: string) => void = () => {}
): Promise<boolean> {
	if (!(await addInSlices(core, elements, current, progress))) return false;
	const all = core.elements();
	// A small drawing in one go (~60–90 ms for the seed graph's 200 elements; in turns, the pauses
	// between them took as long again); a big one in turns, so no task runs long.
	if (all.length <= ONE_GO) all.boundingBox();
	else if (!(await inTurns(all.length, 25, (s, e) => all.slice(s, e).boundingBox(), current))) {
		return false;
	}
	await runLayout(core, layout);
	if (!current()) return false;
	await new Promise<void>((resolve) => {
		let done = false;
		const finish = () => {
			if (done) return;
			done = true;
			resolve();
		};
		core.one('render', finish);
		requestAnimationFrame(() => requestAnimationFrame(finish));
	});
	return current();
}

async function addInSlices(
	core: Core,
	next: ElementDefinition[],
	current: () => boolean,
	progress: (text: string) => void
): Promise<boolean> {
	core.elements().remove();
	if (next.length <= SLICE) {
		core.add(next);
		return true;
	}
	const total = next.length.toLocaleString('en');
	const added = await inTurns(
		next.length,
		SLICE,
		(start, end) => core.batch(() => core.add(next.slice(start, end))),
		current,
		(done) => progress(`Drawing ${done.toLocaleString('en')} of ${total} elements…`)
	);
	progress('');
	return added;
}
