import { describe, expect, it } from 'vitest';
import { ResponseCache } from './response-cache';

describe('ResponseCache', () => {
	it('computes once per key and forgets the least recently used', () => {
		const cache = new ResponseCache(2);
		let calls = 0;
		const make = (text: string) => () => {
			calls++;
			return text;
		};
		const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
		expect(decode(cache.get('a', make('A')))).toBe('A');
		expect(decode(cache.get('a', make('changed')))).toBe('A');
		cache.get('b', make('B'));
		cache.get('a', make('A')); // a is now the most recent
		cache.get('c', make('C')); // evicts b
		expect(cache.peek('b')).toBeUndefined();
		expect(decode(cache.peek('a')!)).toBe('A');
		expect(calls).toBe(3);
		expect(cache.size).toBe(2);
	});
});
