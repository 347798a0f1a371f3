import { DEFAULT_DATASET } from './datasets';
import { BadRequestError } from './http-errors';

/** The longest value accepted for any query parameter. */
const MAX_PARAM_LENGTH = 200;

/** Every value of a repeatable query parameter, each checked for length. */
export function listParam(url: URL, name: string): string[] {
	const values = url.searchParams.getAll(name).filter((value) => value !== '');
	for (const value of values) checkLength(name, value);
	return values;
}

/** One query parameter's value, or undefined if absent or empty. */
export function param(url: URL, name: string): string | undefined {
	const value = url.searchParams.get(name) ?? '';
	if (value === '') return undefined;
	checkLength(name, value);
	return value;
}

/** The dataset a request asks for with `dataset=`, the seed graph by default. */
export function datasetParam(url: URL): string {
	return param(url, 'dataset') ?? DEFAULT_DATASET;
}

function checkLength(name: string, value: string): void {
	if (value.length > MAX_PARAM_LENGTH) {
		throw new BadRequestError(
			`The ${name} parameter is ${value.length} characters long; the limit is ${MAX_PARAM_LENGTH}.`
		);
	}
}
