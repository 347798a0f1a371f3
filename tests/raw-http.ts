import { connect } from 'node:net';
import { PORT } from '../playwright.config';

/**
 * Sends request text as is (no client-side URL or header clean-up) and resolves with the raw
 * answer, once the server closes the connection (send `Connection: close`).
 */
export function raw(requestText: string | Buffer, port = PORT): Promise<string> {
	return new Promise((resolve, reject) => {
		const socket = connect(port, '127.0.0.1');
		const chunks: Buffer[] = [];
		const answer = () => Buffer.concat(chunks).toString('utf8');
		socket.setTimeout(10_000, () => socket.destroy(new Error('timed out')));
		socket.on('data', (chunk: Buffer) => chunks.push(chunk));
		socket.on('end', () => resolve(answer()));
		socket.on('close', () => resolve(answer()));
		// A server may close while the request is still being written (a refused, over-large one).
		socket.on('error', (error: NodeJS.ErrnoException) =>
			error.code === 'EPIPE' || error.code === 'ECONNRESET' ? resolve(answer()) : reject(error)
		);
		socket.write(requestText);
	});
}

/** An answer's status, head (lower-cased, for header checks) and body. */
export function parse(answer: string) {
	const [head = '', ...rest] = answer.split('\r\n\r\n');
	const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]);
	const headers = Object.fromEntries(
		head
			.split('\r\n')
			.slice(1)
			.map((line) => {
				const colon = line.indexOf(':');
				return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
			})
	);
	return { status, head: head.toLowerCase(), headers, body: rest.join('\r\n\r\n') };
}
