import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/**
 * The role pickers' plain forms land here: `a` and `b` (two roles), or repeated `role` (several),
 * sent on to /compare/{a}/{b}… keeping the filters.
 */
export const load: PageServerLoad = ({ url }) => {
	const roles = url.searchParams.getAll('role').filter((role) => role !== '');
	const a = url.searchParams.get('a');
	const b = url.searchParams.get('b');
	const rest = new URLSearchParams(url.searchParams);
	for (const name of ['a', 'b', 'role']) rest.delete(name);
	const query = rest.size > 0 ? `?${rest}` : '';
	const path = roles.length > 0 ? roles : a && b ? [a, b] : [];
	if (path.length === 0) redirect(303, `/${query}`);
	redirect(303, `/compare/${path.map(encodeURIComponent).join('/')}${query}`);
};
