import autocannon from 'autocannon';
import { createServer, type Server } from 'node:http';

export interface LoadFigures {
	requestsPerSecond: number;
	p50Ms: number;
	p99Ms: number;
	errors: number;
	non2xx: number;
	requests: number;
}

/** Drives a URL with autocannon (connections × seconds, on loopback) and returns its figures. */
export async function hammer(url: string, connections = 50, seconds = 10): Promise<LoadFigures> {
	const result = await autocannon({ url, connections, duration: seconds, pipelining: 1 });
	return {
		requestsPerSecond: result.requests.average,
		p50Ms: result.latency.p50,
		p99Ms: result.latency.p99,
		errors: result.errors + result.timeouts,
		non2xx: result.non2xx,
		requests: result.requests.total
	};
}

/** The floor: a bare node:http server answering every request with the same precomputed JSON. */
export function bareServer(body: string, port: number): Promise<Server> {
	const buffer = Buffer.from(body);
	const server = createServer((_request, response) => {
		response.writeHead(200, {
			'content-type': 'application/json',
			'content-length': buffer.length
		});
		response.end(buffer);
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
