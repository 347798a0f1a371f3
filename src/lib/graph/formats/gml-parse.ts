import { FormatError } from './format-error';
import { lineAndColumn } from './input';

/**
 * GML (Graph Modelling Language, Himsolt 1996), the format igraph, NetworkX, Gephi and Cytoscape
 * write: `key value` pairs, where a value is an integer, a real, a "string" or a [ list ] of pairs.
 * No package on the npm registry parses it (looked up 2026-11-28: no graphology-gml, no gml
 * parser for graphs), so this is a small one, tested on the tools' own files (gml.spec.ts).
 * Strings may hold HTML character entities (`&quot;`, `&amp;`, `&#228;`), as the spec allows;
 * a bare word is read as a string, as Gephi reads one (`id A`).
 */

/** A GML value: a number, a string, or a list of key-value pairs (keys may repeat: node, edge). */
export type GmlValue = number | string | GmlPair[];
export type GmlPair = [key: string, value: GmlValue];

const ENTITIES: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" };

function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
		if (name.startsWith('#')) {
			const code = /^#x/i.test(name) ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return ENTITIES[name.toLowerCase()] ?? whole;
	});
}

/** Deeper lists than this are refused (a file of nothing but "[" would exhaust the stack). */
const MAX_DEPTH = 64;

/** Parses GML text into its pairs; throws FormatError naming the line and column of a mistake. */
export function parseGml(text: string): GmlPair[] {
	let i = 0;
	const fail = (message: string): never => {
		const { line, column } = lineAndColumn(text, i);
		throw new FormatError(
			`Not a readable GML file: line ${line}, column ${column}: ${message}.`,
			'shape'
		);
	};
	const skip = () => {
		for (;;) {
			while (i < text.length && /\s/.test(text[i]!)) i++;
			// A line starting with # is a comment (igraph and NetworkX write them).
			if (text[i] === '#') {
				while (i < text.length && text[i] !== '\n') i++;
			} else return;
		}
	};
	const list = (depth: number, closing: boolean): GmlPair[] => {
		if (depth > MAX_DEPTH) fail(`lists are nested more than ${MAX_DEPTH} deep`);
		const pairs: GmlPair[] = [];
		for (;;) {
			skip();
			if (i >= text.length) {
				if (closing) fail('a list is not closed (a "]" is missing)');
				return pairs;
			}
			if (text[i] === ']') {
				if (!closing) fail('"]" closes no list');
				i++;
				return pairs;
			}
			const key = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i, i + 256))?.[0];
			if (!key) fail(`expected a key, found ${JSON.stringify(text[i])}`);
			i += key!.length;
			skip();
			pairs.push([key!, value(depth)]);
		}
	};
	const value = (depth: number): GmlValue => {
		const c = text[i];
		if (c === undefined) return fail('a key has no value');
		if (c === '[') {
			i++;
			return list(depth + 1, true);
		}
		if (c === '"') {
			const end = text.indexOf('"', i + 1);
			if (end === -1) fail("a string is not closed (a '\"' is missing)");
			const string = decodeEntities(text.slice(i + 1, end));
			i = end + 1;
			return string;
		}
		const number = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 64))?.[0];
		if (number) {
			i += number.length;
			return Number(number);
		}
		// A bare word: NetworkX's special floats (INF, NAN), or a value Gephi writes unquoted (id A).
		const word = /^[+-]?[A-Za-z_][^\s[\]"]*/.exec(text.slice(i, i + 1024))?.[0];
		if (word) {
			i += word.length;
			if (/^[+-]?(?:inf|infinity)$/i.test(word)) return word.startsWith('-') ? -Infinity : Infinity;
			if (/^[+-]?nan$/i.test(word)) return Number.NaN;
			return word;
		}
		return fail(`expected a number, a "string" or a [list], found ${JSON.stringify(c)}`);
	};
	return list(0, false);
}
