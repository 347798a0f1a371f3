import { expect, test, type APIRequestContext } from '@playwright/test';

/** GET an API address; its status and parsed JSON. */
async function get(request: APIRequestContext, url: string) {
	const response = await request.get(url);
	return { status: response.status(), body: await response.json(), response };
}

const ids = (items: { id: string }[]) => items.map((item) => item.id);

function expectItems(items: unknown[]) {
	for (const item of items) {
		expect(item).toMatchObject({
			id: expect.any(String),
			label: expect.any(String),
			category: expect.any(String)
		});
	}
}

function expectBestFirst(values: number[]) {
	expect(values).toEqual([...values].sort((x, y) => y - x));
	for (const value of values) {
		expect(value).toBeGreaterThanOrEqual(0);
		expect(value).toBeLessThanOrEqual(1);
	}
}

test.describe('GET /api/similar/{id}', () => {
	test('lists the closest roles with scores, coverage both ways and drivers (seed)', async ({
		request
	}) => {
		const { status, body } = await get(request, '/api/similar/backend-engineer');
		expect(status).toBe(200);
		expect(body.role).toEqual({ id: 'backend-engineer', label: 'Backend Engineer' });
		expect(body.similar).toHaveLength(1);
		const [developer] = body.similar;
		expect(developer).toMatchObject({
			id: 'backend-developer',
			label: 'Backend Developer',
			score: expect.any(Number),
			coverage: { toRole: expect.any(Number), fromRole: expect.any(Number) }
		});
		expect(ids(developer.drivers)).toContain('java');
		expectItems(developer.drivers);
	});

	test('on O*NET: best first, itself left out, up to the limit', async ({ request }) => {
		const { body } = await get(request, '/api/similar/15-1254.00?dataset=onet&limit=50');
		expect(body.role).toEqual({ id: '15-1254.00', label: 'Web Developers' });
		expect(body.similar).toHaveLength(50);
		expect(ids(body.similar)).not.toContain('15-1254.00');
		expect(new Set(ids(body.similar)).size).toBe(50);
		expectBestFirst(body.similar.map((role: { score: number }) => role.score));
		expect(ids(body.similar).slice(0, 10)).toContain('15-1255.00'); // Web and Digital Interface Designers
		for (const role of body.similar) {
			for (const share of Object.values(role.coverage) as number[]) {
				expect(share).toBeGreaterThanOrEqual(0);
				expect(share).toBeLessThanOrEqual(1);
			}
			expectItems(role.drivers);
		}
		const { body: top } = await get(request, '/api/similar/15-1254.00?dataset=onet&limit=1');
		expect(top.similar).toEqual(body.similar.slice(0, 1));
		const { body: fallback } = await get(request, '/api/similar/15-1254.00?dataset=onet');
		expect(fallback.similar).toHaveLength(10);
	});

	test('answers unknown ids with 404 and bad limits with 400, naming the problem', async ({
		request
	}) => {
		expect(await get(request, '/api/similar/cobol')).toMatchObject({
			status: 404,
			body: { error: { message: 'No node has the id "cobol".' } }
		});
		expect(await get(request, '/api/similar/php')).toMatchObject({
			status: 404,
			body: { error: { message: '"php" is a technology, not a role.' } }
		});
		for (const limit of ['0', '51', '2.5', 'ten', '-1']) {
			expect(await get(request, `/api/similar/backend-engineer?limit=${limit}`)).toMatchObject({
				status: 400,
				body: { error: { message: `limit must be a whole number from 1 to 50, not "${limit}".` } }
			});
		}
		const unknownDataset = await get(request, '/api/similar/backend-engineer?dataset=nope');
		expect(unknownDataset.status).toBe(400);
		expect(unknownDataset.body.error.message).toMatch(/^Unknown dataset "nope"/);
	});

	test('a repeated request gets the same bytes and headers (from the cache)', async ({
		request
	}) => {
		const url = '/api/similar/15-1252.00?dataset=onet&limit=7';
		const first = await request.get(url);
		const second = await request.get(url);
		expect(await second.body()).toEqual(await first.body());
		for (const name of [
			'content-length',
			'content-type',
			'content-security-policy',
			'x-content-type-options',
			'x-frame-options'
		]) {
			expect(second.headers()[name]).toBe(first.headers()[name]);
		}
		expect(first.headers()['content-type']).toBe('application/json');
	});
});

