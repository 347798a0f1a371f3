import { describe, expect, it } from 'vitest';
import { missingSentence } from './category-names';
import { overlapSentence, relationPhrase, rolesHeading } from './relations';

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

describe('rolesHeading', () => {
	it.each([
		{ relations: ['needs', 'needs'], heading: 'Roles that need it' },
		{ relations: ['hireFor'], heading: 'Roles to hire for this' },
		{ relations: ['responsibleFor'], heading: 'Roles responsible for it' },
		{ relations: ['needs', 'hireFor'], heading: 'Roles linked to it' },
		{ relations: [], heading: 'Roles linked to it' }
	] as const)('heads $relations as "$heading"', ({ relations, heading }) => {
		expect(rolesHeading(relations.map((relation) => ({ relation })))).toBe(heading);
	});
});

describe('missingSentence', () => {
	const label = (id: string) => ({ sd: 'Software Developers', wd: 'Web Developers' })[id] ?? id;
	it('says what the dataset lacks for whom, and what is left out', () => {
		expect(missingSentence('O*NET 29.3', { sd: ['skill'] }, label)).toBe(
			'O*NET 29.3 has no skill data for Software Developers, so skills are left out of this comparison.'
		);
		expect(
			missingSentence('O*NET 29.3', { sd: ['skill'], wd: ['skill', 'technology'] }, label)
		).toBe(
			'O*NET 29.3 has no skill data for Software Developers and Web Developers and no technology data for Web Developers, so skills and technologies are left out of this comparison.'
		);
	});
	it('says nothing when nothing is missing', () => {
		expect(missingSentence('O*NET 29.3', {}, label)).toBeUndefined();
	});
});
