import type { CompareItem, Comparison } from '../graph/compare';

/**
 * Items as a page's inline data carries them. SvelteKit writes page data into the HTML with
 * devalue, which writes every key (an absent field as `hot:void 0`) and writes equal objects
 * again unless they are the same object. Items keep one shape on the server for speed (every
 * described field, undefined where absent), and each link has its own `{ role: sources }`
 * record; on the page that is 40 % of a comparison's data. Here absent fields are left out and
 * equal source records are one object, so devalue writes each once.
 */
export function lighterItems(
	items: readonly CompareItem[],
	records: Map<string, CompareItem['sources']> = new Map()
): CompareItem[] {
	return items.map((item) => {
		const light: CompareItem = { ...item };
		for (const key of Object.keys(light)) if (light[key] === undefined) delete light[key];
		const key = JSON.stringify(item.sources);
		let sources = records.get(key);
		if (!sources) records.set(key, (sources = item.sources));
		light.sources = sources;
		return light;
	});
}

/** A comparison as its page's inline data carries it (see lighterItems): the same facts, fewer bytes. */
export function lighterComparison(comparison: Comparison): Comparison {
	const records = new Map<string, CompareItem['sources']>();
	return {
		...comparison,
		shared: lighterItems(comparison.shared, records),
		onlyA: lighterItems(comparison.onlyA, records),
		onlyB: lighterItems(comparison.onlyB, records)
	};
}
