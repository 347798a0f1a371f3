import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleDataFiles, type DataFile } from './data-files';
import { GraphValidationError, type ValidationIssue } from './errors';

const valid: Record<string, string> = {
	'd/dataset.yaml': 'id: d\ntitle: D\ndescription: A dataset.\ndefaultPair: [eng, dev]\n',
	'd/sources.yaml': 'sources:\n  - id: s1\n    title: One\n    summary: The first.\n',
	'd/nodes/roles.yaml':
		'category: role\nnodes:\n  - id: eng\n    label: Engineer\n  - id: dev\n    label: Developer\n',
	'd/nodes/technologies.yaml':
		'category: technology\nnodes:\n  - id: php\n    label: PHP\n    aliases: [PHP 8]\n',
	'd/nodes/responsibilities.yaml':
		'category: responsibility\nnodes:\n  - id: debug\n    label: Debugging\n',
	'd/edges/eng.yaml': 'role: eng\nedges:\n  - { to: php, sources: [s1] }\n',
	'd/edges/dev.yaml':
		'role: dev\nedges:\n  - { to: php, sources: [s1] }\n  - { to: debug, sources: [s1] }\n',
	'd/edges/relations.yaml':
		'edges:\n  - { from: eng, to: dev, relation: buildsFoundationFor, sources: [s1] }\n',
	'd/README.md': 'Not YAML, ignored.'
};

function files(changes: Record<string, string | null> = {}): DataFile[] {
	const merged: Record<string, string | null> = { ...valid, ...changes };
	return Object.entries(merged)
		.filter((entry): entry is [string, string] => entry[1] !== null)
		.map(([path, text]) => ({ path, text }));
}

function issuesOf(changes: Record<string, string | null>): ValidationIssue[] {
	try {
		assembleDataFiles(files(changes));
	} catch (error) {
		expect(error).toBeInstanceOf(GraphValidationError);
		return (error as GraphValidationError).issues;
	}
	throw new Error('expected the files to be rejected');
}

describe('assembleDataFiles', () => {
	it('joins the files into one graph and infers relations from categories', () => {
		const graph = assembleDataFiles(files());
		expect(graph.attributes.sources.map((s) => s.id)).toEqual(['s1']);
		expect(graph.nodes.map((n) => [n.key, n.attributes.category])).toContainEqual([
			'php',
			'technology'
		]);
		const relations = graph.edges.map((e) => `${e.source}-${e.attributes.relation}-${e.target}`);
		expect(relations.sort()).toEqual([
			'dev-needs-php',
			'dev-responsibleFor-debug',
			'eng-buildsFoundationFor-dev',
			'eng-needs-php'
		]);
	});

	it.each<[string, Record<string, string | null>, string, RegExp]>([
		[
			'broken YAML, with line and column',
			{
				'd/nodes/technologies.yaml': 'category: technology\nnodes:\n  - id: php\n    label: [PHP\n'
			},
			'd/nodes/technologies.yaml:5:1',
			/not valid YAML/
		],
		[
			'a duplicate key in a mapping',
			{ 'd/sources.yaml': 'sources: []\nsources: []\n' },
			'd/sources.yaml:2:1',
			/not valid YAML/
		],
		[
			'an unknown category',
			{ 'd/nodes/gadgets.yaml': 'category: gadget\nnodes: []\n' },
			'd/nodes/gadgets.yaml:1',
			/unknown category "gadget"/
		],
		[
			'a node without a label',
			{
				'd/nodes/technologies.yaml':
					'category: technology\nnodes:\n  - id: php\n  - id: perl\n    labl: Perl\n'
			},
			'd/nodes/technologies.yaml:3 (id "php")',
			/label/
		],
		[
			'a misspelt field',
			{
				'd/nodes/technologies.yaml':
					'category: technology\nnodes:\n  - id: php\n    label: PHP\n    descripton: x\n'
			},
			'd/nodes/technologies.yaml:3 (id "php")',
			/descripton/
		],
		[
			'a dangling reference, naming file, line and entry',
			{
				'd/edges/dev.yaml':
					'role: dev\nedges:\n  - { to: php, sources: [s1] }\n  - { to: cobol, sources: [s1] }\n'
			},
			'd/edges/dev.yaml:4 (dev → cobol)',
			/unknown node "cobol"/
		],
		[
			'a duplicate id across files',
			{ 'd/nodes/skills.yaml': 'category: skill\nnodes:\n  - id: php\n    label: PHP skills\n' },
			'd/nodes/technologies.yaml:3 (id "php")',
			/duplicate id "php", already used at d\/nodes\/skills.yaml:3/
		],
		[
			'an unknown source',
			{ 'd/edges/eng.yaml': 'role: eng\nedges:\n  - { to: php, sources: [s2] }\n' },
			'd/edges/eng.yaml:3 (eng → php)',
			/unknown source "s2"/
		],
		[
			'two roles without a relation',
			{ 'd/edges/relations.yaml': 'edges:\n  - { from: eng, to: dev, sources: [s1] }\n' },
			'd/edges/relations.yaml:2 (eng → dev)',
			/need a relation/
		],
		[
			'an edge with no role',
			{ 'd/edges/relations.yaml': 'edges:\n  - { to: php, sources: [s1] }\n' },
			'd/edges/relations.yaml:2 (→ php)',
			/no "from"/
		],
		['a missing dataset file', { 'd/dataset.yaml': null }, 'dataset.yaml', /missing/],
		['an empty file', { 'd/sources.yaml': '' }, 'd/sources.yaml', /expected object/i]
	])('reports %s', (_name, changes, where, message) => {
		expect(issuesOf(changes)).toContainEqual({ where, message: expect.stringMatching(message) });
	});
});

