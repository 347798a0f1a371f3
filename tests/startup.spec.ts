import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PORT } from '../playwright.config';

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
async function startWith(corrupt: (root: string) => void, port: number) {
	const root = mkdtempSync(join(tmpdir(), 'rolegraph-data-'));
	cpSync('graph', root, { recursive: true });
	corrupt(root);
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
	]
];

test.describe('startup on invalid data', () => {
	cases.forEach(([name, corrupt, message], index) => {
		test(`refuses to start on ${name}, naming the file and entry`, async () => {
			test.setTimeout(60_000);
			// Ports next to the test server's (E2E_PORT), so two checkouts can test side by side.
			const { code, output, served } = await startWith(corrupt, PORT + 10 + index);
			expect(code).toBe(1);
			expect(output).toContain('rolegraph cannot start');
			expect(output).toMatch(message);
			expect(output).not.toContain('Listening on');
			expect(served).toBe(false);
		});
	});
});
