import { describe, expect, it } from 'vitest';
import { overlapSentence, relationPhrase } from './wording';

const engineer = (linked: boolean) => ({ label: 'Backend Engineer', linked });
const developer = (linked: boolean) => ({ label: 'Backend Developer', linked });

describe('overlapSentence', () => {
	it.each([
		['needs', true, true, 'Both Backend Engineer and Backend Developer need it.'],
		['needs', true, false, 'Only Backend Engineer needs it.'],
		['needs', false, true, 'Only Backend Developer needs it.'],
		['needs', false, false, 'Neither Backend Engineer nor Backend Developer links to it.'],
		[
			'responsibleFor',
			true,
			true,
			'Both Backend Engineer and Backend Developer are responsible for it.'
		],
		['hireFor', false, true, 'Only Backend Developer is the hire for this.']
	] as const)('%s, A %s, B %s → %s', (relation, a, b, expected) => {
		expect(overlapSentence(relation, engineer(a), developer(b))).toBe(expected);
	});

	it('speaks of one role when a role is compared with itself', () => {
		expect(overlapSentence('needs', engineer(true), engineer(true))).toBe(
			'Backend Engineer needs it.'
		);
	});
});

describe('relationPhrase', () => {
	it('reads as a verb phrase', () => {
		expect(relationPhrase('responsibleFor')).toBe('is responsible for it');
	});
});
