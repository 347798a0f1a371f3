import { expect, test } from '@playwright/test';

test.describe('JSON API', () => {
	test('GET /api/roles lists roles with counts per category', async ({ request }) => {
		const response = await request.get('/api/roles');
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toContain('application/json');
		const { roles } = await response.json();
		expect(roles.map((r: { label: string }) => r.label)).toEqual([
			'Backend Developer',
			'Backend Engineer'
		]);
		const engineer = roles.find((r: { id: string }) => r.id === 'backend-engineer');
		expect(engineer.counts.technology).toBe(13);
		expect(Object.keys(engineer.counts)).toContain('responsibility');
	});

	test('GET /api/compare/{a}/{b} splits shared and unique, with sources per role', async ({
		request
	}) => {
		const body = await (
			await request.get('/api/compare/backend-engineer/backend-developer')
		).json();
		expect(body.a).toEqual({ id: 'backend-engineer', label: 'Backend Engineer' });
		expect(body.b).toEqual({ id: 'backend-developer', label: 'Backend Developer' });
		expect(body.shared).toContainEqual({
			id: 'html',
			label: 'HTML',
			category: 'technology',
			sources: {
				'backend-engineer': ['article-1', 'article-2'],
				'backend-developer': ['article-1', 'article-2']
			}
		});
		expect(body.onlyA.map((i: { id: string }) => i.id)).toContain('nginx');
		expect(body.onlyB.map((i: { id: string }) => i.id)).toContain('javascript');
		expect([body.shared.length, body.onlyA.length, body.onlyB.length]).toEqual([15, 39, 36]);
	});

	test('GET /api/compare filters by repeated category and source', async ({ request }) => {
		const url =
			'/api/compare/backend-engineer/backend-developer?category=technology&category=platform&source=article-2';
		const body = await (await request.get(url)).json();
		const all = [...body.shared, ...body.onlyA, ...body.onlyB];
		expect(new Set(all.map((i: { category: string }) => i.category))).toEqual(
			new Set(['technology', 'platform'])
		);
		for (const item of all) {
			for (const sources of Object.values(item.sources)) expect(sources).toEqual(['article-2']);
		}
		expect(body.shared.map((i: { id: string }) => i.id)).toEqual(['html', 'web']);
	});

	test('GET /api/nodes/{id} gives the node and the roles that need it', async ({ request }) => {
		const body = await (await request.get('/api/nodes/php')).json();
		expect(body.node).toMatchObject({ id: 'php', label: 'PHP', category: 'technology' });
		expect(body.roles).toEqual([
			// The seed graph groups its roles in no families: every role's group is ''.
			{
				id: 'backend-developer',
				label: 'Backend Developer',
				relation: 'needs',
				sources: ['article-1'],
				group: ''
			},
			{
				id: 'backend-engineer',
				label: 'Backend Engineer',
				relation: 'needs',
				sources: ['article-2'],
				group: ''
			}
		]);
		const html = await (await request.get('/api/nodes/html')).json();
		expect(html.node.aliases).toContain('HTML5');
	});

	test('GET /api/search finds by label, alias, prefix and typo, best first', async ({
		request
	}) => {
		const search = async (q: string) =>
			(await (await request.get(`/api/search?q=${encodeURIComponent(q)}`)).json()).results;
		expect((await search('ngnix'))[0]).toEqual({
			id: 'nginx',
			label: 'NGINX',
			category: 'technology'
		});
		expect((await search('HTML5'))[0].id).toBe('html');
		expect((await search('java'))[0].id).toBe('java');
		expect((await search('back'))[0].category).toBe('role');
		expect((await search('e')).length).toBeLessThanOrEqual(20);
		expect(await search('qqqqzz')).toEqual([]);
	});

	test('GET /api/sources describes the articles', async ({ request }) => {
		const { sources } = await (await request.get('/api/sources')).json();
		expect(sources.map((s: { id: string }) => s.id)).toEqual(['article-1', 'article-2']);
		for (const source of sources) {
			expect(source.title).toBeTruthy();
			expect(source.summary.length).toBeGreaterThan(50);
		}
	});

	for (const [url, status, message] of [
		['/api/nodes/no-such-node', 404, /no-such-node/],
		['/api/compare/backend-engineer/nobody', 404, /nobody/],
		['/api/compare/php/backend-engineer', 404, /php.*not a role/],
		['/api/compare/backend-engineer/backend-developer?category=gizmo', 400, /gizmo/],
		['/api/compare/backend-engineer/backend-developer?source=blog', 400, /blog/],
		['/api/search', 400, /q=/],
		['/api/search?q=', 400, /empty/],
		[`/api/search?q=${'a'.repeat(300)}`, 400, /limit/],
		['/api/search?q=php&limit=0', 400, /limit/],
		['/api/roles?dataset=nope', 400, /nope/],
		['/api/not-an-endpoint', 404, /not-an-endpoint/]
	] as const) {
		test(`GET ${url.slice(0, 60)} answers ${status} with a JSON message`, async ({ request }) => {
			const response = await request.get(url);
			expect(response.status()).toBe(status);
			expect(response.headers()['content-type']).toContain('application/json');
			const body = await response.json();
			expect(body.error.message).toMatch(message);
		});
	}
});

test.describe('the fast path for cached comparisons', () => {
	test('answers a repeated comparison with the same bytes and headers as the first', async ({
		request
	}) => {
		const url = '/api/compare/backend-developer/backend-engineer?category=skill&source=article-1';
		const first = await request.get(url);
		const second = await request.get(url);
		expect(second.status()).toBe(200);
		expect(await second.body()).toEqual(await first.body());
		for (const name of ['content-type', 'x-content-type-options']) {
			expect(second.headers()[name]).toBe(first.headers()[name]);
		}
		// Errors are never cached: the second bad request still gets the JSON 404.
		for (let i = 0; i < 2; i++) {
			const bad = await request.get('/api/compare/backend-engineer/nobody');
			expect(bad.status()).toBe(404);
		}
	});
});
