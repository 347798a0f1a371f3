import { listDatasets } from '$lib/server/datasets';
import type { LayoutServerLoad } from './$types';

/** The datasets the switcher offers (described without loading the ones not loaded yet). */
export const load: LayoutServerLoad = async () => ({
	datasets: (await listDatasets()).map(({ id, title, default: isDefault }) => ({
		id,
		title,
		isDefault
	}))
});
