import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromValidated } from '../graph/build';
import { compareRoles } from '../graph/compare';
import { rolesFor } from '../graph/nodes';
import { validateSerializedGraph } from '../graph/validate';
import { importOnet, OnetImportError, SKILL_IMPORTANCE_THRESHOLD, slug } from './import';

const FIXTURE = join(import.meta.dirname, '../../../tests/fixtures/onet');
const read = (name: string) =>
	existsSync(join(FIXTURE, name)) ? readFileSync(join(FIXTURE, name), 'utf8') : undefined;

/** A fixture file's rows as column → value records, split independently of the importer. */
function records(name: string): Record<string, string>[] {
	const [header, ...lines] = read(name)!.split('\n').filter(Boolean);
	const columns = header!.split('\t');
	return lines.map((line) => {
		const cells = line.split('\t');
		return Object.fromEntries(columns.map((column, i) => [column, cells[i]!]));
	});
}

const { graph: data, report } = importOnet(read);
const graph = fromValidated(validateSerializedGraph(data));
const node = (id: string) => (graph.hasNode(id) ? graph.getNodeAttributes(id) : undefined);
const technologyId = (example: string) =>
	graph.findNode((_id, a) => a.category === 'technology' && a.label === example);

describe('importOnet on the fixture, row by row', () => {
	it('makes every occupation a role: code as id, title, description, job zone', () => {
		const zones = new Map(
			records('Job Zones.txt').map((r) => [r['O*NET-SOC Code'], Number(r['Job Zone'])])
		);
		for (const row of records('Occupation Data.txt')) {
			const code = row['O*NET-SOC Code']!;
			expect(node(code)).toMatchObject({
				category: 'role',
				label: row.Title,
				code,
				description: row.Description
			});
			expect(node(code)?.jobZone).toBe(zones.get(code));
		}
		expect(node('11-9039.00')?.jobZone).toBeUndefined();
	});

	it('makes every alternate and short title a search alias of its occupation', () => {
		for (const row of records('Alternate Titles.tsv')) {
			const aliases = node(row['O*NET-SOC Code']!)!.aliases!.map((a) => a.toLowerCase());
			expect(aliases).toContain(row['Alternate Title']!.toLowerCase());
			if (row['Short Title']) expect(aliases).toContain(row['Short Title'].toLowerCase());
		}
		expect(node('15-1254.00')?.aliases).toContain('Back End Developer');
	});

	it('links every Technology Skills row, with its hot and in-demand flags, and the commodity as kind', () => {
		for (const row of records('Technology Skills.txt')) {
			const id = technologyId(row.Example!);
			expect(id, row.Example).toBeDefined();
			const edge = graph.edge(row['O*NET-SOC Code']!, id!);
			expect(edge, `${row['O*NET-SOC Code']} → ${row.Example}`).toBeDefined();
			expect(graph.getEdgeAttributes(edge!)).toMatchObject({
				relation: 'needs',
				hot: row['Hot Technology'] === 'Y',
				inDemand: row['In Demand'] === 'Y'
			});
		}
		const apache = node(technologyId('Apache HTTP Server')!)!;
		const commodities = new Set(
			records('Technology Skills.txt')
				.filter((r) => r.Example === 'Apache HTTP Server')
				.map((r) => r['Commodity Title'])
		);
		expect(commodities.has(apache.kind!)).toBe(true);
		const links = records('Technology Skills.txt').length;
		expect(
			graph.filterEdges(
				(_e, a, _s, _t, _sa, ta) => a.relation === 'needs' && ta.category === 'technology'
			)
		).toHaveLength(links);
	});

	it(`links skills whose importance is at least ${SKILL_IMPORTANCE_THRESHOLD}, with the value on the edge`, () => {
		for (const row of records('Skills.tsv').filter((r) => r['Scale ID'] === 'IM')) {
			const skill = graph.findNode(
				(_id, a) => a.category === 'skill' && a.code === row['Element ID']
			)!;
			expect(node(skill)?.label).toBe(row['Element Name']);
			const edge = graph.edge(row['O*NET-SOC Code']!, skill);
			const value = Number(row['Data Value']);
			if (value >= SKILL_IMPORTANCE_THRESHOLD && row['Recommend Suppress'] !== 'Y') {
				expect(graph.getEdgeAttribute(edge!, 'importance')).toBe(Math.round(value * 100) / 100);
			} else {
				expect(edge).toBeUndefined();
			}
		}
	});

	it('makes core and untyped tasks responsibilities, and leaves supplemental ones out', () => {
		for (const row of records('Task Statements.txt')) {
			const id = `task-${row['Task ID']}`;
			if (row['Task Type'] === 'Supplemental') {
				expect(graph.hasNode(id)).toBe(false);
				continue;
			}
			expect(node(id)).toMatchObject({
				category: 'responsibility',
				label: row.Task,
				code: row['Task ID']
			});
			expect(graph.hasEdge(row['O*NET-SOC Code']!, id)).toBe(true);
		}
		// Software Developers' tasks are untyped in O*NET 29.3: they are its only task list.
		expect(
			graph.outNeighbors('15-1252.00').filter((n) => node(n)!.category === 'responsibility').length
		).toBeGreaterThan(10);
	});

	it('links related occupations with their rank, and reports the rows pointing outside the data', () => {
		for (const row of records('Related Occupations.txt')) {
			const [from, to] = [row['O*NET-SOC Code']!, row['Related O*NET-SOC Code']!];
			if (!graph.hasNode(to)) continue;
			expect(graph.getEdgeAttributes(graph.edge(from, to)!)).toMatchObject({
				relation: 'relatedTo',
				rank: Number(row.Index),
				note: `O*NET relatedness: ${row['Relatedness Tier']}`
			});
		}
		expect(report.join('\n')).toMatch(
			/Related Occupations\.txt: rows for occupations not in Occupation Data were skipped \(3\)/
		);
	});

	it('cites the release and credits O*NET as its licence asks', () => {
		const source = graph.getAttribute('sources')[0]!;
		expect(source.id).toBe('onet-29.3');
		expect(graph.getAttribute('credit')).toMatch(
			/O\*NET 29\.3 Database by the U\.S\. Department of Labor.*CC BY 4\.0.*modified/
		);
		expect(graph.getAttribute('defaultPair')).toEqual(['15-1252.00', '15-1254.00']);
	});
});

