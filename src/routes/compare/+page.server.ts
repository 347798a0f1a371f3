import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/** The role pickers' plain form lands here: send it on to /compare/{a}/{b}, keeping the filters. */
export const load: PageServerLoad = ({ url }) => {
	const a = url.searchParams.get('a');
	const b = url.searchParams.get('b');
	const rest = new URLSearchParams(url.searchParams);
	rest.delete('a');
	rest.delete('b');
	const query = rest.size > 0 ? `?${rest}` : '';
	if (!a || !b) redirect(303, `/${query}`);
	redirect(303, `/compare/${encodeURIComponent(a)}/${encodeURIComponent(b)}${query}`);
};
