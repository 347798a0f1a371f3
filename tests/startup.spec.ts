import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	cpSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	symlinkSync,
	unlinkSync,
	writeFileSync
} from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startServer } from './server-process';

/** Whether anything accepts connections on a port of this machine now. */
function listening(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const socket = connect(port, '127.0.0.1');
		socket.on('connect', () => {
			socket.destroy();
			resolve(true);
		});
		socket.on('error', () => resolve(false));
	});
}

/**
 * Starts the built server on a copy of graph/ changed by `corrupt`; resolves with how it ended
 * and whether its port ever answered while it ran (checked every 50 ms).
 */
async function startWith(corrupt: (root: string) => void) {
	const port = await freePort();
	const root = copyOfData(corrupt);
	const server = spawn(process.execPath, ['server.js'], {
		env: { ...process.env, ROLEGRAPH_DATA: root, PORT: String(port), HOST: '127.0.0.1' }
	});
	let output = '';
	server.stdout.on('data', (chunk) => (output += chunk));
	server.stderr.on('data', (chunk) => (output += chunk));
	let exited = false;
	let served = false;
	const code = await new Promise<number | null>((resolve) => {
		const timer = setTimeout(() => {
			server.kill();
			resolve(null);
		}, 20_000);
		server.on('exit', (exitCode) => {
			exited = true;
			clearTimeout(timer);
			resolve(exitCode);
		});
		void (async () => {
			while (!exited) {
				if (await listening(port)) served = true;
				await new Promise((wait) => setTimeout(wait, 50));
			}
		})();
	});
	rmSync(root, { recursive: true, force: true });
	return { code, output, served };
}

/** A copy of graph/ in a temporary folder, changed by `change`. */
function copyOfData(change: (root: string) => void): string {
	const root = mkdtempSync(join(tmpdir(), 'rolegraph-data-'));
	cpSync('graph', root, { recursive: true });
	change(root);
	return root;
}

/** Updates a file's checksum in its table manifest, as someone covering an edit would. */
function forgeChecksum(root: string, file: string) {
	const path = join(root, 'onet/manifest.json');
	const manifest = JSON.parse(readFileSync(path, 'utf8'));
	manifest.files[file] = createHash('sha256')
		.update(readFileSync(join(root, 'onet', file)))
		.digest('hex');
	writeFileSync(path, JSON.stringify(manifest, null, '\t'));
}

/** Changes a table file's row (0 is the header) with `edit`, then forges its checksum. */
function editRow(
	root: string,
	file: string,
	row: number,
	edit: (cells: string[], column: (name: string) => number) => void
) {
	const path = join(root, 'onet', file);
	const lines = readFileSync(path, 'utf8').split('\n');
	const header = lines[0]!.split('\t');
	const cells = lines[row]!.split('\t');
	edit(cells, (name) => {
		const index = header.indexOf(name);
		if (index < 0) throw new Error(`${file} has no column "${name}"`);
		return index;
	});
	lines[row] = cells.join('\t');
	writeFileSync(path, lines.join('\n'));
	forgeChecksum(root, file);
}

/** Changes a table manifest with `edit`. */
function editManifest(root: string, edit: (manifest: Record<string, unknown>) => void) {
	const path = join(root, 'onet/manifest.json');
	const manifest = JSON.parse(readFileSync(path, 'utf8'));
	edit(manifest);
	writeFileSync(path, JSON.stringify(manifest, null, '\t'));
}

/** Keeps the first `fraction` of a file's bytes, as a write cut short would. */
function truncate(file: string, fraction = 0.5) {
	const bytes = readFileSync(file);
	writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length * fraction)));
}

