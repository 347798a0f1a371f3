import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	acceptedEncodings,
	errorPage,
	isApiTarget,
	MAX_URL_LENGTH,
	problem,
	refusal,
	resolvedPath
} from './http-contract.js';

describe('isApiTarget', () => {
	it.each([
		['/api', true],
		['/api/roles?q=1', true],
		['/api/../nodes/php', false],
		['/nodes/../api/roles', true],
		['/api?x=1', true],
		['/apis', false],
		['//api/roles', false],
		['/', false],
		// Not a path: too broken to tell, answered as the API is.
		['*', true],
		['http://x/api/roles', true]
	])('%s → %s', (target, api) => expect(isApiTarget(target)).toBe(api));
});

describe('acceptedEncodings', () => {
	it.each([
		[undefined, []],
		['', []],
		['identity', []],
		['gzip', ['gzip']],
		['gzip;q=0', []],
		['gzip; q=0, identity', []],
		['gzip;q=0.5, br', ['br', 'gzip']],
		['x-gzip', ['gzip']],
		['*', ['br', 'gzip', 'deflate']],
		['*;q=0', []],
		['*, br;q=0', ['gzip', 'deflate']],
		['GZIP;Q=1', ['gzip']],
		['gzip;q=2', []],
		['gzip;q=abc', []],
		[
			['gzip', 'br'],
			['br', 'gzip']
		]
	])('%j → %j', (header, accepted) => expect(acceptedEncodings(header)).toEqual(accepted));
});

describe('refusal', () => {
	const ok = { method: 'GET', url: '/api/roles', headers: { host: '127.0.0.1:3000' } };

	it('answers GET and HEAD with a usable Host and path', () => {
		expect(refusal(ok)).toBeUndefined();
		expect(refusal({ ...ok, method: 'HEAD' })).toBeUndefined();
		expect(refusal({ ...ok, headers: { host: '[::1]:8080' } })).toBeUndefined();
		expect(refusal({ ...ok, headers: { host: 'rolegraph.example' } })).toBeUndefined();
	});

	it.each([
		['u@127.0.0.1'],
		['127.0.0.1/evil'],
		['127.0.0.1:99999'],
		['[::1'],
		['%%%'],
		['a b'],
		['']
	])('refuses Host %j with a 400', (host) => {
		expect(refusal({ ...ok, headers: { host } })?.status).toBe(400);
	});

	it('refuses a missing Host, a target that is not a path, and over-long addresses', () => {
		expect(refusal({ ...ok, headers: {} })?.status).toBe(400);
		expect(refusal({ ...ok, url: '*' })?.status).toBe(400);
		expect(refusal({ ...ok, url: `/?q=${'a'.repeat(MAX_URL_LENGTH)}` })?.status).toBe(414);
		expect(refusal({ ...ok, rawHeaders: ['X-Big', 'a'.repeat(70_000)] })?.status).toBe(431);
	});

	it('refuses other methods with a 405 that names them and allows GET and HEAD', () => {
		const api = refusal({ ...ok, method: 'DELETE' });
		expect(api).toMatchObject({ status: 405, headers: { allow: 'GET, HEAD' } });
		expect(api?.message).toMatch(/API is read-only: DELETE/);
		expect(refusal({ ...ok, method: 'POST', url: '/nodes/php' })?.message).toMatch(/^POST .*pages/);
	});
});

describe('problem', () => {
	it('is JSON for the API and the error page, escaped, for pages', () => {
		const api = problem(400, 'Bad <thing>', true, { allow: 'GET, HEAD' });
		expect(JSON.parse(api.body)).toEqual({ error: { message: 'Bad <thing>' } });
		expect(api.headers).toMatchObject({
			'content-type': 'application/json',
			'x-content-type-options': 'nosniff',
			'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
			allow: 'GET, HEAD'
		});
		const page = problem(404, '<script>alert("x")</script> & more', false);
		expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
		expect(page.body).toContain('<h1>Not found</h1>');
		expect(page.body).toContain(
			'<p role="alert">&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; more</p>'
		);
		expect(page.body).not.toContain('<script>');
	});

	it('titles the error page with the status', () => {
		expect(errorPage(503, 'Busy')).toContain('<title>503 · rolegraph</title>');
	});
});

describe('resolvedPath', () => {
	it('reads a plain target without a URL, as a URL reads it', () => {
		const piece = fc.constantFrom(
			'/',
			'.',
			'..',
			'%2e',
			'%2E',
			'a',
			'~',
			'?',
			'=',
			'&',
			'%',
			'\\',
			'#',
			' ',
			'é',
			':',
			'@'
		);
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
				const target = `/${pieces.join('')}`;
				expect(resolvedPath(target)).toBe(new URL(`http://x${target}`).pathname);
			}),
			{ numRuns: 3000 }
		);
		expect(resolvedPath('/api/../nodes?x=1')).toBe('/nodes');
		expect(resolvedPath('/api/%2e%2e/')).toBe('/');
		expect(resolvedPath('/nodes/15-1252.00?dataset=onet')).toBe('/nodes/15-1252.00');
	});
});
