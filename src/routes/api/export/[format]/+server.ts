import { EXPORT_FORMATS, isExportFormat } from '$lib/graph/formats';
import { exportFile } from '$lib/graph/formats/export-file';
import { getGraph } from '$lib/server/datasets';
import { answer, BadRequestError } from '$lib/server/http-errors';
import { datasetParam, viewParam } from '$lib/server/params';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, url }) =>
	answer(async () => {
		const format = params.format;
		if (!isExportFormat(format)) {
			throw new BadRequestError(
				`Unknown export format "${format}"; use ${Object.keys(EXPORT_FORMATS).join(', ')}.`
			);
		}
		const graph = await getGraph(datasetParam(url));
		const file = exportFile(graph, format, viewParam(url));
		return new Response(file.text, {
			headers: {
				'content-type': `${file.mime}; charset=utf-8`,
				'content-disposition': `attachment; filename="${file.filename}"`,
				'x-content-type-options': 'nosniff'
			}
		});
	});