const cases: [string, (root: string) => void, RegExp][] = [
	[
		'a dangling reference',
		(root) => {
			const file = join(root, 'seed/edges/backend-engineer.yaml');
			writeFileSync(file, readFileSync(file, 'utf8').replace('to: nginx,', 'to: nginxx,'));
		},
		/seed\/edges\/backend-engineer\.yaml:\d+ \(backend-engineer → nginxx\): unknown node "nginxx"/
	],
	[
		'a half-written file',
		(root) => {
			const file = join(root, 'seed/nodes/technologies.yaml');
			const text = readFileSync(file, 'utf8');
			writeFileSync(file, text.slice(0, Math.floor(text.length / 2)));
		},
		/seed\/(nodes|edges)\/\S+\.yaml:\d+/
	],
	[
		'an unknown category',
		(root) => writeFileSync(join(root, 'seed/nodes/gadgets.yaml'), 'category: gadget\nnodes: []\n'),
		/seed\/nodes\/gadgets\.yaml:1: category: unknown category "gadget"/
	],
	[
		'a corrupt YAML file (broken syntax)',
		(root) => {
			const file = join(root, 'seed/nodes/roles.yaml');
			const text = readFileSync(file, 'utf8');
			writeFileSync(file, text.replace('label: Backend Developer', 'label: [Backend Developer'));
		},
		/seed\/nodes\/roles\.yaml:\d+:\d+: not valid YAML/
	],
	[
		'a corrupt YAML file (binary garbage)',
		(root) => {
			const file = join(root, 'seed/nodes/skills.yaml');
			const bytes = readFileSync(file);
			bytes.fill(0, 200, 260);
			writeFileSync(file, bytes);
		},
		/seed\/nodes\/skills\.yaml:\d+/
	],
	[
		'a broken dataset other than the default',
		(root) => {
			cpSync(join(root, 'seed'), join(root, 'extra'), { recursive: true });
			const file = join(root, 'extra/edges/backend-developer.yaml');
			writeFileSync(file, readFileSync(file, 'utf8').replace('to: php', 'to: phpp'));
		},
		/extra\/edges\/backend-developer\.yaml:\d+ \(backend-developer → phpp\): unknown node "phpp"/
	],
	[
		'a half-written table file (O*NET edges)',
		(root) => truncate(join(root, 'onet/edges-needs.tsv')),
		/onet\/edges-needs\.tsv is damaged[^\n]*checksum[\s\S]*onet\/edges-needs\.tsv:\d+ \(\S+ → \S+\): unknown node/
	],
	[
		'a corrupt table file (O*NET nodes, a column lost)',
		(root) => {
			const file = join(root, 'onet/nodes-technology.tsv');
			const lines = readFileSync(file, 'utf8').split('\n');
			lines[5] = lines[5]!.replace('\t', '');
			writeFileSync(file, lines.join('\n'));
		},
		/onet\/nodes-technology\.tsv is damaged[^\n]*checksum[\s\S]*onet\/edges-\w+\.tsv:\d+ \(\S+ → \S+\): unknown node/
	],
	[
		'a half-written table manifest',
		(root) => truncate(join(root, 'onet/manifest.json')),
		/onet\/manifest\.json is not readable JSON/
	],
	[
		'a half-written table dataset description',
		(root) => truncate(join(root, 'onet/dataset.json')),
		/onet\/dataset\.json is damaged[\s\S]*onet\/dataset\.json: not valid JSON/
	],
	[
		'a table edited with its checksum updated (a 2,000-character label with a control character)',
		(root) =>
			editRow(root, 'nodes-technology.tsv', 1, (cells, column) => {
				cells[column('label')] = `${'x'.repeat(2000)}\u0007`;
			}),
		/onet\/nodes-technology\.tsv:2 \(id "trak-it-solutions-trak-it-hr"\): attributes\.label: [^\n]*500[\s\S]*attributes\.label: contains the control character U\+0007/
	],
	[
		'a table edited with its checksum updated (importance 99999)',
		(root) =>
			editRow(root, 'edges-needs.tsv', 1, (cells, column) => {
				cells[column('importance')] = '99999';
			}),
		/onet\/edges-needs\.tsv:2 \(11-1011\.00 → adobe-acrobat\): importance: 99999 is outside its range, 1 to 5/
	],
	[
		'a dataset description edited with its checksum updated (a title with a control character)',
		(root) => {
			const path = join(root, 'onet/dataset.json');
			const attributes = JSON.parse(readFileSync(path, 'utf8'));
			attributes.title = 'O*NET\u0000';
			writeFileSync(path, JSON.stringify(attributes));
			forgeChecksum(root, 'dataset.json');
		},
		/onet\/dataset\.json: title: contains the control character U\+0000/
	],
	[
		'a table manifest whose counts are wrong',
		(root) =>
			editManifest(root, (manifest) => {
				manifest.nodes = 24_401;
			}),
		/onet\/manifest\.json claims 24401 nodes; the data has 24400 nodes/
	],
	[
		'a deleted table manifest',
		(root) => unlinkSync(join(root, 'onet/manifest.json')),
		/onet holds table files \(dataset\.json, edges-needs\.tsv, edges-relatedTo\.tsv, …\) but no manifest\.json/
	],
	[
		'a manifest listing a path outside its folder',
		(root) =>
			editManifest(root, (manifest) => {
				(manifest.files as Record<string, string>)['../../../../etc/hostname'] = '0'.repeat(64);
			}),
		/onet\/manifest\.json lists "\.\.\/\.\.\/\.\.\/\.\.\/etc\/hostname", which is not a table file of its folder/
	],
	[
		'a table file that is a link out of its folder',
		(root) => {
			const outside = join(root, 'elsewhere.tsv');
			cpSync(join(root, 'onet/nodes-skill.tsv'), outside);
			unlinkSync(join(root, 'onet/nodes-skill.tsv'));
			symlinkSync(outside, join(root, 'onet/nodes-skill.tsv'));
		},
		/onet\/nodes-skill\.tsv is not a file of the folder/
	],
	[
		'a table file the manifest does not list',
		(root) => cpSync(join(root, 'onet/nodes-skill.tsv'), join(root, 'onet/nodes-practice.tsv')),
		/onet\/nodes-practice\.tsv is not listed in manifest\.json/
	]
];

