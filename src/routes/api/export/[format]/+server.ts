import { exportFile } from '$lib/graph/formats/export-file';
import { EXPORT_FORMATS, isExportFormat } from '$lib/graph/formats/registry';
import { getGraph } from '$lib/server/datasets';
import { answer, BadRequestError } from '$lib/server/http-errors';
import { datasetParam, viewParam } from '$lib/server/params';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, url }) =>
	answer(async () => {
		const format = params.format;
		if (!isExportFormat(format)) {
			throw new BadRequestError(
				`Unknown export format "${format}"; use ${EXPORT_FORMATS.map((f) => f.id).join(', ')}.`
			);
		}
		const graph = await getGraph(datasetParam(url));
		const file = await exportFile(graph, format, viewParam(url));
		return new Response(file.text, {
			headers: {
				'content-type': `${file.mime}; charset=utf-8`,
				'content-disposition': `attachment; filename="${file.filename}"`,
				'x-content-type-options': 'nosniff'
			}
		});
	});
