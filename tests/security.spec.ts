import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitForGraph } from './graph-helpers';
import { parse, raw } from './raw-http';

/** The headers every response carries, whatever answered it. */
function expectSecurityHeaders(response: APIResponse) {
	const headers = response.headers();
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
	expect(headers['x-frame-options']).toBe('DENY');
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
}

/** The directives of a Content-Security-Policy header, by name. */
function directives(policy: string): Record<string, string[]> {
	return Object.fromEntries(
		policy
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name, ...values]) => [name!, values])
	);
}

const PAGES = [
	'/',
	'/compare/backend-developer/backend-engineer?category=technology',
	'/nodes/php',
	'/explore',
	'/compare/15-1252.00/15-1254.00?dataset=onet'
];

test.describe('security headers', () => {
	for (const url of [...PAGES, '/nodes/no-such-node', '/nodes/%E0%A4%A']) {
		test(`page ${url} has a nonce-based CSP with no inline scripts`, async ({ request }) => {
			const response = await request.get(url);
			expect(response.headers()['content-type']).toContain('text/html');
			expectSecurityHeaders(response);
			const csp = directives(response.headers()['content-security-policy']!);
			expect(csp['script-src']).toContain("'self'");
			expect(csp['script-src']!.some((value) => value.startsWith("'nonce-"))).toBe(true);
			expect(csp['script-src']).not.toContain("'unsafe-inline'");
			expect(csp['script-src']).not.toContain("'unsafe-eval'");
			expect(csp['default-src']).toEqual(["'self'"]);
			expect(csp['object-src']).toEqual(["'none'"]);
			expect(csp['base-uri']).toEqual(["'self'"]);
			expect(csp['connect-src']).toEqual(["'self'"]);
			// Every inline script in the page carries the nonce the header allows.
			const html = await response.text();
			const nonce = csp['script-src']!.find((v) => v.startsWith("'nonce-"))!.slice(7, -1);
			const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)];
			expect(inline.length).toBeGreaterThan(0);
			for (const [, attributes] of inline) expect(attributes).toContain(`nonce="${nonce}"`);
		});
	}

	test('every answer of a page carries a nonce of its own, the same in the header and the page', async ({
		request
	}) => {
		const url = '/compare/15-1252.00/15-1254.00?dataset=onet';
		const seen = new Set<string>();
		let page: string | undefined;
		// Enough answers that every worker serves the page again from what it kept.
		for (let i = 0; i < 8; i++) {
			const response = await request.get(url, { headers: { 'accept-encoding': 'gzip' } });
			expect(response.status()).toBe(200);
			const header = directives(response.headers()['content-security-policy']!)['script-src']!;
			const nonce = header.find((v) => v.startsWith("'nonce-"))!.slice(7, -1);
			expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
			const html = await response.text();
			const inPage = [...html.matchAll(/nonce="([^"]+)"/g)].map(([, value]) => value);
			expect(inPage.length).toBeGreaterThan(0);
			for (const value of inPage) expect(value).toBe(nonce);
			expect(response.headers().etag).toBeUndefined();
			seen.add(nonce);
			// Apart from the nonce, every answer is the same page.
			const rest = html.replaceAll(nonce, '');
			page ??= rest;
			expect(rest).toBe(page);
		}
		expect(seen.size).toBe(8);
	});

	test('a page served again runs its scripts in the browser (its gzip and nonce are sound)', async ({
		page
	}) => {
		for (let i = 0; i < 4; i++) {
			await page.goto('/nodes/php');
			await waitForGraph(page);
		}
	});

	for (const url of [
		'/api/roles',
		'/api/nodes/no-such-node',
		'/api/nodes/%E0%A4%A',
		'/api/search?q=php',
		'/api/export/gexf?view=node&id=php',
		'/api/no-such-endpoint',
		'/favicon.svg',
		'/_app/version.json'
	]) {
		test(`${url} carries the headers and a policy that loads nothing`, async ({ request }) => {
			const response = await request.get(url);
			expectSecurityHeaders(response);
			expect(response.headers()['content-security-policy']).toBe(
				"default-src 'none'; frame-ancestors 'none'"
			);
		});
	}

	test('the fast path sends the same headers as SvelteKit', async ({ request }) => {
		const url = '/api/compare/backend-developer/backend-engineer?category=practice';
		const first = await request.get(url); // SvelteKit, which fills the cache
		const second = await request.get(url); // the fast path in server.js
		expect(second.status()).toBe(200);
		expectSecurityHeaders(second);
		const names = (response: APIResponse) =>
			Object.keys(response.headers())
				.filter(
					(name) =>
						!['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding'].includes(
							name
						)
				)
				.sort();
		expect(names(second)).toEqual(names(first));
		for (const name of names(first)) {
			expect(second.headers()[name], name).toBe(first.headers()[name]);
		}
	});

	test('a script file of the app is served with nosniff and its own type', async ({ request }) => {
		const html = await (await request.get('/')).text();
		const script = /import\("([^"]+\.js)"\)/.exec(html)?.[1];
		expect(script).toBeTruthy();
		const response = await request.get(new URL(script!, 'http://x/').pathname);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toContain('javascript');
		expectSecurityHeaders(response);
	});
});

