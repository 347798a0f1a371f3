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
 * @property {number[]} crcs each part's CRC-32
 * @property {number[][]} shifts for each part, the operator that moves a CRC past it (crcAfter)
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
	const crcs = parts.map((part) => crc32(part));
	const shifts = parts.map((part) => zerosOperator(part.length));
	return { parts, deflated, crcs, shifts, bytes };
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
		// The CRC of what came before, moved past this part, and this part's own: no pass over its bytes.
		crc =
			(applyOperator(/** @type {number[]} */ (body.shifts[i]), crc) ^
				/** @type {number} */ (body.crcs[i])) >>>
			0;
		size += part.length;
	});
	const trailer = Buffer.alloc(8);
	trailer.writeUInt32LE(crc >>> 0, 0);
	trailer.writeUInt32LE(size >>> 0, 4);
	pieces.push(FINAL_BLOCK, trailer);
	return Buffer.concat(pieces);
}

/*
 * CRC-32 is linear over GF(2): the CRC of A followed by B is the CRC of A moved past |B| zero
 * bytes, XOR the CRC of B (zlib's crc32_combine). Moving a CRC past n zero bytes is a 32×32 bit
 * matrix, kept here as its 32 columns; it is worked out once per part (by squaring), so that a
 * response costs 32 XORs per part instead of a pass over the page.
 */

/** The CRC-32 polynomial, bit-reversed (as gzip's CRC reads bits, lowest first). */
const POLYNOMIAL = 0xedb88320;

/** A 32×32 bit matrix (its columns) applied to a 32-bit vector. */
function applyOperator(/** @type {number[]} */ matrix, /** @type {number} */ vector) {
	let result = 0;
	for (let column = 0; vector !== 0; column++, vector >>>= 1) {
		if (vector & 1) result ^= /** @type {number} */ (matrix[column]);
	}
	return result >>> 0;
}

/** The matrix of applying `second` after `first`. */
function compose(/** @type {number[]} */ second, /** @type {number[]} */ first) {
	return first.map((column) => applyOperator(second, column));
}

/** The operator that moves a CRC-32 past `length` zero bytes. */
export function zerosOperator(/** @type {number} */ length) {
	// One zero bit: the register shifts right, folding the polynomial in when its low bit was set.
	let step = [POLYNOMIAL, ...Array.from({ length: 31 }, (_, bit) => 2 ** bit)];
	for (let i = 0; i < 3; i++) step = compose(step, step); // 8 bits: one zero byte
	let result = Array.from({ length: 32 }, (_, bit) => 2 ** bit);
	for (let rest = length; rest > 0; rest = Math.floor(rest / 2)) {
		if (rest % 2 === 1) result = compose(step, result);
		step = compose(step, step);
	}
	return result;
}

/** The CRC-32 of A followed by B, from the CRC of A, the CRC of B and B's length. */
export function crc32Combine(
	/** @type {number} */ crcA,
	/** @type {number} */ crcB,
	/** @type {number} */ lengthB
) {
	return (applyOperator(zerosOperator(lengthB), crcA) ^ crcB) >>> 0;
}