describe('the committed seed dataset', () => {
	const root = join(import.meta.dirname, '../../../graph/seed');
	const seedFiles = readdirSync(root, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.yaml'))
		.map((name) => ({ path: name, text: readFileSync(join(root, name), 'utf8') }));
	const graph = assembleDataFiles(seedFiles);
	const edgesTo = (id: string) => graph.edges.filter((edge) => edge.target === id);

	it('is valid and cites only its two articles', () => {
		expect(graph.attributes.sources.map((s) => s.id)).toEqual(['article-1', 'article-2']);
		expect(graph.attributes.defaultPair).toEqual(['backend-engineer', 'backend-developer']);
	});

	it('links every node to a role', () => {
		const linked = new Set(graph.edges.flatMap((edge) => [edge.source, edge.target]));
		expect(graph.nodes.filter((node) => !linked.has(node.key)).map((n) => n.key)).toEqual([]);
	});

	it.each([
		['apache', 'backend-engineer', ['article-1']],
		['nginx', 'backend-engineer', ['article-1']],
		['j2ee', 'backend-engineer', ['article-1']],
		['php', 'backend-engineer', ['article-2']],
		['php', 'backend-developer', ['article-1']],
		['python', 'backend-developer', ['article-1']],
		['javascript', 'backend-developer', ['article-1', 'article-2']],
		['html', 'backend-engineer', ['article-1', 'article-2']],
		['backend-developer', 'backend-engineer', ['article-2']]
	])('records %s for %s from %j', (target, role, sources) => {
		const edge = edgesTo(target).find((e) => e.source === role);
		expect(edge?.attributes.sources).toEqual(sources);
	});

	it('keeps versioned names as aliases of one node', () => {
		const aliases = (id: string) => graph.nodes.find((n) => n.key === id)?.attributes.aliases;
		expect(aliases('html')).toContain('HTML5');
		expect(aliases('css')).toContain('CSS3');
		expect(graph.nodes.some((n) => /^HTML5$/i.test(n.attributes.label))).toBe(false);
	});

	it('explains every reading it chose where the articles disagree', () => {
		const clientSide = edgesTo('client-side')[0];
		expect(clientSide?.attributes.note).toMatch(/Article 2/);
		expect(edgesTo('nginx')[0]?.attributes.note).toBeTruthy();
		expect(graph.nodes.find((n) => n.key === 'apis')?.attributes.note).toBeTruthy();
	});
});
