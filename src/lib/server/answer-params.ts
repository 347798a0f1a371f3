import { BadRequestError } from './http-errors';
import { param } from './params';

/** A whole-number query parameter from `min` to `max`, or `fallback` when absent. */
export function wholeNumberParam(
	url: URL,
	name: string,
	{ min, max, fallback }: { min: number; max: number; fallback: number }
): number {
	const value = param(url, name);
	if (value === undefined) return fallback;
	const number = Number(value);
	if (!/^\d+$/.test(value) || number < min || number > max) {
		throw new BadRequestError(
			`${name} must be a whole number from ${min} to ${max}, not "${value.slice(0, 40)}".`
		);
	}
	return number;
}

/** The longest id accepted in a list parameter, and the most ids. */
const MAX_ID_LENGTH = 200;
const MAX_IDS = 200;

/**
 * The ids of a comma-separated list parameter (`have=python,sql`, repeatable), trimmed, blanks
 * left out; throws a BadRequestError when it is missing or over long.
 */
export function idListParam(url: URL, name: string, example: string): string[] {
	const ids = url.searchParams
		.getAll(name)
		.flatMap((value) => value.split(','))
		.map((id) => id.trim())
		.filter((id) => id !== '');
	if (ids.length === 0) throw new BadRequestError(`Give the ids as ?${name}=${example}`);
	if (ids.length > MAX_IDS) {
		throw new BadRequestError(`${name} lists ${ids.length} ids; the limit is ${MAX_IDS}.`);
	}
	const long = ids.find((id) => id.length > MAX_ID_LENGTH);
	if (long) {
		throw new BadRequestError(
			`An id in ${name} is ${long.length} characters long; the limit is ${MAX_ID_LENGTH}.`
		);
	}
	return ids;
}
