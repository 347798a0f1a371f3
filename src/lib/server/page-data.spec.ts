import { beforeAll, describe, expect, it } from 'vitest';
import { compareRoles } from '../graph/compare';
import type { Comparison } from '../graph/compare';
import type { KnowledgeGraph } from '../graph/types';
import { onetGraph, seedGraph } from '../test-support/graphs';
import { lighterComparison } from './page-data';

const itemsOf = (comparison: Comparison) => [
	...comparison.shared,
	...comparison.onlyA,
	...comparison.onlyB
];

describe('lighterComparison', () => {
	let onet: KnowledgeGraph;
	beforeAll(async () => {
		onet = await onetGraph();
	});

	it('says the same as the comparison, with no absent field written out', () => {
		const full = compareRoles(onet, '15-1252.00', '15-1254.00');
		const light = lighterComparison(full);
		// JSON leaves undefined out: equal JSON is the same facts.
		expect(JSON.stringify(light)).toBe(JSON.stringify(full));
		const items = itemsOf(light);
		expect(items).toHaveLength(itemsOf(full).length);
		expect(items.some((item) => Object.values(item).includes(undefined))).toBe(false);
		// The full items do carry absent fields (what devalue writes as `void 0`).
		expect(itemsOf(full).some((item) => Object.values(item).includes(undefined))).toBe(true);
		expect(items.find((item) => item.id === 'python')).toMatchObject({ hot: true });
	});

	it('shares one record among items citing the same sources, and changes no item it was given', async () => {
		const full = compareRoles(onet, '15-1252.00', '15-1254.00');
		const light = lighterComparison(full);
		const records = new Set(itemsOf(light).map((item) => item.sources));
		const distinct = new Set(itemsOf(full).map((item) => JSON.stringify(item.sources)));
		expect(records.size).toBe(distinct.size);
		expect(new Set(itemsOf(full).map((item) => item.sources)).size).toBeGreaterThan(records.size);
		expect(Object.isFrozen(full.onlyA[0])).toBe(true);

		const seed = compareRoles(await seedGraph(), 'backend-engineer', 'backend-developer');
		expect(JSON.stringify(lighterComparison(seed))).toBe(JSON.stringify(seed));
	});
});
