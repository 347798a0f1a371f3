/**
 * Finds a Chromium for Playwright: CHROMIUM_PATH, then Debian's /usr/bin/chromium, then the
 * browser Playwright downloads itself (`npx playwright install chromium`), if present.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * @returns {{ path: string | undefined, origin: string } | undefined} the browser to use
 * (path undefined means Playwright's own), or undefined if there is none.
 */
export function findChromium() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) return existsSync(fromEnv) ? { path: fromEnv, origin: 'CHROMIUM_PATH' } : undefined;
	const system = SYSTEM_PATHS.find((path) => existsSync(path));
	if (system) return { path: system, origin: 'system' };
	try {
		if (existsSync(chromium.executablePath())) return { path: undefined, origin: 'Playwright' };
	} catch {
		// Playwright has no browser of its own installed.
	}
	return undefined;
}

/** Launch flags that suit a headless machine with no network and no GPU. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];
