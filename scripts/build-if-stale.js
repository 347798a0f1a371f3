/** Builds the app with Vite when build/ is missing or older than the source it is built from. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const BUILD = 'build/index.js';
/** Left in build/ by a test build (npm run test:e2e), which keeps a test hook production leaves out. */
export const E2E_MARK = 'build/E2E_BUILD';
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

/** Builds if needed; exits the process if the build fails. */
export function buildIfStale() {
	const fresh =
		existsSync(BUILD) &&
		!existsSync(E2E_MARK) &&
		Math.max(...INPUTS.map(newest)) <= statSync(BUILD).mtimeMs;
	if (fresh) return;
	console.log('Building rolegraph…');
	const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
	if (build.status !== 0) process.exit(build.status ?? 1);
}
