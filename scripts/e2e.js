/**
 * npm run test:e2e — makes sure a Chromium is available, builds the app, and runs the
 * Playwright specs in tests/ against the built server. Extra arguments go to Playwright.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.js';

/** @param {string} command @param {string[]} args @param {NodeJS.ProcessEnv} [env] */
function run(command, args, env = process.env) {
	const result = spawnSync(command, args, { stdio: 'inherit', env });
	return result.status ?? 1;
}

function installDebianChromium() {
	const canInstall =
		process.getuid?.() === 0 && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
	if (!canInstall) return false;
	console.log('No Chromium found; installing Debian’s chromium package (about a minute)…');
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	return (
		run('apt-get', ['update', '-qq'], env) === 0 &&
		run('apt-get', ['install', '-y', '-qq', 'chromium'], env) === 0
	);
}

let browser = findChromium();
if (!browser && installDebianChromium()) browser = findChromium();
if (!browser) {
	console.error(
		[
			'The end-to-end tests need Chromium, and none was found.',
			'Any one of these works:',
			'  • Debian/Ubuntu:  sudo apt-get install chromium',
			'  • Playwright’s own browser:  npx playwright install chromium',
			'  • an existing Chrome/Chromium:  CHROMIUM_PATH=/path/to/chrome npm test'
		].join('\n')
	);
	process.exit(1);
}
console.log(`End-to-end tests use ${browser.path ?? 'Playwright’s Chromium'} (${browser.origin}).`);

const build = run('npx', ['vite', 'build', '--logLevel', 'warn']);
if (build !== 0) process.exit(build);
process.exit(run('npx', ['playwright', 'test', ...process.argv.slice(2)]));