/** Collects Content-Security-Policy violations a page reports (console and DOM event). */
async function watchViolations(page: Page): Promise<string[]> {
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
	});
	await page.exposeFunction('__cspViolation', (text: string) => violations.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { __cspViolation(text: string): void }).__cspViolation(
				`${event.violatedDirective} blocked ${event.blockedURI}`
			);
		});
	});
	return violations;
}

test.describe('Content-Security-Policy in the browser', () => {
	for (const url of PAGES) {
		test(`${url} draws with no policy violation`, async ({ page }) => {
			const violations = await watchViolations(page);
			await page.goto(url);
			await waitForGraph(page);
			// Open the export menu too: it loads its code lazily.
			await page.locator('details.export summary').click();
			await page.waitForLoadState('networkidle');
			expect(violations).toEqual([]);
		});
	}

	test('the policy is enforced: an injected inline script does not run', async ({ page }) => {
		const violations = await watchViolations(page);
		await page.goto('/nodes/php');
		const ran = await page.evaluate(async () => {
			const script = document.createElement('script');
			script.textContent = 'window.__injected = true;';
			document.body.append(script);
			const image = document.createElement('img');
			image.setAttribute('src', 'x');
			image.setAttribute('onerror', 'window.__injected = true;');
			document.body.append(image);
			await new Promise((resolve) => setTimeout(resolve, 300));
			return (window as unknown as { __injected?: boolean }).__injected === true;
		});
		expect(ran).toBe(false);
		await expect.poll(() => violations.length).toBeGreaterThan(0);
		expect(violations.join('\n')).toMatch(/script-src/);
	});
});

