import { describe, expect, it } from 'vitest';
import { GraphValidationError } from './errors';
import { forbiddenCharacter } from './schema';
import { tinyGraphData } from '../test-support/tiny-graph';
import { validateSerializedGraph } from './validate';

/** The issues the tiny graph gets with one value replaced. */
function issuesWith(place: 'label' | 'alias' | 'id' | 'source title', value: string) {
	const data = tinyGraphData();
	if (place === 'label') data.nodes[3]!.attributes.label = value;
	if (place === 'alias') data.nodes[4]!.attributes.aliases = ['ok', value];
	if (place === 'source title') data.attributes.sources[0]!.title = value;
	if (place === 'id') {
		data.nodes[3]!.key = value;
		for (const edge of data.edges) if (edge.target === 'java') edge.target = value;
	}
	try {
		validateSerializedGraph(data);
		return [];
	} catch (error) {
		if (!(error instanceof GraphValidationError)) throw error;
		return error.issues;
	}
}

describe('characters XML cannot carry are refused, named, wherever they are', () => {
	it.each([
		['U+FFFE', 'Go\uFFFE', 'contains U+FFFE, a character XML cannot carry'],
		['U+FFFF', '\uFFFFGo', 'contains U+FFFF, a character XML cannot carry'],
		['a lone high surrogate', 'Go\uD800', 'contains U+D800, a character XML cannot carry'],
		['a lone low surrogate', '\uDC00Go', 'contains U+DC00, a character XML cannot carry'],
		['NUL', 'Go\u0000', 'contains the control character U+0000'],
		['U+0001', 'G\u0001o', 'contains the control character U+0001'],
		['a vertical tab', 'G\u000bo', 'contains the control character U+000B'],
		['DEL', 'Go\u007f', 'contains the control character U+007F']
	])('%s', (_what, value, message) => {
		expect(issuesWith('label', value)).toEqual([
			{ where: 'nodes[3] (id "java")', message: `attributes.label: ${message}` }
		]);
		expect(issuesWith('alias', value)).toEqual([
			{ where: 'nodes[4] (id "php")', message: `attributes.aliases.1: ${message}` }
		]);
		expect(issuesWith('source title', value)).toEqual([
			{ where: 'graph attributes', message: `attributes.sources.0.title: ${message}` }
		]);
		expect(issuesWith('id', value)).toContainEqual({
			where: `nodes[3] (id "${value}")`,
			message: `key: ${message}`
		});
	});

	it.each([
		['tab, newline and carriage return', 'Go\tis\r\nfine'],
		['an emoji (a surrogate pair)', 'Go 🚀'],
		['accents and other scripts', 'Café, 東京, Ελληνικά'],
		['a C1 character and a noncharacter XML allows', 'a\u0085b\uFDD0c']
	])('%s in text are kept', (_what, value) => {
		expect(issuesWith('label', value)).toEqual([]);
	});

	it('ids keep to one line with no surrounding space, and say so', () => {
		expect(issuesWith('id', 'two\nlines')).toContainEqual({
			where: 'nodes[3] (id "two\nlines")',
			message: 'key: must not contain tabs or line breaks'
		});
		expect(issuesWith('id', ' padded')).toContainEqual({
			where: 'nodes[3] (id " padded")',
			message: 'key: must not start or end with spaces'
		});
		expect(issuesWith('id', 'Go 🚀 ok')).toEqual([]);
	});

	it('forbiddenCharacter names the first one found', () => {
		expect(forbiddenCharacter('a\uFFFEb\u0001')).toBe(
			'contains U+FFFE, a character XML cannot carry'
		);
		expect(forbiddenCharacter('fine')).toBeUndefined();
		expect(forbiddenCharacter(3)).toBeUndefined();
	});
});
