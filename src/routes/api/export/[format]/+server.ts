import { EXPORT_FORMATS, isExportFormat } from '$lib/graph/formats';
import { exportFile } from '$lib/graph/formats/export-file';
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
				`Unknown export format "${format}"; use ${Object.keys(EXPORT_FORMATS).join(', ')}.`
			);
		}
		const dataset = datasetParam(url);
		const view = viewParam(url);
		if (view.kind === 'whole' && isGraphFormat(format)) {
			// Built once, off the request's thread for large datasets, and sent as the client reads.
			const gzip = acceptedEncodings(request.headers.get('accept-encoding') ?? '').includes('gzip');
			return wholeExportResponse(await wholeExport(dataset, format), gzip);
		}
		const file = exportFile(await getGraph(dataset), format, view);
		return new Response(file.text, {
			headers: {
				'content-type': `${file.mime}; charset=utf-8`,
				'content-disposition': `attachment; filename="${file.filename}"`,
				'x-content-type-options': 'nosniff'
			}
		});
	});
