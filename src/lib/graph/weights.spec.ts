import { describe, expect, it } from 'vitest';
import { ratedGraph, ratedGraphData } from '../test-support/answers-graph';
import { fromValidated } from './build';
import { tinyGraph } from '../test-support/tiny-graph';
import type { EdgeAttributes } from './types';
import { describeWeights, linkWeight, weightReasons, type WeightScheme } from './weights';

describe('describeWeights', () => {
	it('describes the rated attributes a dataset carries, with their range, and its signals', () => {
		expect(describeWeights(ratedGraph())).toEqual({
			attributes: [
				{ kind: 'scale', attribute: 'importance', name: 'importance', low: 3, high: 5, bonus: 1 },
				{ kind: 'flag', attribute: 'hot', bonus: 0.5, says: 'a hot technology', mark: 'hot' },
				{
					kind: 'flag',
					attribute: 'inDemand',
					bonus: 0.5,
					says: 'in demand in job postings',
					mark: 'in demand'
				}
			],
			signals: { needs: 1, tasks: 6 }
		});
	});

	it('gives equal weights where a dataset rates nothing', () => {
		const scheme = describeWeights(tinyGraph());
		expect(scheme.attributes).toEqual([]);
		expect(linkWeight(scheme, { relation: 'needs', sources: ['s1'] })).toBe(1);
	});

	it('counts titles and descriptions only where roles have them', () => {
		const data = ratedGraphData();
		data.nodes[0]!.attributes.aliases = ['Programmer'];
		data.nodes[1]!.attributes.description = 'Builds web sites.';
		expect(describeWeights(fromValidated(data)).signals).toEqual({
			needs: 1,
			titles: 6,
			tasks: 6,
			description: 1
		});
	});

	it('takes a numeric level on links where an import carries one', () => {
		const data = ratedGraphData();
		// `level` is not in the schema yet: built without validation, as a future import would.
		(data.edges[5]!.attributes as EdgeAttributes & { level: number }).level = 2;
		(data.edges[6]!.attributes as EdgeAttributes & { level: number }).level = 4;
		const scheme = describeWeights(fromValidated(data));
		expect(scheme.attributes).toContainEqual({
			kind: 'scale',
			attribute: 'level',
			name: 'level',
			low: 2,
			high: 4,
			bonus: 1
		});
		const link = (level: number) =>
			({ relation: 'needs', sources: ['s1'], level }) as unknown as EdgeAttributes;
		expect(linkWeight(scheme, link(3))).toBe(1.5);
		expect(linkWeight(scheme, link(4))).toBe(2);
	});
});

describe('linkWeight', () => {
	const scheme = describeWeights(ratedGraph());
	const link = (extra: Partial<EdgeAttributes>): EdgeAttributes => ({
		relation: 'needs',
		sources: ['s1'],
		...extra
	});

	it('adds a rating’s share of its range and each flag’s bonus to 1', () => {
		expect(linkWeight(scheme, link({}))).toBe(1);
		expect(linkWeight(scheme, link({ importance: 3 }))).toBe(1);
		expect(linkWeight(scheme, link({ importance: 4 }))).toBe(1.5);
		expect(linkWeight(scheme, link({ importance: 5 }))).toBe(2);
		expect(linkWeight(scheme, link({ hot: true }))).toBe(1.5);
		expect(linkWeight(scheme, link({ hot: true, inDemand: true }))).toBe(2);
		expect(linkWeight(scheme, link({ hot: false }))).toBe(1);
	});

	it('keeps a rating outside the range the scheme knows within its bonus', () => {
		expect(linkWeight(scheme, link({ importance: 7 }))).toBe(2);
		expect(linkWeight(scheme, link({ importance: 1 }))).toBe(1);
	});

	it('counts every rated link fully when a dataset gives one value only', () => {
		const flat: WeightScheme = {
			attributes: [
				{ kind: 'scale', attribute: 'importance', name: 'importance', low: 4, high: 4, bonus: 1 }
			],
			signals: { needs: 1 }
		};
		expect(linkWeight(flat, link({ importance: 4 }))).toBe(2);
	});

	it('says why in words', () => {
		expect(weightReasons(scheme, link({ importance: 4.5, hot: true, inDemand: true }))).toEqual([
			'importance 4.5 (this dataset rates 3–5)',
			'a hot technology',
			'in demand in job postings'
		]);
		expect(weightReasons(scheme, link({}))).toEqual([]);
	});
});
