import { spawn, type ChildProcess } from 'node:child_process';

/** Starts the built app on a port and resolves once it answers. */
export async function startServer(
	port: number,
	env: Record<string, string> = {}
): Promise<{ url: string; process: ChildProcess; stop: () => void }> {
	const child = spawn(process.execPath, ['server.js'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const url = `http://127.0.0.1:${port}`;
	for (let attempt = 0; attempt < 100; attempt++) {
		try {
			if ((await fetch(`${url}/api/sources`)).ok) break;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	return { url, process: child, stop: () => child.kill() };
}

/**
 * Asks for a page on fresh connections until every worker of the server's cluster has rendered
 * it once: each worker keeps its own rendered pages, and the floor is served from memory, so the
 * first render of a page on each worker (once per server start) is left out of both.
 */
export async function warmEveryWorker(url: string, connections = 8): Promise<void> {
	for (let i = 0; i < connections; i++) {
		await (await fetch(url, { headers: { connection: 'close' } })).arrayBuffer();
	}
}
