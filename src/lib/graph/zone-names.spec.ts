import { describe, expect, it } from 'vitest';
import { zoneKey, zoneName } from './zone-names';

const roles = (count: number) =>
	['Software', 'Web', 'Database', 'Systems', 'Security', 'Network']
		.slice(0, count)
		.map((label) => ({ id: label.toLowerCase(), label }));

describe('zoneName', () => {
	it.each([
		{ count: 2, zone: ['software', 'web'], name: 'Both' },
		{ count: 3, zone: ['software', 'web', 'database'], name: 'All three' },
		{ count: 6, zone: roles(6).map((r) => r.id), name: 'All six' },
		{ count: 3, zone: ['database'], name: 'Only Database' },
		{ count: 3, zone: ['software', 'web'], name: 'Software and Web only' },
		{ count: 4, zone: ['software', 'web', 'systems'], name: 'All but Database' },
		{
			count: 6,
			zone: ['software', 'web', 'database', 'network'],
			name: 'All but Systems and Security'
		},
		{ count: 6, zone: ['web', 'security', 'network'], name: 'Web, Security and Network only' }
	])('$count roles, $zone: $name', ({ count, zone, name }) => {
		expect(zoneName(zone, roles(count))).toBe(name);
	});
});

describe('zoneKey', () => {
	it('names a zone by the letters of its roles’ places', () => {
		expect(zoneKey(['web', 'systems'], roles(4))).toBe('BD');
		expect(zoneKey(['software'], roles(2))).toBe('A');
	});
});
