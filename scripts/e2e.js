/**
 * npm run test:e2e — makes sure a Chromium is available, builds the app (in the e2e mode, with
 * its test hook), and runs the
 * Playwright specs in tests/ against the built server. Extra arguments go to Playwright.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { E2E_MARK } from './build-if-stale.js';
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

// The e2e mode keeps the test hook (window.__cy) that production builds leave out.
const build = run('npx', ['vite', 'build', '--mode', 'e2e', '--logLevel', 'warn']);
if (build !== 0) process.exit(build);
writeFileSync(E2E_MARK, 'e2e\n');
process.exit(run('npx', ['playwright', 'test', ...process.argv.slice(2)]));
