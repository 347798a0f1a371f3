import { RolegraphError } from '../graph/errors';
import Papa from 'papaparse';
import { relationFor } from '../graph/relations';
import type { SerializedEdge, SerializedKnowledgeGraph, SerializedNode } from '../graph/schema';
import type { Category, Source } from '../graph/types';
import { ONET_FAMILIES, ONET_FIELDS } from './description';

/** An O*NET release could not be imported; the message names the file, and the column or line. */
export class OnetImportError extends RolegraphError {}

/** The O*NET files the importer reads, the names they go by, and the columns it needs from each. */
export const ONET_FILES = {
	occupations: {
		names: ['Occupation Data.txt', 'Occupation Data.tsv'],
		columns: ['O*NET-SOC Code', 'Title', 'Description']
	},
	jobZones: { names: ['Job Zones.txt', 'Job Zones.tsv'], columns: ['O*NET-SOC Code', 'Job Zone'] },
	technology: {
		names: ['Technology Skills.txt', 'Technology Skills.tsv'],
		columns: [
			'O*NET-SOC Code',
			'Example',
			'Commodity Code',
			'Commodity Title',
			'Hot Technology',
			'In Demand'
		]
	},
	skills: {
		names: ['Skills.txt', 'Skills.tsv'],
		columns: [
			'O*NET-SOC Code',
			'Element ID',
			'Element Name',
			'Scale ID',
			'Data Value',
			'Recommend Suppress'
		]
	},
	tasks: {
		names: ['Task Statements.txt', 'Task Statements.tsv'],
		columns: ['O*NET-SOC Code', 'Task ID', 'Task', 'Task Type']
	},
	alternateTitles: {
		names: ['Alternate Titles.txt', 'Alternate Titles.tsv'],
		columns: ['O*NET-SOC Code', 'Alternate Title', 'Short Title']
	},
	related: {
		names: ['Related Occupations.txt', 'Related Occupations.tsv'],
		columns: ['O*NET-SOC Code', 'Related O*NET-SOC Code', 'Relatedness Tier', 'Index']
	}
} as const;

type FileKey = keyof typeof ONET_FILES;

/** Skills whose O*NET importance (1–5) reaches this are what an occupation "needs". 3 is "Important". */
export const SKILL_IMPORTANCE_THRESHOLD = 3;

/** The pair of occupations a first visit compares, if the release has them. */
const DEFAULT_PAIR: [string, string] = ['15-1252.00', '15-1254.00'];

const SOC_CODE = /^\d{2}-\d{4}\.\d{2}$/;

/** Reads a file by name (e.g. from a folder); undefined if there is no such file. */
export type FileReader = (name: string) => string | undefined;

interface Table {
	file: string;
	column: (name: string) => number;
	rows: string[][];
	/** The file's line number of a row (the header is line 1). */
	line: (index: number) => number;
}

/** Parses one O*NET file (tab-separated, one header row, no quoting) and checks its columns. */
function table(read: FileReader, key: FileKey): Table {
	const spec = ONET_FILES[key];
	const file = spec.names.find((name) => read(name) !== undefined);
	if (!file)
		throw new OnetImportError(
			`Missing file: ${spec.names[0]} (looked for ${spec.names.join(' or ')}).`
		);
	const text = read(file)!.replace(/^\uFEFF/, '');
	// O*NET files are never quoted: a quote is just a character in a task or title.
	const parsed = Papa.parse<string[]>(text, {
		delimiter: '\t',
		quoteChar: '\u0000',
		skipEmptyLines: true
	});
	const [header = [], ...rows] = parsed.data;
	const columns = header.map((name) => name.trim());
	for (const needed of spec.columns) {
		if (!columns.includes(needed)) {
			throw new OnetImportError(
				`${file}: no column "${needed}" (the file has ${columns.map((c) => `"${c}"`).join(', ')}).`
			);
		}
	}
	rows.forEach((row, index) => {
		if (row.length !== columns.length) {
			throw new OnetImportError(
				`${file}:${index + 2}: expected ${columns.length} tab-separated values, found ${row.length}.`
			);
		}
	});
	return { file, column: (name) => columns.indexOf(name), rows, line: (index) => index + 2 };
}

/** A readable, URL-friendly id: "Apache HTTP Server" → "apache-http-server", "C++" → "c-plus-plus". */
export function slug(text: string): string {
	return (
		text
			.replaceAll('++', ' plus plus ')
			.replaceAll('+', ' plus ')
			.replaceAll('#', ' sharp ')
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '') || 'item'
	);
}

