/**
 * The floor for the answers' HTTP bench, in a process of its own (so it does not share a core
 * with autocannon or the app): bare node:http answering each path with the bytes the app sent
 * for it. Usage: node scripts/bench/bare-floor.js <port> <answers.json> (a path → body map).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [port, file] = process.argv.slice(2);
if (!port || !file)
	throw new Error('usage: node scripts/bench/bare-floor.js <port> <answers.json>');
const bodies = new Map(
	Object.entries(JSON.parse(readFileSync(file, 'utf8'))).map(([path, body]) => [
		path,
		Buffer.from(/** @type {string} */ (body))
	])
);
createServer((request, response) => {
	const body = bodies.get(request.url ?? '');
	if (!body) {
		response.writeHead(404).end();
		return;
	}
	response.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
	response.end(body);
}).listen(Number(port), '127.0.0.1', () => console.log('ready'));
