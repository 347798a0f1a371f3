import Papa from 'papaparse';
import { missingSentence } from '../category-names';
import type { CompareOptions } from '../compare';
import { compareMany } from '../compare-many';
import type { KnowledgeGraph } from '../types';
import { zoneName } from '../zone-names';
import { joinList } from './csv-cells';

/**
 * A comparison of several roles as a table for spreadsheets: one row per item of the union
 * (zone by zone, largest first, as the view orders them) and one column per role, whose cell
 * holds the sources stating that role's link (`|`-separated) or is empty where the role does not
 * link to the item. `zone` names the item's zone in words, `roles` counts the roles linking to it;
 * `notice` says what the data lacks and `credit` carries the credit a source's licence asks for,
 * on every row, when there is one. A column is headed by its role's label (with the id when two
 * labels are equal). It is a table, not a graph: to import a comparison back, export a graph
 * format. Cells a spreadsheet would run as formulas are escaped with a leading quote.
 */
export function roleMatrixCsv(
	graph: KnowledgeGraph,
	roles: readonly string[],
	options: CompareOptions = {},
	credit?: string
): string {
	const comparison = compareMany(graph, roles, options);
	const label = (id: string) => comparison.roles.find((role) => role.id === id)?.label ?? id;
	const headers = comparison.roles.map((role) =>
		comparison.roles.some((other) => other !== role && other.label === role.label)
			? `${role.label} (${role.id})`
			: role.label
	);
	const notice = missingSentence(graph.getAttribute('title'), comparison.missing, label);
	const extra = [...(notice ? [notice] : []), ...(credit ? [credit] : [])];
	const data: string[][] = [];
	for (const zone of comparison.zones) {
		const name = zoneName(zone.roles, comparison.roles);
		for (const item of zone.items) {
			data.push([
				item.id,
				item.label,
				item.category,
				name,
				String(zone.roles.length),
				...roles.map((role) => (item.sources[role] ? joinList(item.sources[role]) : '')),
				...extra
			]);
		}
	}
	return Papa.unparse(
		{
			fields: [
				'node',
				'node_label',
				'category',
				'zone',
				'roles',
				...headers,
				...(notice ? ['notice'] : []),
				...(credit ? ['credit'] : [])
			],
			data
		},
		{ escapeFormulae: true, newline: '\r\n' }
	);
}
