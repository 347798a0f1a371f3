import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Starts the built server on a copy of graph/ changed by `corrupt`; resolves with how it ended. */
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
	const code = await new Promise<number | null>((resolve) => {
		const timer = setTimeout(() => {
			server.kill();
			resolve(null);
		}, 10_000);
		server.on('exit', (exitCode) => {
			clearTimeout(timer);
			resolve(exitCode);
		});
	});
	rmSync(root, { recursive: true, force: true });
	return { code, output };
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
	]
];

test.describe('startup on invalid data', () => {
	cases.forEach(([name, corrupt, message], index) => {
		test(`refuses to start on ${name}, naming the file and entry`, async () => {
			const { code, output } = await startWith(corrupt, 4300 + index);
			expect(code).toBe(1);
			expect(output).toContain('rolegraph cannot start');
			expect(output).toMatch(message);
			expect(output).not.toContain('Listening on');
		});
	});
});
