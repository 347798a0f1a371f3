import Papa from 'papaparse';
import type { FieldDescription } from '../../graph/fields';
import type { Gap } from '../../graph/gap';

/** The columns every gap table has, in order; the dataset's link fields come before `summary`. */
export const GAP_CSV_COLUMNS = ['list', 'rank', 'id', 'label', 'category', 'weight', 'reasons'];

/**
 * The way from one role to another as a table: what to learn, in the view's order with each
 * item's weight and reasons, then what carries over. Not a graph format (it does not import
 * back): a list for people, written by this view. `summary` (coverage and what the data lacks,
 * in words) is on the first row; `credit` (the data's licence) on every row when given. The
 * dataset's described link fields (O*NET: hot, inDemand, importance) get a column each. Cells a
 * spreadsheet would run as formulas are escaped with a leading quote.
 */
export function gapCsv(
	gap: Gap,
	summary: string,
	credit?: string,
	fields: readonly FieldDescription[] = []
): string {
	const shown = fields.filter((field) => field.on === 'link' && field.show !== 'none');
	const cell = (value: unknown) =>
		value === undefined || value === false ? '' : value === true ? 'yes' : String(value);
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
		...shown.map((field) => cell((item as Record<string, unknown>)[field.name])),
		row === 0 ? summary : '',
		...(credit ? [credit] : [])
	]);
	return Papa.unparse(
		{
			fields: [
				...GAP_CSV_COLUMNS,
				...shown.map((field) => field.name),
				'summary',
				...(credit ? ['credit'] : [])
			],
			data: rows
		},
		{ escapeFormulae: true, newline: '\r\n' }
	);
}
