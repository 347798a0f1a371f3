import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A port nobody listens on now (the system's choice), so test servers never collide. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer()
			.once('error', reject)
			.listen(0, '127.0.0.1', () => {
				const { port } = probe.address() as { port: number };
				probe.close(() => resolve(port));
			});
	});
}

/** A built server started by a test: its process, address and everything it printed so far. */
export interface RunningServer {
	process: ChildProcess;
	port: number;
	base: string;
	output: () => string;
	/** Resolves when a line of output matches (at most `timeout` ms). */
	waitFor: (pattern: RegExp, timeout?: number) => Promise<string>;
	/** Stops it (SIGTERM, then SIGKILL after 10 s); resolves with its exit code. */
	stop: () => Promise<number | null>;
}

/** Starts `node server.js` on a free port with extra environment, and waits until it listens. */
export async function startServer(
	env: Record<string, string> = {},
	args: string[] = []
): Promise<RunningServer> {
	const port = await freePort();
	const child = spawn(process.execPath, [...args, 'server.js'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env }
	});
	let output = '';
	const watchers: (() => void)[] = [];
	const add = (chunk: Buffer) => {
		output += chunk;
		for (const watcher of [...watchers]) watcher();
	};
	child.stdout!.on('data', add);
	child.stderr!.on('data', add);
	const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
	const waitFor = (pattern: RegExp, timeout = 30_000) =>
		new Promise<string>((resolve, reject) => {
			const check = () => {
				const match = pattern.exec(output);
				if (!match) return;
				watchers.splice(watchers.indexOf(check), 1);
				clearTimeout(timer);
				resolve(match[0]);
			};
			const timer = setTimeout(() => {
				watchers.splice(watchers.indexOf(check), 1);
				reject(new Error(`no ${pattern} in the server's output:\n${output}`));
			}, timeout);
			watchers.push(check);
			check();
		});
	const server: RunningServer = {
		process: child,
		port,
		base: `http://127.0.0.1:${port}`,
		output: () => output,
		waitFor,
		stop: async () => {
			if (child.exitCode === null && child.signalCode === null) {
				child.kill('SIGTERM');
				const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
				const code = await exited;
				clearTimeout(timer);
				return code;
			}
			return child.exitCode;
		}
	};
	await Promise.race([
		waitFor(/Listening on/),
		exited.then((code) => {
			throw new Error(`the server exited (${code}) before listening:\n${output}`);
		})
	]);
	return server;
}