/** A fingerprint of every file under graph/: name and content. */
function graphFingerprint(): string {
	const hash = createHash('sha256');
	for (const entry of readdirSync('graph', { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => join(e.parentPath, e.name))
		.sort()) {
		hash.update(entry).update(readFileSync(entry));
	}
	return hash.digest('hex');
}

const API_ROUTES = [
	'/api/roles',
	'/api/sources',
	'/api/datasets',
	'/api/graph',
	'/api/search?q=php',
	'/api/nodes/php',
	'/api/compare/backend-engineer/backend-developer',
	'/api/export/json',
	'/api/no-such-endpoint',
	'/api'
];

test.describe('no way to change the data through the app', () => {
	test('the source has no write handlers and no {@html} on data', () => {
		const files = readdirSync('src', { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile() && /\.(ts|svelte|js)$/.test(e.name))
			.map((e) => join(e.parentPath, e.name));
		expect(files.length).toBeGreaterThan(50);
		for (const file of files) {
			const text = readFileSync(file, 'utf8');
			if (/\+(server|page\.server|layout\.server)\.ts$/.test(file)) {
				expect(text, file).not.toMatch(/export const (POST|PUT|PATCH|DELETE|actions)\b/);
			}
			expect(text, file).not.toContain('{@html');
			expect(text, file).not.toMatch(/\.innerHTML\s*=|insertAdjacentHTML|outerHTML\s*=/);
			// Data is written nowhere by the server.
			if (file.includes('/server/') || file.includes('routes/')) {
				expect(text, file).not.toMatch(/\b(writeFile|appendFile|rm|unlink|rename)(Sync)?\(/);
			}
		}
	});

	test('POST, PUT, PATCH and DELETE on the API get a JSON 405; graph/ is unchanged', async ({
		request
	}) => {
		const before = graphFingerprint();
		for (const url of API_ROUTES) {
			for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
				for (const body of [
					{ data: { label: 'changed' } },
					// A form from another site: SvelteKit's own check would answer it in plain text.
					{
						form: { label: 'changed' },
						headers: { origin: 'http://evil.example' }
					}
				]) {
					const response = await request.fetch(url, { method, ...body });
					expect(response.status(), `${method} ${url}`).toBe(405);
					expect(response.headers()['allow']).toBe('GET, HEAD');
					expect(response.headers()['content-type']).toContain('application/json');
					expectSecurityHeaders(response);
					expect((await response.json()).error.message).toContain(method);
				}
			}
		}
		// The data, as served and as stored, is what it was.
		const node = await (await request.get('/api/nodes/php')).json();
		expect(node.node.label).toBe('PHP');
		expect(graphFingerprint()).toBe(before);
	});
});

/** The security headers, read from a raw answer's head. */
function expectRawSecurityHeaders(head: string) {
	expect(head).toContain('x-content-type-options: nosniff');
	expect(head).toContain('referrer-policy: strict-origin-when-cross-origin');
	expect(head).toContain('x-frame-options: deny');
	expect(head).toContain("frame-ancestors 'none'");
}

/** Checks an error answer is what its address asks for: JSON with a message, or the error page. */
function expectContractError(answer: ReturnType<typeof parse>, api: boolean) {
	expectRawSecurityHeaders(answer.head);
	if (api) {
		expect(answer.headers['content-type']).toBe('application/json');
		expect(JSON.parse(answer.body).error.message).toBeTruthy();
	} else {
		expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
		expect(answer.body).toMatch(/<p role="alert">[^<]+<\/p>/);
	}
}

const request = (method: string, target: string, headers = '') =>
	`${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers}Connection: close\r\n\r\n`;

test.describe('answers outside the usual requests follow the contract', () => {
	for (const [target, api] of [
		['/nodes/php', false],
		['/api/roles', true]
	] as const) {
		const kind = api ? 'the API: JSON' : 'a page: the error page';
		test(`a Host with user information is refused, on ${kind}`, async () => {
			const answer = parse(
				await raw(`GET ${target} HTTP/1.1\r\nHost: u@127.0.0.1\r\nConnection: close\r\n\r\n`)
			);
			expect(answer.status).toBe(400);
			expectContractError(answer, api);
		});

		test(`an Expect other than 100-continue gets a 417, on ${kind}`, async () => {
			const answer = parse(await raw(request('GET', target, 'Expect: foo\r\n')));
			expect(answer.status).toBe(417);
			expectContractError(answer, api);
		});

		for (const method of ['TRACE', 'PROPFIND', 'POST', 'OPTIONS', 'CONNECT']) {
			test(`${method} gets a 405 allowing GET and HEAD, on ${kind}`, async () => {
				const answer = parse(await raw(request(method, target, 'Content-Length: 0\r\n')));
				expect(answer.status).toBe(405);
				expect(answer.headers['allow']).toBe('GET, HEAD');
				expectContractError(answer, api);
				if (api) expect(JSON.parse(answer.body).error.message).toContain(method);
				else expect(answer.body).toContain(method);
			});
		}

		for (const size of [70_000, 200_000]) {
			test(`headers of ${size / 1000} KB get a 431, on ${kind}`, async () => {
				const answer = parse(await raw(request('GET', target, `X-Big: ${'a'.repeat(size)}\r\n`)));
				expect(answer.status).toBe(431);
				// Beyond Node's own limit (128 KB) the address cannot be read: JSON, as for the API.
				expectContractError(answer, api || size > 128 * 1024);
			});
		}
	}

	for (const encoding of [
		'identity',
		'gzip;q=0',
		'gzip;q=0, identity',
		'*;q=0',
		'br;q=0, gzip;q=0'
	]) {
		test(`/_app/version.json is not compressed for Accept-Encoding: ${encoding}`, async () => {
			const answer = parse(
				await raw(request('GET', '/_app/version.json', `Accept-Encoding: ${encoding}\r\n`))
			);
			expect(answer.status).toBe(200);
			expect(answer.headers['content-encoding']).toBeUndefined();
			expect(JSON.parse(answer.body).version).toBeTruthy();
			expectRawSecurityHeaders(answer.head);
		});
	}

	test('a client that accepts gzip gets static files and pages compressed', async () => {
		for (const target of ['/_app/version.json', '/nodes/php']) {
			const answer = parse(await raw(request('GET', target, 'Accept-Encoding: gzip;q=0.5\r\n')));
			expect(answer.status, target).toBe(200);
			expect(answer.headers['content-encoding'], target).toBe('gzip');
		}
		const refused = parse(
			await raw(request('GET', '/nodes/php', 'Accept-Encoding: gzip;q=0, identity\r\n'))
		);
		expect(refused.headers['content-encoding']).toBeUndefined();
		expect(refused.body).toContain('<!doctype html>');
	});
});
