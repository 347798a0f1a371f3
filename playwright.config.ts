import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.js';

/** The built server's port for the tests (E2E_PORT lets two checkouts test side by side). */
export const PORT = Number(process.env.E2E_PORT ?? 4173);
/** A second built server, on the hostile dataset of tests/fixtures/hostile (tests/hostile.spec.ts). */
export const HOSTILE_PORT = PORT + 1;

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.spec.ts',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	projects: [
		{ name: 'app', grepInvert: /@timed/ },
		// Tests that time the server under load (another client's latency, a worker killed under
		// load) run last and one at a time: beside the others on two cores, they would measure
		// the other tests' CPU as much as the server's.
		{ name: 'timed', grep: /@timed/, dependencies: ['app'], workers: 1 }
	],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		trace: 'retain-on-failure',
		launchOptions: { executablePath: findChromium()?.path, args: CHROMIUM_ARGS }
	},
	webServer: [
		{
			command: 'node server.js',
			port: PORT,
			reuseExistingServer: false,
			env: { PORT: String(PORT), HOST: '127.0.0.1' }
		},
		{
			command: 'node server.js',
			port: HOSTILE_PORT,
			reuseExistingServer: false,
			env: {
				PORT: String(HOSTILE_PORT),
				HOST: '127.0.0.1',
				ROLEGRAPH_DATA: 'tests/fixtures/hostile'
			}
		}
	]
});
