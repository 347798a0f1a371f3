/**
 * npm run screenshots — starts the built server and saves screenshots of every view, in light
 * and dark, at desktop and 390 px widths, to screenshots/ (for looking at, not committed).
 * Pass paths to shoot only those: `npm run screenshots -- /nodes/php`.
 */
import { chromium, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';

/** PORT lets two checkouts shoot side by side. */
const PORT = Number(process.env.PORT ?? 4199);
const base = `http://127.0.0.1:${PORT}`;
const paths = process.argv.slice(2).filter((arg) => arg.startsWith('/'));
const views =
	paths.length > 0
		? paths
		: ['/', '/?node=nginx', '/nodes/php', '/nodes/backend-engineer', '/explore'];

const server = spawn(process.execPath, ['server.js'], {
	env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1' },
	stdio: 'inherit'
});
await new Promise((resolve) => setTimeout(resolve, 1500));
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({
	executablePath: findChromium()?.path,
	args: CHROMIUM_ARGS
});
try {
	for (const scheme of ['light', 'dark'] as const) {
		for (const [name, viewport] of [
			['desktop', { width: 1440, height: 900 }],
			['mobile', { width: 390, height: 844 }]
		] as const) {
			const page: Page = await browser.newPage({ viewport, colorScheme: scheme });
			for (const path of views) {
				await page.goto(base + path);
				await page.waitForSelector('[data-drawn="true"]', { timeout: 30_000 }).catch(() => {});
				const file = `screenshots/${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${name}-${scheme}.png`;
				await page.screenshot({ path: file, fullPage: name === 'mobile' });
				console.log(file);
			}
			await page.close();
		}
	}
} finally {
	await browser.close();
	server.kill();
}
