import { RolegraphError } from '../errors';

/** The kinds of problem that stop a file before its graph is validated. */
export type FormatProblem =
	| 'too-big'
	| 'empty'
	| 'binary'
	| 'encoding'
	| 'dtd'
	| 'xml-character'
	| 'xml-entity'
	| 'xml-namespace'
	| 'xml-depth'
	| 'xml-syntax'
	| 'json-syntax'
	| 'needs-mapping'
	| 'shape';

/** A file could not be read as the format it is in; `problem` says which kind of trouble it is. */
export class FormatError extends RolegraphError {
	readonly problem: FormatProblem;
	constructor(message: string, problem: FormatProblem = 'shape') {
		super(message, { status: 400 });
		this.problem = problem;
	}
}
