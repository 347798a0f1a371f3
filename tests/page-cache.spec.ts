/**
 * Pages are rendered once per address and kept (server/page-cache.js): a burst of first
 * requests for one page costs one render, and every answer carries a nonce of its own.
 */
import { expect, test } from '@playwright/test';
import { request as httpRequest } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { startServer } from './server-process';

interface Answer {
	status: number;
	/** Rendered now (streamed, chunked) or served from the kept bytes (a known length). */
	rendered: boolean;
	nonce: string;
	html: string;
}

/** One GET on a connection of its own, gzip accepted. */
function get(port: number, target: string): Promise<Answer> {
	return new Promise((resolve, reject) => {
		httpRequest(
			{ port, host: '127.0.0.1', path: target, headers: { 'accept-encoding': 'gzip' } },
			(response) => {
				const chunks: Buffer[] = [];
				response.on('data', (chunk: Buffer) => chunks.push(chunk));
				response.on('end', () => {
					const policy = String(response.headers['content-security-policy'] ?? '');
					resolve({
						status: response.statusCode ?? 0,
						rendered: response.headers['transfer-encoding'] === 'chunked',
						nonce: /'nonce-([^']+)'/.exec(policy)?.[1] ?? '',
						html: gunzipSync(Buffer.concat(chunks)).toString()
					});
				});
			}
		)
			.on('error', reject)
			.end();
	});
}

test('a burst of first requests for a page costs one render, each answer with its own nonce', async () => {
	test.setTimeout(60_000);
	// One worker: every request reaches the same page cache.
	const server = await startServer({ ROLEGRAPH_WORKERS: '1' });
	try {
		// O*NET is loaded first (its first page would wait for it anyway).
		expect((await get(server.port, '/nodes/php?dataset=onet')).status).toBe(200);
		const target = '/compare/15-1252.00/15-1254.00?dataset=onet';
		const answers = await Promise.all(Array.from({ length: 12 }, () => get(server.port, target)));
		expect(answers.map((answer) => answer.status)).toEqual(Array(12).fill(200));
		expect(answers.filter((answer) => answer.rendered)).toHaveLength(1);
		expect(new Set(answers.map((answer) => answer.nonce)).size).toBe(12);
		const pages = new Set(answers.map((answer) => answer.html.replaceAll(answer.nonce, '')));
		expect(pages.size).toBe(1);
		// A page that cannot be kept (a 404) is rendered for each request, as before.
		const missing = await Promise.all(
			Array.from({ length: 3 }, () => get(server.port, '/nodes/no-such-node?dataset=onet'))
		);
		expect(missing.map((answer) => answer.status)).toEqual([404, 404, 404]);
	} finally {
		expect(await server.stop()).toBe(0);
	}
});
