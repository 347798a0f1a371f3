import { describe, expect, it } from 'vitest';
import { seedGraph } from '../test-support/graphs';
import { ratedGraph } from '../test-support/answers-graph';
import { NotARoleError, UnknownNodeError } from './errors';
import { inWords, summariseComparison } from './summary';

describe('summariseComparison', () => {
	it('says how much two roles overlap, what matters most, how they relate', () => {
		expect(summariseComparison(ratedGraph(), 'web', 'soft').sentences).toEqual([
			'Web Developer and Software Developer have 2 of their 8 requirements in common (25%).',
			'Weighted by how much each role needs them, Software Developer has 45% of what Web Developer needs and Web Developer has 53% of what Software Developer needs; their similarity is 0.16 on a scale of 0 to 1.',
			'Most important in common: Programming and JavaScript.',
			'Only Web Developer: CSS, HTML and Write web pages.',
			'Only Software Developer: Java, SQL and Write software programs.',
			'Web Developer is related to Software Developer (Tier one), according to S1.'
		]);
	});

	it('says when to hire which where the data says, and counts alike where nothing is rated', async () => {
		const summary = summariseComparison(await seedGraph(), 'backend-engineer', 'backend-developer');
		expect(summary.sentences[1]).toMatch(/^Counting each requirement alike, /);
		expect(summary.sentences).toContain(
			'Backend Engineer builds the foundation for Backend Developer, according to Article 2.'
		);
		expect(summary.sentences).toContain(
			'Hire a Backend Engineer for a guided plan for a new business app.'
		);
		expect(summary.sentences.at(-1)).toMatch(
			/^Hire a Backend Developer for a long-term team member, .* or maintaining an app or site already built\.$/
		);
		expect(summary.text).toBe(summary.sentences.join(' '));
	});

	it('throws named errors for bad ids', () => {
		expect(() => summariseComparison(ratedGraph(), 'web', 'nope')).toThrow(UnknownNodeError);
		expect(() => summariseComparison(ratedGraph(), 'js', 'web')).toThrow(NotARoleError);
	});
});

describe('inWords', () => {
	it('joins a list as people write it', () => {
		expect(inWords([])).toBe('');
		expect(inWords(['A'])).toBe('A');
		expect(inWords(['A', 'B'])).toBe('A and B');
		expect(inWords(['A', 'B', 'C'], 'or')).toBe('A, B or C');
	});
});
