/**
 * The answers as people see them (issue 16): the closest roles on role pages and comparisons,
 * the way from one role to another (/gap), which roles fit a list (/match), and the comparison
 * said in words — on the seed graph, O*NET and an imported graph.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { download, waitForGraph, waitForHydration } from './graph-helpers';

const WEB = '15-1254.00'; // Web Developers
const SOFTWARE = '15-1252.00'; // Software Developers (O*NET has no skill data for them)
const BLOCKCHAIN = '15-1299.07'; // Blockchain Engineers (no skill data either)

interface LearnItem {
	id: string;
	label: string;
	category: string;
	reasons: string[];
}

/**
 * Pastes a list on /match and adds it, once the page is hydrated: before that, the form is sent
 * without JavaScript, and the page that comes back (not hydrated yet either) starts over.
 */
async function paste(page: Page, text: string, expected: string) {
	await waitForHydration(page);
	await expect(async () => {
		const details = page.locator('details.paste');
		if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) {
			await page.getByText('Paste a list').click();
		}
		await page.getByLabel('One per line, or separated by commas').fill(text);
		await page.getByRole('button', { name: 'Add to the list' }).click();
		await expect(page).toHaveURL(expected, { timeout: 2_000 });
	}).toPass();
}

/** The closest-roles section of a page. */
const closest = (page: Page) => page.getByRole('region', { name: /^Closest roles/ });

/** The classes and label of a drawn node, read through the e2e build's test hook. */
function drawn(page: Page, id: string) {
	return page.evaluate((id) => {
		const node = window.__cy!.getElementById(id);
		return node.empty() ? null : { label: node.data('label') as string, classes: node.classes() };
	}, id);
}

