/** No node has the id a caller asked for. */
export class UnknownNodeError extends Error {
	readonly id: string;
	constructor(id: string) {
		super(`No node has the id "${id}".`);
		this.name = 'UnknownNodeError';
		this.id = id;
	}
}

/** The id names a node, but the query needs a role. */
export class NotARoleError extends Error {
	readonly id: string;
	constructor(id: string, category: string) {
		super(`"${id}" is a ${category}, not a role.`);
		this.name = 'NotARoleError';
		this.id = id;
	}
}

/** A query option (category, source, search text…) has a value the graph does not know. */
export class InvalidQueryError extends Error {
	readonly parameter: string;
	constructor(parameter: string, message: string) {
		super(message);
		this.name = 'InvalidQueryError';
		this.parameter = parameter;
	}
}

/** One problem found in graph data, with where it is. */
export interface ValidationIssue {
	/** The file and entry (or element) the problem is in, e.g. `graph/seed/nodes/technologies.yaml:12 (nginx)`. */
	where: string;
	message: string;
}

/** Graph data broke the schema or its references; lists every problem found. */
export class GraphValidationError extends Error {
	readonly issues: ValidationIssue[];
	constructor(issues: ValidationIssue[]) {
		// An issue with no place is a summary of many (formats/problems.ts): its message says it all.
		const shown = issues
			.slice(0, 20)
			.map((issue) => `  ${issue.where ? `${issue.where}: ` : ''}${issue.message}`);
		const more = issues.length > 20 ? [`  …and ${issues.length - 20} more`] : [];
		super(
			[`The graph data has ${plural(issues.length, 'problem')}:`, ...shown, ...more].join('\n')
		);
		this.name = 'GraphValidationError';
		this.issues = issues;
	}
}

function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? '' : 's'}`;
}
