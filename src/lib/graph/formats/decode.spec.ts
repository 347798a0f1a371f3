import { describe, expect, it } from 'vitest';
import { decodeText } from './decode';
import { FormatError } from './format-error';

const TEXT = 'role,node\nCafé,“quoted” – €\n';

function refusal(bytes: Uint8Array): { problem: string; message: string } {
	try {
		decodeText(bytes, 'f.csv');
	} catch (error) {
		if (!(error instanceof FormatError)) throw error;
		return { problem: error.problem, message: error.message };
	}
	throw new Error('decoded, but should have been refused');
}

/** Windows-1252 bytes of the text above (its table, written out). */
const WINDOWS_1252 = Uint8Array.from(
	[...TEXT].map((c) => ({ '“': 0x93, '”': 0x94, '–': 0x96, '€': 0x80 })[c] ?? c.charCodeAt(0))
);

describe('decodeText: the same text from the same bytes, in the browser and in Node', () => {
	const utf16le = Buffer.from(`\uFEFF${TEXT}`, 'utf16le');

	it.each([
		['UTF-8', Buffer.from(TEXT)],
		['UTF-8 with a byte-order mark', Buffer.from(`\uFEFF${TEXT}`)],
		['UTF-16LE with a byte-order mark', utf16le],
		['UTF-16BE with a byte-order mark', Buffer.from(utf16le).swap16()]
	])('%s: read as it is, without a notice', (_what, bytes) => {
		expect(decodeText(bytes, 'f.csv')).toEqual({ text: TEXT });
	});

	it('Windows-1252: every byte by its table (€, curly quotes, dashes), with a notice', () => {
		const { text, notice } = decodeText(WINDOWS_1252, 'f.csv');
		expect(text).toBe(TEXT);
		expect(notice).toBe(
			'f.csv is not UTF-8 (byte 0xE9 at line 2 is not valid UTF-8), so it was read as Windows-1252 (Western European). If any letters look wrong, save the file as UTF-8 and import it again.'
		);
	});

	it('all 256 bytes decode as the WHATWG Encoding Standard says (as browsers do)', () => {
		const all = Uint8Array.from({ length: 256 }, (_, i) => i).filter(
			(b) => b !== 0 && ![0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(b)
		);
		const { text } = decodeText(all, 'f.csv');
		const points = [...text].map((c) => c.codePointAt(0));
		expect(points.slice(0, 0x7f)).toEqual([...all.slice(0, 0x7f)]);
		expect(points[all.indexOf(0x80)]).toBe(0x20ac);
		expect(points[all.indexOf(0x92)]).toBe(0x2019);
		expect(points[all.indexOf(0x9f)]).toBe(0x0178);
		expect(points[all.indexOf(0xff)]).toBe(0xff);
	});

	it('an XML file declaring Latin-1 is read as Windows-1252, and the notice says why', () => {
		const bytes = Buffer.concat([
			Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?>\n<g label="Caf'),
			Buffer.from([0xe9]),
			Buffer.from('"/>')
		]);
		const { text, notice } = decodeText(bytes, 'f.gexf');
		expect(text).toContain('label="Café"');
		expect(notice).toMatch(
			/read as Windows-1252 \(Western European\) \(as its XML declaration says\)/
		);
	});

	it.each([
		[
			'bytes that mean nothing in Windows-1252',
			Uint8Array.from([0x61, 0x0a, 0x62, 0x81]),
			'encoding',
			'f.csv is neither UTF-8 nor Windows-1252 text (byte 0x81 at line 2 means nothing in either). Save it as UTF-8 and import it again.'
		],
		[
			'an XML file declaring an encoding rolegraph does not read',
			Buffer.concat([
				Buffer.from('<?xml version="1.0" encoding="windows-1251"?><g>'),
				Buffer.from([0xcf, 0xf0])
			]),
			'encoding',
			'f.csv declares the encoding windows-1251, which rolegraph does not read. Save it as UTF-8 and import it again.'
		],
		[
			'a UTF-16 mark on bytes that are not UTF-16',
			Uint8Array.from([0xff, 0xfe, 0x00, 0xd8, 0x61, 0x00]),
			'encoding',
			'f.csv starts with a UTF-16LE byte-order mark but is not valid UTF-16LE text. Save it as UTF-8 and import it again.'
		],
		[
			'a NUL byte (a binary file, or UTF-16 without its mark)',
			Buffer.from('r\u0000o\u0000l\u0000e\u0000', 'latin1'),
			'binary',
			'f.csv looks like a binary file (it holds NUL bytes), not text. rolegraph reads text files: UTF-8, UTF-16 with a byte-order mark, or Windows-1252.'
		],
		[
			'UTF-32 (NULs once decoded as UTF-16)',
			Uint8Array.from([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0]),
			'binary',
			'f.csv looks like a binary file (it holds NUL bytes), not text. rolegraph reads text files: UTF-8, UTF-16 with a byte-order mark, or Windows-1252.'
		]
	])('refuses %s, saying what to do', (_what, bytes, problem, message) => {
		expect(refusal(bytes)).toEqual({ problem, message });
	});
});