test.describe('the closest roles', () => {
	test('on a role page: best first, scores explained, one click compares', async ({ page }) => {
		await page.goto(`/nodes/${WEB}?dataset=onet`);
		const section = closest(page);
		await expect(section.locator('ol > li')).toHaveCount(5);
		const first = section.locator('ol > li').first();
		await expect(first.getByRole('link').first()).toHaveText('Web and Digital Interface Designers');
		// The number is written out, and its tooltip says what it is.
		const score = first.locator('.score').first();
		await expect(score).toContainText('0.73');
		await expect(score).toHaveAttribute('title', /^Similarity 0\.73 on a scale of 0 .* to 1/);
		await expect(first).toContainText(
			'Web Developers already have 87% of what Web and Digital Interface Designers need.'
		);
		await expect(first).toContainText('Most in common: Vue.js, React');
		// What drives the score: each signal's part.
		await first.getByText('Why 0.73?').click();
		await expect(first.getByText('their job titles', { exact: true })).toBeVisible();
		await expect(first.locator('.signals .score')).toHaveCount(4);
		await section.getByRole('button', { name: 'Show all 10' }).click();
		await expect(section.locator('ol > li')).toHaveCount(10);

		await first.getByRole('link', { name: 'Compare' }).click();
		await expect(page).toHaveURL(`/compare/${WEB}/15-1255.00?dataset=onet`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Web Developers vs Web and Digital Interface Designers'
		);
	});

	test('in a comparison: either role’s, the pair marked, one click compares keeping the other side', async ({
		page
	}) => {
		await page.goto(`/compare/${WEB}/${SOFTWARE}?dataset=onet`);
		const section = closest(page);
		await expect(section.getByRole('button', { name: 'to Web Developers' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		const software = section.locator('ol > li').filter({ hasText: 'Software Developers' }).first();
		await expect(software).toContainText('In this comparison');
		await expect(software.getByRole('link', { name: 'Compare' })).toHaveCount(0);

		await section.getByRole('button', { name: 'to Software Developers' }).click();
		const first = section.locator('ol > li').first();
		await expect(first).toContainText('Software Developers already');
		const name = (await first.getByRole('link').first().textContent())!.trim();
		await first.getByRole('link', { name: 'Compare' }).click();
		// The closest role of the second role takes the first role's place.
		await expect(page).toHaveURL(new RegExp(`/compare/[^/]+/${SOFTWARE}\\?dataset=onet$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			`${name} vs Software Developers`
		);
	});

	test('each entry leads to what to learn for it', async ({ page }) => {
		await page.goto('/nodes/backend-engineer');
		const entry = closest(page).locator('ol > li').first();
		await expect(entry).toContainText('Backend Developer');
		await entry.getByRole('link', { name: 'What to learn for it' }).click();
		await expect(page).toHaveURL('/gap/backend-engineer/backend-developer');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'From Backend Engineer to Backend Developer'
		);
	});
});

test.describe('a comparison said in words', () => {
	test('opens with the summary, and leads to what to learn either way', async ({ page }) => {
		await page.goto('/');
		const summary = page.locator('#comparison-summary');
		await expect(summary).toContainText(
			'Backend Engineer and Backend Developer have 15 of their 90 requirements in common (17%).'
		);
		await waitForHydration(page);
		await page.getByRole('button', { name: 'Read it all' }).click();
		await expect(summary).toContainText('Hire a Backend Engineer for a guided plan');
		await page.getByRole('link', { name: 'from Backend Developer to Backend Engineer' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'From Backend Developer to Backend Engineer'
		);
	});

	test('the summary goes into the comparison’s CSV', async ({ page }) => {
		await page.goto('/');
		await waitForGraph(page);
		const file = await download(page, 'CSV (spreadsheet)', 'link', 'Data: this view');
		const rows = Papa.parse<string[]>(file.bytes.toString('utf8'), { skipEmptyLines: true }).data;
		const column = rows[0]!.indexOf('summary');
		expect(column).toBeGreaterThan(0);
		expect(rows[1]![column]).toMatch(/^Backend Engineer and Backend Developer have 15 of/);
	});
});

test.describe('from one role to another', () => {
	test('what to learn, in the answer’s order, each item with its reasons; coverage in words', async ({
		page,
		request
	}) => {
		const answer = await (await request.get(`/api/gap/${WEB}/${SOFTWARE}?dataset=onet`)).json();
		await page.goto(`/gap/${WEB}/${SOFTWARE}?dataset=onet`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'From Web Developers to Software Developers'
		);
		await expect(
			page.getByText(
				'Web Developers already have 54% of what Software Developers need, weighted by importance'
			)
		).toBeVisible();
		const learn = page.getByRole('region', { name: /^What to learn first/ });
		await expect(learn.getByRole('heading')).toHaveText(
			`What to learn first · ${answer.learn.length}`
		);
		const items = learn.locator('ol > li');
		await expect(items).toHaveCount(15);
		const expected = (answer.learn as LearnItem[]).slice(0, 15);
		expect(await items.locator('.item .label').allTextContents()).toEqual(
			expected.map((item, i) => `${i + 1}. ${item.label}`)
		);
		for (const [index, item] of expected.entries()) {
			const why = (await items.nth(index).locator('.why').textContent())!;
			for (const reason of item.reasons) expect(why.toLowerCase()).toContain(reason.toLowerCase());
		}
		await learn.getByRole('button', { name: `Show all ${answer.learn.length}` }).click();
		await expect(items).toHaveCount(answer.learn.length);
		const carry = page.getByRole('region', { name: /^What carries over/ });
		await expect(carry.getByRole('heading')).toHaveText(
			`What carries over · ${answer.carry.length}`
		);
	});

	test('the graph points out the same items, and a choice in the list selects its node', async ({
		page,
		request
	}) => {
		const answer = await (await request.get(`/api/gap/${WEB}/${SOFTWARE}?dataset=onet`)).json();
		await page.goto(`/gap/${WEB}/${SOFTWARE}?dataset=onet`);
		await waitForGraph(page);
		const [first, second] = answer.learn as LearnItem[];
		expect(await drawn(page, first!.id)).toMatchObject({
			label: `1. ${first!.label}`,
			classes: expect.arrayContaining(['listed'])
		});
		expect((await drawn(page, second!.id))?.label).toBe(`2. ${second!.label}`);
		const listed = await page.evaluate(() => window.__cy!.nodes('.listed').length);
		expect(listed).toBe(15);
		// What only Web Developers need is set aside.
		const onlyWeb = await page.evaluate(
			() => window.__cy!.nodes('node.item.aside[zone = "onlyA"]').length
		);
		expect(onlyWeb).toBeGreaterThan(0);
		const learn = page.getByRole('region', { name: /^What to learn first/ });
		await learn.getByRole('button', { name: `2. ${second!.label}` }).click();
		await expect
			.poll(() => drawn(page, second!.id))
			.toMatchObject({ classes: expect.arrayContaining(['selected']) });
	});

	test('says what the data lacks rather than listing it as something to learn', async ({
		page,
		request
	}) => {
		await page.goto(`/gap/${WEB}/${SOFTWARE}?dataset=onet`);
		await expect(page.getByRole('note')).toHaveText(
			'O*NET 29.3 has no skill data for Software Developers, so skills are left out: the data cannot say which skills Software Developers need.'
		);
		// Blockchain Engineers have no skill data: Web Developers' skills are not "to learn".
		const answer = await (await request.get(`/api/gap/${BLOCKCHAIN}/${WEB}?dataset=onet`)).json();
		expect((answer.learn as LearnItem[]).some((item) => item.category === 'skill')).toBe(false);
		const web = await (await request.get(`/api/nodes/${WEB}?dataset=onet`)).json();
		expect(web.node.category).toBe('role');
		await page.goto(`/gap/${BLOCKCHAIN}/${WEB}?dataset=onet`);
		await expect(page.getByRole('note')).toHaveText(
			'O*NET 29.3 has no skill data for Blockchain Engineers, so the skills Web Developers need are not listed as something to learn: the data cannot say which of them Blockchain Engineers already have.'
		);
		const learn = page.getByRole('region', { name: /^What to learn first/ });
		await waitForHydration(page);
		await learn.getByRole('button', { name: /^Show all/ }).click();
		await expect(learn.locator('svg.icon.skill')).toHaveCount(0);
	});

	test('exports the lists as CSV and the picture as PNG', async ({ page, request }) => {
		const answer = await (await request.get(`/api/gap/${WEB}/${SOFTWARE}?dataset=onet`)).json();
		await page.goto(`/gap/${WEB}/${SOFTWARE}?dataset=onet`);
		await waitForGraph(page);
		const csv = await download(
			page,
			'What to learn and what carries over (CSV)',
			'button',
			'Data: this view'
		);
		expect(csv.name).toBe('web-developers-to-software-developers-what-to-learn.csv');
		const rows = Papa.parse<string[]>(csv.bytes.toString('utf8'), { skipEmptyLines: true }).data;
		expect(rows[0]!.slice(0, 7)).toEqual([
			'list',
			'rank',
			'id',
			'label',
			'category',
			'weight',
			'reasons'
		]);
		expect(rows[0]!.at(-1)).toBe('credit');
		const learnRows = rows.slice(1).filter((row) => row[0] === 'learn');
		expect(learnRows.map((row) => row[2])).toEqual(
			(answer.learn as LearnItem[]).map((item) => item.id)
		);
		expect(learnRows[0]![6]).toBe((answer.learn as LearnItem[])[0]!.reasons.join('; '));
		expect(rows[1]![10]).toContain('Web Developers already have 54%');
		expect(rows[1]![10]).toContain('no skill data for Software Developers');
		expect(rows.slice(1).filter((row) => row[0] === 'carries over')).toHaveLength(
			answer.carry.length
		);

		const png = await download(page, 'PNG 1×', 'button');
		expect(png.name).toBe('web-developers-to-software-developers.png');
		expect([...png.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
		expect(png.bytes.readUInt32BE(16)).toBeGreaterThan(600);
	});

	test('reachable from the comparison, and back', async ({ page }) => {
		await page.goto(`/compare/${WEB}/${SOFTWARE}?dataset=onet`);
		await page.getByRole('link', { name: 'from Web Developers to Software Developers' }).click();
		await expect(page).toHaveURL(`/gap/${WEB}/${SOFTWARE}?dataset=onet`);
		await page.getByRole('link', { name: /^The other way round/ }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'From Software Developers to Web Developers'
		);
		await page.getByRole('link', { name: 'Compare the two roles' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Software Developers vs Web Developers'
		);
	});
});

test.describe('which roles fit me', () => {
	/**
	 * Picks a search box's first suggestion for `text` (typing again if the page was not hydrated
	 * yet when it first typed: the page arrives rendered, and its scripts take a moment).
	 */
	async function pick(page: Page, box: string, text: string, option: RegExp) {
		await waitForHydration(page);
		const input = page.getByRole('combobox', { name: box });
		const suggestion = page.getByRole('option', { name: option }).first();
		await expect(async () => {
			await input.fill('');
			await input.fill(text);
			await expect(suggestion).toBeVisible({ timeout: 2_000 });
		}).toPass();
		await suggestion.click();
	}

	test('chips from search, kept by the address and across a reload', async ({ page }) => {
		await page.goto('/match?dataset=onet');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Which roles fit what you know'
		);
		await expect(
			page
				.getByRole('navigation', { name: 'Main' })
				.getByRole('link', { name: 'Which roles fit me' })
		).toHaveAttribute('aria-current', 'page');
		await pick(page, 'Add a technology, skill or task', 'Python', /^Python\s*Technology$/);
		await expect(page).toHaveURL('/match?dataset=onet&have=python');
		await pick(page, 'Add a technology, skill or task', 'Tableau', /^Tableau\s*Technology$/);
		await expect(page).toHaveURL('/match?dataset=onet&have=python,tableau');
		const chips = page.getByRole('list', { name: 'Your list' });
		await expect(chips.getByRole('listitem')).toHaveText([/Python/, /Tableau/]);
		const results = page.getByRole('region', { name: /^Roles that fit/ }).locator('ol > li');
		await expect(results).toHaveCount(20);
		await expect(results.first()).toContainText('You have:');
		await expect(results.first()).toContainText('Most important missing:');
		await expect(results.first().locator('.score').first()).toHaveAttribute('title', /^Fit /);
		await page.reload();
		await expect(chips.getByRole('listitem')).toHaveText([/Python/, /Tableau/]);
		await waitForHydration(page);
		await expect(async () => {
			await chips.getByRole('button', { name: 'Remove Python' }).click({ timeout: 2_000 });
			await expect(page).toHaveURL('/match?dataset=onet&have=tableau', { timeout: 2_000 });
		}).toPass();
	});

	test('a pasted list: found entries become chips, an unknown one is shown, not dropped', async ({
		page
	}) => {
		await page.goto('/match?dataset=onet');
		await paste(
			page,
			'Python, SQL\nstatistics\nTableau\nqwxzzy',
			'/match?dataset=onet&have=Python,SQL,statistics,Tableau,qwxzzy'
		);
		const chips = page.getByRole('list', { name: 'Your list' });
		await expect(chips.getByRole('listitem')).toHaveCount(4);
		// What an entry was matched to is said when it is not what was typed.
		await expect(chips.getByRole('listitem').filter({ hasText: 'for “SQL”' })).toHaveCount(1);
		const unknown = page.getByRole('list', { name: 'Not found' });
		await expect(unknown.getByRole('listitem')).toHaveText([/qwxzzy/]);
		await expect(page.getByRole('region', { name: /^Roles that fit/ })).toContainText('You have');
	});

	test('start from a role: its results lead to what to learn, and the browser remembers the list', async ({
		page
	}) => {
		await page.goto('/match?dataset=onet');
		await pick(page, 'Or start from a role: I am a…', 'Web Developers', /^Web Developers\s*Role$/);
		await expect(page).toHaveURL(`/match?dataset=onet&have=${WEB}`);
		await expect(page.getByRole('list', { name: 'Your list' })).toContainText(
			'I am: Web Developers'
		);
		const results = page.getByRole('region', { name: /^Roles that fit/ }).locator('ol > li');
		await expect(results.first()).toBeVisible();
		await expect(results.filter({ hasText: /^\s*\d+\s*Web Developers\b/ })).toHaveCount(0);
		const first = results.first();
		// A role stands for all it needs: what the person has is named in part.
		await expect(first).toContainText(/You have: .+ and \d+ more/);
		const name = (await first.locator('.name').textContent())!.trim();
		// Leave and come back without the list in the address: the browser brings it back.
		await page.goto('/');
		await page.goto('/match?dataset=onet');
		await expect(page).toHaveURL(`/match?dataset=onet&have=${WEB}`);
		await results.first().getByRole('link', { name: 'What to learn from Web Developers' }).click();
		await expect(page).toHaveURL(new RegExp(`/gap/${WEB}/[^/?]+\\?dataset=onet$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			`From Web Developers to ${name}`
		);
		// Cleared, it is forgotten.
		await page.goto('/match?dataset=onet');
		await waitForHydration(page);
		await page.getByRole('button', { name: 'Clear the list' }).click();
		await expect(page).toHaveURL('/match?dataset=onet');
		await page.goto('/');
		await page.goto('/match?dataset=onet');
		await expect(page.getByRole('list', { name: 'Your list' })).toHaveCount(0);
	});

	test('the seed graph: a list fits both roles, best first', async ({ page }) => {
		await page.goto('/match?have=java,php,nginx');
		const results = page.getByRole('region', { name: /^Roles that fit/ }).locator('ol > li');
		await expect(results).toHaveCount(2);
		await expect(results.first()).toContainText('Backend Engineer');
		// Another dataset keeps the page (its own list, which it has none of yet).
		await waitForHydration(page);
		await expect(async () => {
			await page.getByLabel('Dataset').selectOption('onet');
			await expect(page).toHaveURL('/match?dataset=onet', { timeout: 2_000 });
		}).toPass();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Which roles fit what you know'
		);
	});
});

test.describe('an imported graph', () => {
	test('closest roles, what to learn and which roles fit, answered in the browser', async ({
		page
	}) => {
		await page.goto('/');
		await waitForGraph(page);
		await page.locator('input[type="file"]').setInputFiles({
			name: 'team-skills.csv',
			mimeType: 'text/csv',
			buffer: readFileSync('static/examples/team-skills.csv')
		});
		await expect(page).toHaveURL(/\/local\/local-[a-z0-9]+$/);
		const base = new URL(page.url()).pathname;
		const requests: string[] = [];
		page.on('request', (request) => {
			if (new URL(request.url()).pathname.startsWith('/api/')) requests.push(request.url());
		});
		// The comparison: Data Analyst vs Data Engineer, with the closest roles to Data Analyst.
		const section = closest(page);
		await expect(section.locator('ol > li').first()).toContainText('Data Engineer');
		await section
			.locator('ol > li')
			.filter({ hasText: 'ML Engineer' })
			.getByRole('link', { name: 'What to learn for it' })
			.click();
		await expect(page).toHaveURL(`${base}/gap/data-analyst/ml-engineer`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'From Data Analyst to ML Engineer'
		);
		const learn = page.getByRole('region', { name: /^What to learn first/ });
		// ML Engineer needs PyTorch and to deploy models; Python and Statistics carry over.
		await expect(learn.locator('ol > li')).toHaveCount(2);
		await waitForGraph(page);

		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Which roles fit me' })
			.click();
		await expect(page).toHaveURL(`${base}/match`);
		await paste(
			page,
			'PyTorch, Statistics, Kotlin',
			`${base}/match?have=PyTorch,Statistics,Kotlin`
		);
		const results = page.getByRole('region', { name: /^Roles that fit/ }).locator('ol > li');
		await expect(results.first()).toContainText('ML Engineer');
		await expect(page.getByRole('list', { name: 'Not found' })).toHaveText(/Kotlin/);
		expect(requests).toEqual([]);
	});
});

test.describe('accessibility', () => {
	for (const path of [
		`/gap/${WEB}/${SOFTWARE}?dataset=onet`,
		'/match?dataset=onet&have=Python,SQL,statistics,Tableau,qwxzzy,15-1254.00',
		`/nodes/${WEB}?dataset=onet`
	]) {
		test(`${path}: no serious or critical axe findings`, async ({ page }) => {
			await page.goto(path);
			if (path.startsWith('/nodes/')) {
				await expect(closest(page).locator('ol > li')).toHaveCount(5);
			}
			const axe = await new AxeBuilder({ page }).analyze();
			expect(
				axe.violations
					.filter((v) => v.impact === 'serious' || v.impact === 'critical')
					.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)
			).toEqual([]);
		});
	}
});