describe('answers equal the raw files', () => {
	const techRows = records('Technology Skills.txt');
	const examplesOf = (code: string) =>
		new Set(techRows.filter((r) => r['O*NET-SOC Code'] === code).map((r) => r.Example!));

	it('the occupations that need a technology are exactly those whose rows name it', () => {
		const examples = [...new Set(techRows.map((r) => r.Example!))];
		expect(examples.length).toBeGreaterThan(500);
		for (const example of examples) {
			const expected = new Set(
				techRows.filter((r) => r.Example === example).map((r) => r['O*NET-SOC Code'])
			);
			const actual = new Set(rolesFor(graph, technologyId(example)!).map((role) => role.id));
			expect(actual, example).toEqual(expected);
		}
	});

	it.each([
		['15-1252.00', '15-1254.00'],
		['15-1251.00', '15-1242.00'],
		['29-1141.00', '15-1252.00']
	])(
		'the technologies %s and %s share, and each alone lists, match a direct computation',
		(a, b) => {
			const [setA, setB] = [examplesOf(a), examplesOf(b)];
			const result = compareRoles(graph, a, b, { categories: ['technology'] });
			const labels = (items: { label: string }[]) => new Set(items.map((item) => item.label));
			expect(labels(result.shared)).toEqual(new Set([...setA].filter((x) => setB.has(x))));
			expect(labels(result.onlyA)).toEqual(new Set([...setA].filter((x) => !setB.has(x))));
			expect(labels(result.onlyB)).toEqual(new Set([...setB].filter((x) => !setA.has(x))));
		}
	);
});

describe('importOnet errors', () => {
	const without = (file: string) => (name: string) => (name === file ? undefined : read(name));
	const changed = (file: string, change: (text: string) => string) => (name: string) =>
		name === file ? change(read(name)!) : read(name);

	it.each([
		['a missing file', without('Technology Skills.txt'), /Missing file: Technology Skills\.txt/],
		[
			'a missing column',
			changed('Task Statements.txt', (t) => t.replace('Task Type', 'Kind')),
			/Task Statements\.txt: no column "Task Type"/
		],
		[
			'a short row',
			changed('Job Zones.txt', (t) =>
				t.replace(/\n11-1011\.00\t[^\n]*/, '\n11-1011.00\tChief Executives')
			),
			/Job Zones\.txt:\d+: expected 5 tab-separated values, found 2/
		],
		[
			'a bad SOC code',
			changed('Occupation Data.txt', (t) => t.replace('15-1252.00', '151252')),
			/Occupation Data\.txt:\d+: "151252" is not an O\*NET-SOC code/
		],
		[
			'a bad job zone',
			changed('Job Zones.txt', (t) => t.replace(/(15-1252\.00\tSoftware Developers\t)\d/, '$19')),
			/Job Zones\.txt:\d+: job zone "9" is not 1–5/
		],
		['no release name', without('Read Me.txt'), /Cannot tell which O\*NET release/]
	])('%s stops the import with a message naming where', (_name, reader, message) => {
		expect(() => importOnet(reader)).toThrow(OnetImportError);
		expect(() => importOnet(reader)).toThrow(message);
	});
});

describe('slug', () => {
	it.each([
		['Apache HTTP Server', 'apache-http-server'],
		['C++', 'c-plus-plus'],
		['C#', 'c-sharp'],
		['Microsoft .NET Framework', 'microsoft-net-framework'],
		['!!!', 'item']
	])('%s → %s', (text, expected) => {
		expect(slug(text)).toBe(expected);
	});
});
