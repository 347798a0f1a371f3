import { FormatError } from './format-error';

/**
 * A file's bytes as text, decoded the same way in the browser and on the command line:
 *
 * 1. A byte-order mark says the encoding: UTF-8, UTF-16LE or UTF-16BE.
 * 2. Otherwise the file is read as UTF-8 if it is valid UTF-8.
 * 3. If it is not, it is read as Windows-1252 — what Excel and older Windows tools write in
 *    Western Europe and the Americas, and a superset of Latin-1 — with a notice saying so, since
 *    refusing it would leave a person to find a converter for the most common case. An XML file
 *    that declares another encoding, and bytes that mean nothing in Windows-1252, are refused.
 *
 * Windows-1252 is decoded from its table here, not by TextDecoder: Node 20.18.3 and later decode
 * it as Latin-1 (nodejs/node#60888), which would make the two paths disagree on € and curly quotes.
 */
export interface DecodedText {
	text: string;
	/** Set when the file was not UTF-8 and was read as Windows-1252. */
	notice?: string;
}

/** Windows-1252's characters for bytes 0x80–0x9F (0 where the byte means nothing). */
const WINDOWS_1252_HIGH = [
	0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
	0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161,
	0x203a, 0x0153, 0, 0x017e, 0x0178
];

/** Encoding labels that mean Windows-1252 (as the WHATWG Encoding Standard maps them). */
const WINDOWS_1252_LABELS =
	/^(?:windows-1252|cp1252|x-cp1252|iso-8859-1|iso8859-1|iso_8859-1|iso-ir-100|latin1|l1|us-ascii|ascii|ansi_x3\.4-1968|ibm819|cp819|csisolatin1)$/i;

/** How many bytes (from the start) are looked at for NUL bytes, the mark of a binary file. */
const SNIFF_BYTES = 8192;

function lineOf(bytes: Uint8Array, index: number): number {
	let line = 1;
	for (let i = 0; i < index; i++) if (bytes[i] === 0x0a) line++;
	return line;
}

/** The index of the first byte that makes the bytes invalid UTF-8 (for the message). */
function firstInvalidUtf8(bytes: Uint8Array): number {
	const lenient = new TextDecoder('utf-8').decode(bytes);
	const replaced = lenient.indexOf('\uFFFD');
	return new TextEncoder().encode(lenient.slice(0, Math.max(0, replaced))).length;
}

function hex(byte: number): string {
	return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}

function decodeWindows1252(bytes: Uint8Array, name: string): string {
	const chars: string[] = [];
	const CHUNK = 8192;
	for (let start = 0; start < bytes.length; start += CHUNK) {
		const codes: number[] = [];
		const end = Math.min(bytes.length, start + CHUNK);
		for (let i = start; i < end; i++) {
			const byte = bytes[i]!;
			const code = byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80]! : byte;
			if (code === 0) {
				throw new FormatError(
					`${name} is neither UTF-8 nor Windows-1252 text (byte ${hex(byte)} at line ${lineOf(bytes, i)} means nothing in either). Save it as UTF-8 and import it again.`,
					'encoding'
				);
			}
			codes.push(code);
		}
		chars.push(String.fromCharCode(...codes));
	}
	return chars.join('');
}

/** The encoding an XML declaration at the start of the bytes names, if any. */
function declaredXmlEncoding(bytes: Uint8Array): string | undefined {
	const start = String.fromCharCode(...bytes.subarray(0, 200));
	return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(start)?.[1];
}

function utf16(bytes: Uint8Array, label: 'utf-16le' | 'utf-16be', name: string): string {
	try {
		return new TextDecoder(label, { fatal: true }).decode(bytes.subarray(2));
	} catch {
		throw new FormatError(
			`${name} starts with a ${label.toUpperCase()} byte-order mark but is not valid ${label.toUpperCase()} text. Save it as UTF-8 and import it again.`,
			'encoding'
		);
	}
}

function binary(name: string): FormatError {
	return new FormatError(
		`${name} looks like a binary file (it holds NUL bytes), not text. rolegraph reads text files: UTF-8, UTF-16 with a byte-order mark, or Windows-1252.`,
		'binary'
	);
}

/** Decodes a file's bytes (see above); throws FormatError for binary files and unknown encodings. */
export function decodeText(bytes: Uint8Array, name: string): DecodedText {
	const decoded = decodeBytes(bytes, name);
	if (decoded.text.slice(0, SNIFF_BYTES).includes('\u0000')) throw binary(name);
	return decoded;
}

function decodeBytes(bytes: Uint8Array, name: string): DecodedText {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		try {
			return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3)) };
		} catch {
			// A UTF-8 mark on bytes that are not UTF-8: treated like any other file that is not.
		}
	}
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: utf16(bytes, 'utf-16le', name) };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: utf16(bytes, 'utf-16be', name) };
	if (bytes.subarray(0, SNIFF_BYTES).includes(0)) throw binary(name);
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		// Not UTF-8: see which single-byte encoding it is in.
	}
	const declared = declaredXmlEncoding(bytes);
	if (declared && !/^utf-?8$/i.test(declared) && !WINDOWS_1252_LABELS.test(declared)) {
		throw new FormatError(
			`${name} declares the encoding ${declared}, which rolegraph does not read. Save it as UTF-8 and import it again.`,
			'encoding'
		);
	}
	const bad = firstInvalidUtf8(bytes);
	const text = decodeWindows1252(bytes, name);
	const said = declared && !/^utf-?8$/i.test(declared) ? ` (as its XML declaration says)` : '';
	return {
		text: text.replace(/^\u00ef\u00bb\u00bf/, ''),
		notice: `${name} is not UTF-8 (byte ${hex(bytes[bad]!)} at line ${lineOf(bytes, bad)} is not valid UTF-8), so it was read as Windows-1252 (Western European)${said}. If any letters look wrong, save the file as UTF-8 and import it again.`
	};
}
