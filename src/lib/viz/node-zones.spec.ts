import { describe, expect, it } from 'vitest';
import { foldList, zoneCap } from './node-zones';

const items = (spec: string) =>
	spec
		.split(' ')
		.map((token, index) => ({ id: `${token}${index}`, kind: token === '-' ? undefined : token }));
const kinds = (folded: ReturnType<typeof foldList<{ id: string; kind?: string }>>) =>
	folded.groups.map((group) => `${group.header ?? '-'}:${group.items.map((i) => i.id).join(',')}`);

describe('foldList', () => {
	it('keeps everything when open, without a cap, or when only one would be hidden', () => {
		const list = items('a a a a');
		expect(foldList(list, 2, true).hidden).toBe(0);
		expect(foldList(list, null, false).hidden).toBe(0);
		expect(foldList(list, 3, false).hidden).toBe(0);
		expect(foldList(list, 2, false)).toMatchObject({ shown: 2, hidden: 2 });
	});

	it('takes the best few of as few kinds as fill the cap', () => {
		// Cap 4, 2 a kind: two kinds (a, b, as they first come), two of each.
		const folded = foldList(items('a b a c b a b d'), 4, false, (item) => item.kind, 2);
		expect(kinds(folded)).toEqual(['a:a0,a2', 'b:b1,b4']);
		expect(folded.hidden).toBe(4);
	});

	it('does not limit entries without a kind', () => {
		const folded = foldList(items('- - - - - -'), 4, false, (item) => item.kind, 2);
		expect(kinds(folded)).toEqual(['-:-0,-1,-2,-3']);
	});

	it('groups everything by kind when open', () => {
		const folded = foldList(items('a b a'), 1, true, (item) => item.kind, 1);
		expect(kinds(folded)).toEqual(['a:a0,a2', 'b:b1']);
	});
});

describe('zoneCap', () => {
	it('draws fewer roles a zone as there are more zones, 2 to 12', () => {
		expect([1, 4, 10, 22, 100].map(zoneCap)).toEqual([12, 10, 4, 2, 2]);
	});
});
