import { describe, expect, it } from 'vitest';
import {
	agree,
	coverageSentence,
	percent,
	readsPlural,
	similarityExplained,
	weightingWords
} from './answer-wording';

describe('answer wording', () => {
	it('agrees with plural occupation names and singular role names', () => {
		expect(readsPlural('Web Developers')).toBe(true);
		expect(readsPlural('Dentists, General')).toBe(true);
		expect(readsPlural('Backend Engineer')).toBe(false);
		expect(readsPlural('Business Analysis')).toBe(false);
		expect(readsPlural('Appraisers of Personal and Business Property')).toBe(true);
		expect(readsPlural('Bookkeeping, Accounting, and Auditing Clerks')).toBe(true);
		expect(agree('Actors', 'has', 'have')).toBe('have');
		expect(agree('Chef', 'has', 'have')).toBe('has');
	});

	it('says coverage in a sentence, with how the data weighs requirements', () => {
		expect(
			coverageSentence('Web Developers', 'Software Developers', 0.6249, 'weighted by importance')
		).toBe(
			'Web Developers already have 62% of what Software Developers need, weighted by importance.'
		);
		expect(coverageSentence('Backend Engineer', 'Backend Developer', 0.29)).toBe(
			'Backend Engineer already has 29% of what Backend Developer needs.'
		);
		expect(percent(0.005)).toBe('1%');
	});

	it('describes the weighting a dataset uses', () => {
		expect(weightingWords([])).toBe('counting each requirement alike');
		expect(
			weightingWords([
				{ kind: 'scale', attribute: 'importance', name: 'importance', low: 3, high: 5, bonus: 1 },
				{ kind: 'flag', attribute: 'hot', bonus: 0.5, says: 'a hot technology', mark: 'hot' },
				{ kind: 'flag', attribute: 'inDemand', bonus: 0.5, says: 'in demand', mark: 'in demand' }
			])
		).toBe('weighted by importance, with hot and in-demand items counting more');
	});

	it('explains a similarity score with the signals it comes from', () => {
		expect(similarityExplained(0.7258, ['needs', 'titles'])).toBe(
			'Similarity 0.73 on a scale of 0 (nothing in common) to 1 (the same), from what they need and their job titles.'
		);
	});
});
