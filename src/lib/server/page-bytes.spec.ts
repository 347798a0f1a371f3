import fc from 'fast-check';
import { crc32, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32Combine, cutNonce, freshNonce, gzipWith, plainWith } from './page-bytes.js';

const page = (nonce: string) =>
	Buffer.from(
		`<!doctype html><title>é ✓</title><script nonce="${nonce}">start()</script>` +
			'<p>'.repeat(5000) +
			`<script nonce="${nonce}">more()</script></html>`
	);

describe('a page kept with its nonce cut out', () => {
	it('gives the page back with a fresh nonce, plain and gzipped', () => {
		const first = freshNonce();
		const body = cutNonce(page(first), first);
		expect(body.parts).toHaveLength(3);
		const next = freshNonce();
		expect(next).not.toBe(first);
		expect(plainWith(body, next).equals(page(next))).toBe(true);
		const zipped = gzipWith(body, next);
		expect(gunzipSync(zipped).equals(page(next))).toBe(true);
		// Compressed ahead: far smaller than the page.
		expect(zipped.length).toBeLessThan(page(next).length / 5);
	});

	it('keeps a page without a nonce whole', () => {
		const body = cutNonce(Buffer.from('<p>no script</p>'), undefined);
		expect(body.parts).toHaveLength(1);
		expect(gunzipSync(gzipWith(body, 'x')).toString()).toBe('<p>no script</p>');
	});

	it('makes nonces of 128 random bits, as SvelteKit does', () => {
		const nonces = new Set(Array.from({ length: 1000 }, freshNonce));
		expect(nonces.size).toBe(1000);
		for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
	});
});

describe('CRC-32 of joined bytes, from the parts’ CRCs', () => {
	it('is the CRC of the whole, for any two byte strings', () => {
		fc.assert(
			fc.property(
				fc.uint8Array({ maxLength: 3000 }),
				fc.uint8Array({ maxLength: 3000 }),
				(a, b) => {
					const whole = crc32(Buffer.concat([a, b]));
					expect(crc32Combine(crc32(a), crc32(b), b.length)).toBe(whole);
				}
			)
		);
	});
});
