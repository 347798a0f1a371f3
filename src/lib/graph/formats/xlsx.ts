import { defineFormat } from './format';
import { FormatError } from './format-error';
import { megabytes } from './limits';

/** A ZIP file's first bytes. */
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** The most an .xlsx may unpack to: its XML is read whole, so this bounds the memory it takes. */
export const MAX_XLSX_UNPACKED = 128 * 1024 * 1024;

function isZip(bytes: Uint8Array): boolean {
	return ZIP.every((byte, i) => bytes[i] === byte);
}

/**
 * The sizes a ZIP file says its entries unpack to, from its central directory (read before
 * anything is unpacked, so a small file that would unpack to gigabytes is refused at once).
 */
export function unpackedSize(bytes: Uint8Array): number | undefined {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	// The end-of-central-directory record is in the last 64 KB (its comment is at most 65,535 bytes).
	for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 65_557); at--) {
		if (view.getUint32(at, true) !== 0x06054b50) continue;
		const entries = view.getUint16(at + 10, true);
		let entry = view.getUint32(at + 16, true);
		let total = 0;
		for (let i = 0; i < entries; i++) {
			if (entry + 46 > bytes.length || view.getUint32(entry, true) !== 0x02014b50) return undefined;
			total += view.getUint32(entry + 24, true);
			entry +=
				46 +
				view.getUint16(entry + 28, true) +
				view.getUint16(entry + 30, true) +
				view.getUint16(entry + 32, true);
		}
		return total;
	}
	return undefined;
}

type Cell = string | number | boolean | null;

function cellOf(value: unknown): Cell {
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
		return value;
	return null;
}

/**
 * Excel workbooks (.xlsx): the first sheet that has data, read with read-excel-file (fflate and
 * saxen underneath: no DOM, so it runs in the import worker) and then as any table (table.ts).
 */
export const xlsx = defineFormat({
	id: 'xlsx',
	label: 'Excel workbook (.xlsx)',
	name: 'XLSX',
	extensions: ['xlsx'],
	mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	detect(file) {
		if (!isZip(file.bytes)) return 0;
		const names = new TextDecoder('latin1').decode(file.bytes.subarray(0, 4096));
		return /xl\/|\[Content_Types\]\.xml/.test(names) || file.extension === 'xlsx' ? 2 : 0;
	},
	async read(file, { mapping }) {
		const size = unpackedSize(file.bytes);
		if (size === undefined) {
			throw new FormatError(
				`${file.name} is not a readable Excel workbook: its ZIP directory is broken.`,
				'shape'
			);
		}
		if (size > MAX_XLSX_UNPACKED) {
			throw new FormatError(
				`${file.name} unpacks to ${megabytes(size)}; rolegraph reads workbooks that unpack to at most ${megabytes(MAX_XLSX_UNPACKED)}. Save the sheet you need as CSV and import that.`,
				'too-big'
			);
		}
		const [{ default: readXlsxFile }, { readTable }] = await Promise.all([
			import('read-excel-file/universal'),
			import('./table')
		]);
		let sheets: { sheet: string; data: unknown[][] }[];
		try {
			const buffer = file.bytes.slice().buffer;
			sheets = (await readXlsxFile(buffer)) as { sheet: string; data: unknown[][] }[];
		} catch (error) {
			throw new FormatError(
				`${file.name} is not a readable Excel workbook: ${(error as Error).message}.`,
				'shape'
			);
		}
		const sheet = sheets.find((s) =>
			s.data.some((row) => row.some((cell) => cell !== null && cell !== ''))
		);
		if (!sheet) throw new FormatError(`${file.name} has no sheet with data.`, 'empty');
		const rows = sheet.data
			.map((row) => row.map(cellOf))
			.filter((row) => row.some((cell) => cell !== null && cell !== ''));
		const header = (rows[0] ?? []).map((cell) => (cell === null ? '' : String(cell)));
		const reading = readTable(header, rows.slice(1), file.name, mapping);
		const others = sheets.length - 1;
		return {
			...reading,
			notices: [
				...(others > 0
					? [
							`Read the sheet "${sheet.sheet}"; the workbook has ${others} other${others === 1 ? '' : 's'} (${sheets
								.filter((s) => s !== sheet)
								.map((s) => `"${s.sheet}"`)
								.join(', ')}), left out.`
						]
					: []),
				...reading.notices
			]
		};
	}
});
