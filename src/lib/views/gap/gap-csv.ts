import Papa from 'papaparse';
import type { Gap } from '../../graph/gap';

/** The columns of the gap table, in order. */
export const GAP_CSV_COLUMNS = [
	'list',
	'rank',
	'id',
	'label',
	'category',
	'weight',
	'reasons',
	'hot',
	'in_demand',
	'importance',
	'summary'
] as const;

/**
 * The way from one role to another as a table: what to learn, in the view's order with each
 * item's weight and reasons, then what carries over. Not a graph format (it does not import
 * back): a list for people, written by this view. `summary` (coverage and what the data lacks,
 * in words) is on the first row; `credit` (the data's licence) on every row when given. Cells a
 * spreadsheet would run as formulas are escaped with a leading quote.
 */
export function gapCsv(gap: Gap, summary: string, credit?: string): string {
	const rows = [
		...gap.learn.map((item, index) => ({ list: 'learn', index, item, reasons: item.reasons })),
		...gap.carry.map((item, index) => ({ list: 'carries over', index, item, reasons: [] }))
	].map(({ list, index, item, reasons }, row) => [
		list,
		String(index + 1),
		item.id,
		item.label,
		item.category,
		String(item.weight),
		reasons.join('; '),
		item.hot ? 'yes' : '',
		item.inDemand ? 'yes' : '',
		item.importance === undefined ? '' : String(item.importance),
		row === 0 ? summary : '',
		...(credit ? [credit] : [])
	]);
	return Papa.unparse(
		{ fields: [...GAP_CSV_COLUMNS, ...(credit ? ['credit'] : [])], data: rows },
		{ escapeFormulae: true, newline: '\r\n' }
	);
}
