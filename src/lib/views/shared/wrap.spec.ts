import { describe, expect, it } from 'vitest';
import { wrapText } from './wrap';

describe('wrapText', () => {
	it('breaks at spaces, never past the width unless one word is longer', () => {
		expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
		expect(wrapText('a verylongword b', 5)).toEqual(['a', 'verylongword', 'b']);
		expect(wrapText('  spaced\n out  ', 80)).toEqual(['spaced out']);
		expect(wrapText('', 10)).toEqual([]);
	});
});
