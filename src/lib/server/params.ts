import type { ViewSpec } from '../graph/view-graph';
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

/**
 * The view an export asks for: `view=compare&a=…&b=…` or `view=compare&role=…&role=…&role=…`
 * (with filters), `view=node&id=…`, or `view=whole`.
 */
export function viewParam(url: URL): ViewSpec {
	const view = param(url, 'view') ?? 'whole';
	if (view === 'whole') return { kind: 'whole' };
	if (view === 'node') {
		const id = param(url, 'id');
		if (!id) throw new BadRequestError('view=node needs the node as id=…');
		return { kind: 'node', id };
	}
	if (view === 'compare' && url.searchParams.has('role')) {
		// Several roles (repeated role=…); compareMany checks how many and which.
		return {
			kind: 'compareMany',
			roles: listParam(url, 'role'),
			options: { categories: listParam(url, 'category'), sources: listParam(url, 'source') }
		};
	}
	if (view === 'compare') {
		const a = param(url, 'a');
		const b = param(url, 'b');
		if (!a || !b) throw new BadRequestError('view=compare needs both roles, as a=… and b=…');
		return {
			kind: 'compare',
			a,
			b,
			options: { categories: listParam(url, 'category'), sources: listParam(url, 'source') }
		};
	}
	throw new BadRequestError(`Unknown view "${view}"; use compare, node or whole.`);
}
