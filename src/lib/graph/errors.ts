/** One problem found, with where it is (a file and line, an element), when that is known. */
export interface Problem {
	/** The file and entry (or element) the problem is in, e.g. `graph/seed/nodes/technologies.yaml:12 (nginx)`. */
	where: string;
	message: string;
}

/** One problem found in graph data, with where it is. */
export type ValidationIssue = Problem;

/**
 * The base of every error rolegraph throws on purpose (as graphology's GraphError is of its
 * own): a message a person can act on, the HTTP status it answers with, and the problems found,
 * one each. The server and the browser map errors to answers with one function, statusOf.
 */
export class RolegraphError extends Error {
	/** The HTTP status the error answers with: 400 for bad input, 404 for what does not exist. */
	readonly status: number;
	/** Every problem found, when there are several (a file's, a dataset's). */
	readonly problems: readonly Problem[];
	constructor(message: string, { status = 400, problems = [] as readonly Problem[] } = {}) {
		super(message);
		this.name = new.target.name;
		this.status = status;
		this.problems = problems;
	}
}

/** The HTTP status of any error: a rolegraph error's own, 500 for anything else. */
export function statusOf(error: unknown): number {
	return error instanceof RolegraphError ? error.status : 500;
}

/** Lines listing problems: the first `shown`, then how many more there are. */
export function problemLines(problems: readonly Problem[], shown = 20): string[] {
	const lines = problems
		.slice(0, shown)
		.map((problem) =>
			problem.where ? `  ${problem.where}: ${problem.message}` : `  ${problem.message}`
		);
	return problems.length > shown ? [...lines, `  …and ${problems.length - shown} more`] : lines;
}

/** "1 problem", "3 problems". */
export function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** No node has the id a caller asked for. */
export class UnknownNodeError extends RolegraphError {
	readonly id: string;
	constructor(id: string) {
		super(`No node has the id "${id}".`, { status: 404 });
		this.id = id;
	}
}

/** The id names a node, but the query needs a role. */
export class NotARoleError extends RolegraphError {
	readonly id: string;
	constructor(id: string, category: string) {
		super(`"${id}" is a ${category}, not a role.`, { status: 404 });
		this.id = id;
	}
}

/** A query option (category, source, search text…) has a value the graph does not know. */
export class InvalidQueryError extends RolegraphError {
	readonly parameter: string;
	constructor(parameter: string, message: string) {
		super(message, { status: 400 });
		this.parameter = parameter;
	}
}

/** Graph data broke the schema or its references; lists every problem found. */
export class GraphValidationError extends RolegraphError {
	/** The problems, by their older name. */
	readonly issues: ValidationIssue[];
	constructor(issues: ValidationIssue[]) {
		super(
			[`The graph data has ${plural(issues.length, 'problem')}:`, ...problemLines(issues)].join(
				'\n'
			),
			{ status: 400, problems: issues }
		);
		this.issues = issues;
	}
}
