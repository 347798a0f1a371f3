/**
 * Page renders run a few at a time, first come first served. A render is mostly synchronous
 * work interleaved at its awaits: a hundred at once would each take as long as all of them,
 * hold all their memory together, and leave some waiting far longer than others. In turn, each
 * waits only for those before it.
 */
import { sendProblem } from '../src/lib/server/http-contract.js';

const MAX_RENDERS = 4;
/** Beyond this many waiting, a page request is turned away (503) rather than queued. */
const MAX_WAITING = 1000;
let rendering = 0;
/** @type {(() => void)[]} */
const waiting = [];

/**
 * Runs `render` when a turn is free (at once if one is), or answers 503 if too many wait.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {() => void} render
 */
export function renderInTurn(request, response, render) {
	const start = () => {
		// A client that left while waiting needs no page.
		if (request.destroyed || response.writableEnded) return next();
		rendering++;
		response.once('close', () => {
			rendering--;
			next();
		});
		render();
	};
	const next = () => {
		while (rendering < MAX_RENDERS && waiting.length > 0) waiting.shift()?.();
	};
	if (rendering < MAX_RENDERS) return start();
	if (waiting.length >= MAX_WAITING) {
		return sendProblem(request, response, {
			status: 503,
			message: 'The server is busy; try again in a few seconds.',
			headers: { 'retry-after': '5' }
		});
	}
	waiting.push(start);
}
