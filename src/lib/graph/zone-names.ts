import { listInWords } from './category-names';
import type { ComparedRole } from './compare-many';

const NUMBERS = ['none', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** A small count in words ("three"), larger ones in digits. */
export function countInWords(count: number): string {
	return NUMBERS[count] ?? String(count);
}

/**
 * A zone of a comparison of several roles, in words: "All three", "Both", "Only Database
 * Administrators", "Software Developers and Web Developers only", or, when naming the roles left
 * out is shorter (from four roles on), "All but Web Developers".
 */
export function zoneName(zone: readonly string[], roles: readonly ComparedRole[]): string {
	const label = (id: string) => roles.find((role) => role.id === id)?.label ?? id;
	if (zone.length === roles.length) {
		return roles.length === 2 ? 'Both' : `All ${countInWords(roles.length)}`;
	}
	if (zone.length === 1) return `Only ${label(zone[0]!)}`;
	const out = roles.filter((role) => !zone.includes(role.id));
	if (roles.length >= 4 && out.length < zone.length) {
		return `All but ${listInWords(out.map((role) => role.label))}`;
	}
	return `${listInWords(zone.map(label))} only`;
}

/** A zone's key in addresses and element ids: the letters of its roles' places ("ABD"). */
export function zoneKey(zone: readonly string[], roles: readonly ComparedRole[]): string {
	return roles
		.map((role, i) => (zone.includes(role.id) ? String.fromCharCode(65 + i) : ''))
		.join('');
}
