import Papa from 'papaparse';
import type { Comparison } from '../compare';
import { ZONE_KEYS } from './zones';

/**
 * A comparison as CSV: one row per node, with its zone and the sources behind each role's link
 * (`Backend Engineer: article-1, article-2; Backend Developer: article-1`). When a source's
 * licence asks for credit (O*NET's CC BY), a `credit` column carries it on every row, so it
 * travels with any rows copied out. Cells that a spreadsheet would run as formulas (=, +, -, @
 * first) are escaped with a leading quote.
 */
export function comparisonCsv(comparison: Comparison, credit?: string): string {
	const label = (role: string) =>
		role === comparison.a.id
			? comparison.a.label
			: role === comparison.b.id
				? comparison.b.label
				: role;
	const zoneName = {
		onlyA: `only ${comparison.a.label}`,
		shared: 'shared',
		onlyB: `only ${comparison.b.label}`
	};
	const rows = ZONE_KEYS.flatMap((zone) =>
		comparison[zone].map((item) => ({
			id: item.id,
			label: item.label,
			category: item.category,
			zone: zoneName[zone],
			sources: Object.entries(item.sources)
				.map(([role, ids]) => `${label(role)}: ${ids.join(', ')}`)
				.join('; ')
		}))
	);
	return Papa.unparse(
		{
			fields: ['id', 'label', 'category', 'zone', 'sources', ...(credit ? ['credit'] : [])],
			data: rows.map((row) => [...Object.values(row), ...(credit ? [credit] : [])])
		},
		{ escapeFormulae: true, newline: '\r\n' }
	);
}
