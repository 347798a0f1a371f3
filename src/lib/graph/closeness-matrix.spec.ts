import { describe, expect, it } from 'vitest';
import { closenessMatrix } from './closeness-matrix';
import { NotARoleError } from './errors';
import { closeness } from './similarity';
import { tinyGraph } from '../test-support/tiny-graph';

describe('closenessMatrix', () => {
	it('gives every pair its score both ways and each direction its coverage', () => {
		const graph = tinyGraph();
		const matrix = closenessMatrix(graph, ['eng', 'dev', 'lonely']);
		const pair = closeness(graph, 'eng', 'dev');
		expect(matrix[0]![0]).toBeNull();
		expect(matrix[0]![1]).toEqual({ score: pair.score, coverage: pair.coverage.fromRole });
		expect(matrix[1]![0]).toEqual({ score: pair.score, coverage: pair.coverage.toRole });
		// Engineer has 2 of Developer's 4 needs (equal weights); Developer 2 of Engineer's 3.
		expect(matrix[0]![1]!.coverage).toBe(0.5);
		expect(matrix[1]![0]!.coverage).toBe(0.6667);
		// A role that needs nothing is covered whole, and covers nothing.
		expect(matrix[0]![2]).toMatchObject({ coverage: 1 });
		expect(matrix[2]![0]).toMatchObject({ coverage: 0 });
	});

	it('refuses what is not a role', () => {
		expect(() => closenessMatrix(tinyGraph(), ['eng', 'java'])).toThrow(NotARoleError);
	});
});