/** Text cleaned for a one-line cell: no tabs or line breaks, no doubled spaces. */
function clean(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

export interface OnetImport {
	graph: SerializedKnowledgeGraph;
	/** What was left out and why, one line each. */
	report: string[];
}

/** The release named in "Read Me.txt" ("O*NET 29.3 Database" → "29.3"), if any. */
export function releaseOf(read: FileReader): string | undefined {
	return /O\*NET\s+(\d+(?:\.\d+)*)/.exec(read('Read Me.txt') ?? '')?.[1];
}

/**
 * Maps an O*NET release to a rolegraph graph: occupations → roles (SOC code as id, with job zone
 * and alternate titles as aliases), technology examples → technologies (commodity title as kind,
 * Hot Technology / In Demand on the edge), skills with importance ≥ 3 → skills (importance on the
 * edge), core (and untyped) task statements → responsibilities, related occupations →
 * role-to-role relations.
 */
export function importOnet(read: FileReader, release = releaseOf(read)): OnetImport {
	if (!release) {
		throw new OnetImportError(
			'Cannot tell which O*NET release this is: "Read Me.txt" is missing or does not name it.'
		);
	}
	const report: string[] = [];
	const sourceId = `onet-${release}`;
	const sources = [sourceId];
	const nodes: SerializedNode[] = [];
	const edges: SerializedEdge[] = [];
	const used = new Set<string>();
	const skipped = new Map<string, number>();
	const skip = (file: string, reason: string) =>
		skipped.set(`${file}: ${reason}`, (skipped.get(`${file}: ${reason}`) ?? 0) + 1);

	// The occupations each file has data on: where one has none, the role says so (`unrated`), so
	// that nothing linked reads as "not known" rather than "not needed".
	const rated = {
		technology: new Set<string>(),
		skill: new Set<string>(),
		responsibility: new Set<string>()
	};

	// Occupations, job zones, alternate titles → roles.
	const occupations = table(read, 'occupations');
	const roles = new Map<string, SerializedNode>();
	occupations.rows.forEach((row, index) => {
		const code = row[occupations.column('O*NET-SOC Code')]!.trim();
		if (!SOC_CODE.test(code)) {
			throw new OnetImportError(
				`${occupations.file}:${occupations.line(index)}: "${code}" is not an O*NET-SOC code.`
			);
		}
		const node: SerializedNode = {
			key: code,
			attributes: {
				label: clean(row[occupations.column('Title')]!),
				category: 'role',
				code,
				description: clean(row[occupations.column('Description')]!) || undefined
			}
		};
		if (!node.attributes.description) delete node.attributes.description;
		roles.set(code, node);
		used.add(code);
	});
	const known = (file: string, code: string) => {
		if (roles.has(code)) return true;
		skip(file, 'rows for occupations not in Occupation Data were skipped');
		return false;
	};

	const zones = table(read, 'jobZones');
	zones.rows.forEach((row, index) => {
		const code = row[zones.column('O*NET-SOC Code')]!.trim();
		if (!known(zones.file, code)) return;
		const zone = Number(row[zones.column('Job Zone')]);
		if (!Number.isInteger(zone) || zone < 1 || zone > 5) {
			throw new OnetImportError(
				`${zones.file}:${zones.line(index)}: job zone "${row[zones.column('Job Zone')]}" is not 1–5.`
			);
		}
		roles.get(code)!.attributes.jobZone = zone;
	});

	const titles = table(read, 'alternateTitles');
	const aliases = new Map<string, Map<string, string>>();
	for (const row of titles.rows) {
		const code = row[titles.column('O*NET-SOC Code')]!.trim();
		if (!known(titles.file, code)) continue;
		const own = aliases.get(code) ?? new Map<string, string>();
		aliases.set(code, own);
		for (const title of [
			row[titles.column('Alternate Title')]!,
			row[titles.column('Short Title')]!
		]) {
			const alias = clean(title);
			if (alias && alias.toLowerCase() !== roles.get(code)!.attributes.label.toLowerCase()) {
				if (!own.has(alias.toLowerCase())) own.set(alias.toLowerCase(), alias);
			}
		}
	}
	for (const [code, own] of aliases)
		if (own.size > 0) roles.get(code)!.attributes.aliases = [...own.values()];
	nodes.push(...roles.values());

	// Technology examples → technologies; each occupation's rows → its edges.
	const technology = table(read, 'technology');
	const examples = new Map<string, Map<string, { code: string; count: number }>>();
	const links = new Map<string, { hot: boolean; inDemand: boolean }>();
	for (const row of technology.rows) {
		const code = row[technology.column('O*NET-SOC Code')]!.trim();
		if (!known(technology.file, code)) continue;
		const example = clean(row[technology.column('Example')]!);
		if (!example) {
			skip(technology.file, 'rows with no Example were skipped');
			continue;
		}
		rated.technology.add(code);
		const commodity = clean(row[technology.column('Commodity Title')]!);
		const commodities = examples.get(example) ?? new Map();
		examples.set(example, commodities);
		const seen = commodities.get(commodity) ?? {
			code: row[technology.column('Commodity Code')]!.trim(),
			count: 0
		};
		seen.count++;
		commodities.set(commodity, seen);
		const key = `${code}\u0000${example}`;
		const link = links.get(key) ?? { hot: false, inDemand: false };
		link.hot ||= row[technology.column('Hot Technology')]!.trim() === 'Y';
		link.inDemand ||= row[technology.column('In Demand')]!.trim() === 'Y';
		links.set(key, link);
	}
	const technologyIds = new Map<string, string>();
	for (const example of [...examples.keys()].sort()) {
		const id = uniqueId(slug(example), used);
		technologyIds.set(example, id);
		const ranked = [...examples.get(example)!].sort(
			([a, x], [b, y]) => y.count - x.count || a.localeCompare(b)
		);
		const [kind, { code }] = ranked[0]!;
		const node: SerializedNode = {
			key: id,
			attributes: { label: example, category: 'technology', kind, code }
		};
		if (ranked.length > 1) {
			node.attributes.note = `O*NET also files it under ${ranked
				.slice(1)
				.map(([title]) => title)
				.join('; ')}.`;
		}
		nodes.push(node);
	}
	for (const [key, link] of links) {
		const [code, example] = key.split('\u0000') as [string, string];
		edges.push({
			source: code,
			target: technologyIds.get(example)!,
			attributes: { relation: 'needs', sources, hot: link.hot, inDemand: link.inDemand }
		});
	}

	// Skills: every skill named, linked where its importance reaches the threshold.
	const skills = table(read, 'skills');
	const skillIds = new Map<string, string>();
	skills.rows.forEach((row, index) => {
		const code = row[skills.column('O*NET-SOC Code')]!.trim();
		const elementId = row[skills.column('Element ID')]!.trim();
		const name = clean(row[skills.column('Element Name')]!);
		if (!skillIds.has(elementId)) {
			const id = uniqueId(`skill-${slug(name)}`, used);
			skillIds.set(elementId, id);
			nodes.push({ key: id, attributes: { label: name, category: 'skill', code: elementId } });
		}
		if (row[skills.column('Scale ID')]!.trim() !== 'IM' || !known(skills.file, code)) return;
		const value = Number(row[skills.column('Data Value')]);
		if (!Number.isFinite(value)) {
			throw new OnetImportError(
				`${skills.file}:${skills.line(index)}: Data Value "${row[skills.column('Data Value')]}" is not a number.`
			);
		}
		if (row[skills.column('Recommend Suppress')]!.trim() === 'Y') {
			skip(skills.file, 'importance ratings O*NET recommends suppressing were left out');
			return;
		}
		rated.skill.add(code);
		if (value < SKILL_IMPORTANCE_THRESHOLD) return;
		edges.push({
			source: code,
			target: skillIds.get(elementId)!,
			attributes: { relation: 'needs', sources, importance: Math.round(value * 100) / 100 }
		});
	});

	// Task statements → responsibilities.
	const tasks = table(read, 'tasks');
	let supplemental = 0;
	tasks.rows.forEach((row, index) => {
		const code = row[tasks.column('O*NET-SOC Code')]!.trim();
		if (!known(tasks.file, code)) return;
		rated.responsibility.add(code);
		// Core tasks are an occupation's responsibilities. O*NET leaves the type blank where it has
		// not rated an occupation's tasks (Software Developers, for one): those are all it lists.
		if (row[tasks.column('Task Type')]!.trim() === 'Supplemental') {
			supplemental++;
			return;
		}
		const taskId = row[tasks.column('Task ID')]!.trim();
		if (!/^\d+$/.test(taskId)) {
			throw new OnetImportError(
				`${tasks.file}:${tasks.line(index)}: Task ID "${taskId}" is not a number.`
			);
		}
		const id = uniqueId(`task-${taskId}`, used);
		nodes.push({
			key: id,
			attributes: {
				label: clean(row[tasks.column('Task')]!),
				category: 'responsibility',
				code: taskId
			}
		});
		edges.push({
			source: code,
			target: id,
			attributes: { relation: relationFor('responsibility'), sources }
		});
	});
	if (supplemental > 0)
		report.push(
			`${tasks.file}: ${supplemental} supplemental tasks left out (core and untyped tasks are responsibilities).`
		);

	// Related occupations → role-to-role relations.
	const related = table(read, 'related');
	for (const row of related.rows) {
		const code = row[related.column('O*NET-SOC Code')]!.trim();
		const other = row[related.column('Related O*NET-SOC Code')]!.trim();
		if (!known(related.file, code) || !known(related.file, other) || code === other) continue;
		edges.push({
			source: code,
			target: other,
			attributes: {
				relation: 'relatedTo',
				sources,
				rank: Number(row[related.column('Index')]),
				note: `O*NET relatedness: ${clean(row[related.column('Relatedness Tier')]!)}`
			}
		});
	}

	const unratedCounts: string[] = [];
	for (const [category, codes] of Object.entries(rated) as [Category, Set<string>][]) {
		let count = 0;
		for (const [code, role] of roles) {
			if (codes.has(code)) continue;
			(role.attributes.unrated ??= []).push(category);
			count++;
		}
		unratedCounts.push(`${count} have no ${category} data`);
	}
	report.push(`Of the occupations, ${unratedCounts.join(', ')}.`);

	for (const [reason, count] of skipped) report.push(`${reason} (${count}).`);
	const skillEdges = edges.filter((edge) => edge.attributes.importance !== undefined).length;
	report.unshift(
		`${roles.size} occupations, ${technologyIds.size} technologies, ${skillIds.size} skills (${skillEdges} links at importance ≥ ${SKILL_IMPORTANCE_THRESHOLD}), ` +
			`${nodes.filter((n) => n.attributes.category === 'responsibility').length} tasks, ${edges.length} links in all.`
	);

	const pair = DEFAULT_PAIR.every((code) => roles.has(code))
		? DEFAULT_PAIR
		: ([...roles.keys()].slice(0, 2) as [string, string]);
	nodes.sort(
		(a, b) =>
			a.attributes.category.localeCompare(b.attributes.category) || a.key.localeCompare(b.key)
	);
	edges.sort(
		(a, b) =>
			a.attributes.relation.localeCompare(b.attributes.relation) ||
			a.source.localeCompare(b.source) ||
			a.target.localeCompare(b.target)
	);
	return {
		graph: {
			attributes: {
				id: 'onet',
				title: `O*NET ${release}`,
				description:
					`The occupations of the O*NET ${release} database with the technologies, skills (importance ${SKILL_IMPORTANCE_THRESHOLD} or more of 5) and core tasks it lists for each; ` +
					'alternate job titles are search aliases, and related occupations are linked.',
				sources: [onetSource(release)],
				defaultPair: pair,
				credit: onetCredit(release),
				fields: ONET_FIELDS,
				families: ONET_FAMILIES
			},
			nodes,
			edges
		},
		report
	};
}

/** The one-line credit the O*NET licence (CC BY 4.0) asks for, saying the data was modified. */
export function onetCredit(release: string): string {
	return `O*NET ${release} Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license; modified (reshaped into a graph) by rolegraph.`;
}

function onetSource(release: string): Source {
	return {
		id: `onet-${release}`,
		short: `O*NET ${release}`,
		title: `O*NET ${release} Database`,
		publisher: 'U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)',
		url: 'https://www.onetcenter.org/database.html',
		summary:
			'The U.S. occupational information database: for each occupation, its tasks, the skills it calls for with importance ratings, the technologies used on the job (with hot and in-demand flags), alternate titles and related occupations. Licensed CC BY 4.0.',
		credit: onetCredit(release)
	};
}

function uniqueId(base: string, used: Set<string>): string {
	let id = base;
	for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
	used.add(id);
	return id;
}
