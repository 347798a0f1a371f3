/**
 * A floor for the HTTP benches, in a process of its own (so it does not share a core's event
 * loop with autocannon or the app): bare node:http answering each path with the bytes the app
 * sent for it, from memory. Usage: node scripts/bench/bare-floor.js <port> <answers.json>, where
 * the file maps a path to a JSON body (a string) or to `{ base64, headers }` (any bytes, with the
 * headers the app sent them with, e.g. a gzipped page).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [port, file] = process.argv.slice(2);
if (!port || !file)
	throw new Error('usage: node scripts/bench/bare-floor.js <port> <answers.json>');
/** @type {Record<string, string | { base64: string, headers: Record<string, string> }>} */
const answers = JSON.parse(readFileSync(file, 'utf8'));
const bodies = new Map(
	Object.entries(answers).map(([path, answer]) => {
		if (typeof answer === 'string') {
			return [path, { body: Buffer.from(answer), headers: { 'content-type': 'application/json' } }];
		}
		return [path, { body: Buffer.from(answer.base64, 'base64'), headers: answer.headers }];
	})
);
createServer((request, response) => {
	const answer = bodies.get(request.url ?? '');
	if (!answer) {
		response.writeHead(404).end();
		return;
	}
	response.writeHead(200, { ...answer.headers, 'content-length': answer.body.length });
	response.end(answer.body);
}).listen(Number(port), '127.0.0.1', () => console.log('ready'));
