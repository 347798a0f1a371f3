import { loadComparison } from '$lib/server/compare-page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url }) => loadComparison(url, params);
