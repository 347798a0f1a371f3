import { describe, expect, it } from 'vitest';
import { decodeGraphAttributes, decodeLists, encodeGraphAttributes, fileSlug } from './encoding';

describe('fileSlug', () => {
	it.each([
		['Backend Engineer vs Backend Developer', 'backend-engineer-vs-backend-developer'],
		['C++ / C#', 'c-c'],
		['Développeur · Web', 'developpeur-web'],
		['!!!', 'rolegraph']
	])('%s → %s', (title, slug) => {
		expect(fileSlug(title)).toBe(slug);
	});
});

describe('lists and objects in text-only formats', () => {
	it('graph attributes go out as JSON text and come back, whatever case GEXF gave their names', () => {
		const sources = [{ id: 's', title: 'S', summary: 'x' }];
		const encoded = encodeGraphAttributes({
			id: 'g',
			title: 'T',
			description: 'D',
			sources,
			defaultPair: ['a', 'b']
		});
		expect(encoded.sources).toBe(JSON.stringify(sources));
		// GEXF's <meta> lower-cases names: defaultPair comes back as defaultpair.
		expect(
			decodeGraphAttributes({ id: 'g', sources: encoded.sources, defaultpair: encoded.defaultPair })
		).toEqual({ id: 'g', sources, defaultPair: ['a', 'b'] });
	});

	it('node lists come back from JSON text; other text stays text', () => {
		expect(decodeLists({ aliases: '["a","b"]', label: '[not json' })).toEqual({
			aliases: ['a', 'b'],
			label: '[not json'
		});
		expect(decodeLists({ aliases: '[broken' })).toEqual({ aliases: '[broken' });
	});
});