test.describe('startup on invalid data', () => {
	for (const [name, corrupt, message] of cases) {
		test(`refuses to start on ${name}, naming the file and entry`, async () => {
			test.setTimeout(60_000);
			const { code, output, served } = await startWith(corrupt);
			expect(code).toBe(1);
			expect(output).toContain('rolegraph cannot start');
			expect(output).toMatch(message);
			expect(output).not.toContain('Listening on');
			expect(served).toBe(false);
		});
	}
});

test.describe('startup on valid data', () => {
	test('data not recorded as validated is validated in full at startup, then served', async ({
		request
	}) => {
		test.setTimeout(60_000);
		const root = copyOfData((root) =>
			editRow(root, 'nodes-technology.tsv', 1, (cells) => {
				cells[1] = 'Trak-it HR, relabelled';
			})
		);
		const server = await startServer({ ROLEGRAPH_DATA: root });
		try {
			// Loaded (so validated) before the server listened.
			const datasets = await (await request.get(`${server.base}/api/datasets`)).json();
			expect(datasets.datasets.find((d: { id: string }) => d.id === 'onet').loaded).toBe(true);
			const node = await request.get(
				`${server.base}/api/nodes/trak-it-solutions-trak-it-hr?dataset=onet`
			);
			expect((await node.json()).node.label).toBe('Trak-it HR, relabelled');
		} finally {
			await server.stop();
			rmSync(root, { recursive: true, force: true });
		}
	});

	test('recorded data is checked against its checksums only, and loaded on first use', async ({
		request
	}) => {
		const server = await startServer({ ROLEGRAPH_DATA: 'graph' });
		try {
			const datasets = await (await request.get(`${server.base}/api/datasets`)).json();
			expect(
				datasets.datasets.find((d: { id: string }) => d.id === 'onet').loaded,
				'graph/onet is not recorded as validated under the current schema (it was loaded at ' +
					'startup): run `npm run graph:validate -- --record` and commit ' +
					'src/lib/server/validated-tables.json'
			).toBe(false);
		} finally {
			await server.stop();
		}
	});
});