test.describe('GET /api/gap/{from}/{to}', () => {
	for (const [dataset, from, to] of [
		['seed', 'backend-developer', 'backend-engineer'],
		['onet', '15-1254.00', '15-1252.00'],
		['onet', '29-1141.00', '15-1252.00']
	] as const) {
		test(`learns exactly the comparison's "only the target" items, by weight (${dataset} ${from} → ${to})`, async ({
			request
		}) => {
			const { status, body } = await get(request, `/api/gap/${from}/${to}?dataset=${dataset}`);
			expect(status).toBe(200);
			const { body: comparison } = await get(
				request,
				`/api/compare/${from}/${to}?dataset=${dataset}`
			);
			expect(body.from).toEqual(comparison.a);
			expect(body.to).toEqual(comparison.b);
			expect(new Set(ids(body.learn))).toEqual(new Set(ids(comparison.onlyB)));
			expect(body.learn).toHaveLength(comparison.onlyB.length);
			expect(new Set(ids(body.carry))).toEqual(new Set(ids(comparison.shared)));
			expect(body.coverage).toBeGreaterThanOrEqual(0);
			expect(body.coverage).toBeLessThanOrEqual(1);
			const weights = body.learn.map((item: { weight: number }) => item.weight);
			expect(weights).toEqual([...weights].sort((x: number, y: number) => y - x));
			for (const item of body.learn) {
				expect(item.reasons.length).toBeGreaterThan(0);
				expect(item.sources[to]).toBeDefined();
			}
		});
	}

	test('puts what matters most for the target first, saying why (O*NET)', async ({ request }) => {
		const { body } = await get(request, '/api/gap/15-1254.00/15-1252.00?dataset=onet');
		const first = body.learn[0];
		expect(first.reasons[0]).toBe('Software Developers needs it');
		expect(
			first.reasons.some((reason: string) => /roles closest to Software Developers/.test(reason))
		).toBe(true);
		expect(first.weight).toBeGreaterThan(body.learn.at(-1).weight);
	});

	test('answers unknown ids with 404, naming them', async ({ request }) => {
		expect(await get(request, '/api/gap/backend-developer/cobol')).toMatchObject({
			status: 404,
			body: { error: { message: 'No node has the id "cobol".' } }
		});
		expect(await get(request, '/api/gap/php/backend-engineer')).toMatchObject({
			status: 404,
			body: { error: { message: '"php" is a technology, not a role.' } }
		});
	});
});

test.describe('GET /api/match', () => {
	test('ranks roles by fit, shows unknown ids, lists what each role has and lacks (seed)', async ({
		request
	}) => {
		const { status, body } = await get(request, '/api/match?have=java,php,cobol,nginx');
		expect(status).toBe(200);
		expect(ids(body.have)).toEqual(['java', 'php', 'nginx']);
		expectItems(body.have);
		expect(body.unknown).toEqual(['cobol']);
		expect(ids(body.results)).toEqual(['backend-engineer', 'backend-developer']);
		expectBestFirst(body.results.map((role: { score: number }) => role.score));
		const [engineer] = body.results;
		expect(ids(engineer.has).sort()).toEqual(['java', 'nginx', 'php']);
		expect(engineer.missing.length).toBeGreaterThan(0);
		expect(ids(engineer.missing)).not.toContain('java');
	});

	test('matches 20 items against every O*NET occupation, up to the limit', async ({ request }) => {
		const have = [
			'python',
			'microsoft-excel',
			'tableau',
			'r',
			'git',
			'linux',
			'skill-mathematics',
			'skill-programming',
			'skill-critical-thinking',
			'skill-complex-problem-solving',
			'amazon-web-services-aws-software',
			'apache-spark',
			'apache-hadoop',
			'jupyter-notebook',
			'microsoft-power-bi',
			'sas',
			'ibm-spss-statistics',
			'the-mathworks-matlab',
			'javascript',
			'oracle-java'
		];
		const { body } = await get(request, `/api/match?dataset=onet&limit=50&have=${have.join(',')}`);
		expect(body.unknown).toEqual([]);
		expect(body.have).toHaveLength(20);
		expect(body.results).toHaveLength(50);
		expectBestFirst(body.results.map((role: { score: number }) => role.score));
		expect(ids(body.results).slice(0, 10)).toContain('15-2051.00'); // Data Scientists
	});

	test('answers a missing list, bad limits and over-long lists with 400', async ({ request }) => {
		expect(await get(request, '/api/match')).toMatchObject({
			status: 400,
			body: { error: { message: 'Give the ids as ?have=python,sql' } }
		});
		expect((await get(request, '/api/match?have=,')).status).toBe(400);
		for (const limit of ['0', '51', 'x']) {
			expect(await get(request, `/api/match?have=java&limit=${limit}`)).toMatchObject({
				status: 400,
				body: { error: { message: `limit must be a whole number from 1 to 50, not "${limit}".` } }
			});
		}
		const many = Array.from({ length: 201 }, (_, i) => `x${i}`).join(',');
		expect(await get(request, `/api/match?have=${many}`)).toMatchObject({
			status: 400,
			body: { error: { message: 'have lists 201 ids; the limit is 200.' } }
		});
		expect((await get(request, '/api/match?have=java&limit=50')).status).toBe(200);
	});
});
