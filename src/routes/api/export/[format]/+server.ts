import { exportFile } from '$lib/graph/formats/export-file';
import { EXPORT_FORMATS, isExportFormat } from '$lib/graph/formats/registry';
import { getGraph } from '$lib/server/datasets';
import { acceptedEncodings } from '$lib/server/http-contract.js';
import { answer, BadRequestError } from '$lib/server/http-errors';
import { datasetParam, viewParam } from '$lib/server/params';
import { isGraphFormat, wholeExport, wholeExportResponse } from '$lib/server/whole-exports';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, url, request }) =>
	answer(async () => {
		const format = params.format;
		if (!isExportFormat(format)) {
			throw new BadRequestError(
				`Unknown export format "${format}"; use ${EXPORT_FORMATS.map((f) => f.id).join(', ')}.`
			);
		}
		const dataset = datasetParam(url);
		const view = viewParam(url);
		if (view.kind === 'whole' && isGraphFormat(format)) {
			// Built once (elsewhere, for large datasets) and sent as the client reads.
			const gzip = acceptedEncodings(request.headers.get('accept-encoding') ?? '').includes('gzip');
			return wholeExportResponse(await wholeExport(dataset, format), gzip);
		}
		const file = await exportFile(await getGraph(dataset), format, view);
		return new Response(file.text, {
			headers: {
				'content-type': `${file.mime}; charset=utf-8`,
				'content-disposition': `attachment; filename="${file.filename}"`,
				'x-content-type-options': 'nosniff'
			}
		});
	});
