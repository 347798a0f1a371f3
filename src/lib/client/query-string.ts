/** Query parameters a link carries: a value, a list of values (repeated), or nothing. */
export type Query = Record<string, string | readonly string[] | undefined | null>;

/** `?a=1&b=2&b=3` for the given parameters, or '' when there are none. */
export function queryString(query: Query = {}): string {
	const params = new URLSearchParams();
	for (const [name, value] of Object.entries(query)) {
		if (value === undefined || value === null) continue;
		for (const one of typeof value === 'string' ? [value] : value) params.append(name, one);
	}
	const text = params.toString();
	return text ? `?${text}` : '';
}
