/**
 * A rendered page kept with its CSP nonce cut out, so that every response can carry a fresh one
 * without rendering the page again. Two renders of one address differ only in the nonce (the
 * data never changes while the server runs); the nonce is what makes the page's one inline
 * script runnable, so it must be new and unguessable in every response.
 *
 * The page's pieces between nonces are compressed once, each as raw deflate ending on a byte
 * boundary (a sync flush), so a gzip answer is those pieces with the nonce between them as a
 * stored (uncompressed) block, a final empty block and the trailer: no compression per response,
 * only a CRC over the bytes.
 *
 * Plain JavaScript with JSDoc types: server/front-door.js imports it as it is.
 */
import { randomBytes } from 'node:crypto';
import { constants, crc32, deflateRawSync } from 'node:zlib';

/** A nonce as SvelteKit makes one: 16 random bytes (128 bits), in base64. */
export function freshNonce() {
	return randomBytes(16).toString('base64');
}

/**
 * @typedef {object} SplicedBody A body with its nonces cut out.
 * @property {Buffer[]} parts the bytes between the nonces (one more than the nonces)
 * @property {Buffer[]} deflated each part as raw deflate, byte-aligned, not final
 * @property {number} bytes what it holds in memory
 */

/**
 * Cuts every occurrence of `nonce` out of a body and compresses the parts between.
 * @param {Buffer} body @param {string | undefined} nonce
 * @returns {SplicedBody}
 */
export function cutNonce(body, nonce) {
	/** @type {Buffer[]} */
	const parts = [];
	let from = 0;
	if (nonce) {
		const needle = Buffer.from(nonce, 'latin1');
		for (let at = body.indexOf(needle); at !== -1; at = body.indexOf(needle, from)) {
			parts.push(body.subarray(from, at));
			from = at + needle.length;
		}
	}
	parts.push(body.subarray(from));
	const deflated = parts.map((part) =>
		deflateRawSync(part, { level: 9, finishFlush: constants.Z_SYNC_FLUSH })
	);
	const bytes = [...parts, ...deflated].reduce((sum, piece) => sum + piece.length, 0);
	return { parts, deflated, bytes };
}

/** The body with `nonce` put back wherever one was cut out. */
export function plainWith(/** @type {SplicedBody} */ body, /** @type {string} */ nonce) {
	const filler = Buffer.from(nonce, 'latin1');
	return Buffer.concat(body.parts.flatMap((part, i) => (i === 0 ? [part] : [filler, part])));
}

/** gzip's header: deflate, no name, no time, unknown system. */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
/** The last deflate block: empty, stored, final. */
const FINAL_BLOCK = Buffer.from([1, 0, 0, 0xff, 0xff]);

/** Up to 65,535 bytes as one stored deflate block, not final (it starts on a byte boundary). */
function storedBlock(/** @type {Buffer} */ bytes) {
	const block = Buffer.alloc(5 + bytes.length);
	block.writeUInt16LE(bytes.length, 1);
	block.writeUInt16LE(~bytes.length & 0xffff, 3);
	bytes.copy(block, 5);
	return block;
}

/** The body gzipped with `nonce` put back: the parts compressed ahead, the nonce stored. */
export function gzipWith(/** @type {SplicedBody} */ body, /** @type {string} */ nonce) {
	const filler = Buffer.from(nonce, 'latin1');
	if (filler.length > 0xffff)
		throw new RangeError('A nonce that long does not fit a stored block.');
	const stored = storedBlock(filler);
	/** @type {Buffer[]} */
	const pieces = [GZIP_HEADER];
	let crc = 0;
	let size = 0;
	body.parts.forEach((part, i) => {
		if (i > 0) {
			pieces.push(stored);
			crc = crc32(filler, crc);
			size += filler.length;
		}
		pieces.push(/** @type {Buffer} */ (body.deflated[i]));
		crc = crc32(part, crc);
		size += part.length;
	});
	const trailer = Buffer.alloc(8);
	trailer.writeUInt32LE(crc >>> 0, 0);
	trailer.writeUInt32LE(size >>> 0, 4);
	pieces.push(FINAL_BLOCK, trailer);
	return Buffer.concat(pieces);
}
