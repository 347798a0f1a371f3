/**
 * npm start — builds the app if the build is missing or older than the source, then serves it
 * (port 3000 unless PORT says otherwise; HOST is respected too).
 */
import { spawn } from 'node:child_process';
import { buildIfStale } from './build-if-stale.js';

buildIfStale();
const env = { ...process.env, PORT: process.env.PORT ?? '3000' };
const host = process.env.HOST && process.env.HOST !== '0.0.0.0' ? process.env.HOST : 'localhost';
console.log(`rolegraph is starting on http://${host}:${env.PORT}/`);
const server = spawn(process.execPath, ['server.js'], { stdio: 'inherit', env });
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
	process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
