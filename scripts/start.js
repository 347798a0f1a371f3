/**
 * npm start — builds the app if the build is missing or older than the source, then serves it
 * (port 3000 unless PORT says otherwise; HOST is respected too).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const BUILD = 'build/index.js';
const INPUTS = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'];

/**
 * The newest modification time among files and folders, in milliseconds.
 * @param {string} path
 * @returns {number}
 */
function newest(path) {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return readdirSync(path).reduce(
		(max, name) => Math.max(max, newest(join(path, name))),
		stat.mtimeMs
	);
}

if (!existsSync(BUILD) || Math.max(...INPUTS.map(newest)) > statSync(BUILD).mtimeMs) {
	console.log('Building rolegraph…');
	const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
	if (build.status !== 0) process.exit(build.status ?? 1);
}

const env = { ...process.env, PORT: process.env.PORT ?? '3000' };
const host = process.env.HOST && process.env.HOST !== '0.0.0.0' ? process.env.HOST : 'localhost';
console.log(`rolegraph is starting on http://${host}:${env.PORT}/`);
const server = spawn(process.execPath, ['build'], { stdio: 'inherit', env });
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM']))
	process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
