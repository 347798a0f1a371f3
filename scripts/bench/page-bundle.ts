import { build } from 'vite';

/**
 * A bench entry (scripts/bench/*-entry.ts) bundled for a page, as one script that sets the
 * global `name`: the floors and in-browser measures run from it, with none of the app around.
 */
export async function bundleForPage(entry: string, name: string): Promise<string> {
	const result = await build({
		configFile: false,
		logLevel: 'silent',
		build: { write: false, minify: true, lib: { entry, formats: ['iife'], name } }
	});
	const outputs = Array.isArray(result) ? result : [result];
	const chunk = outputs
		.flatMap((output) => ('output' in output ? output.output : []))
		.find((file) => file.type === 'chunk');
	if (!chunk || chunk.type !== 'chunk') throw new Error(`the bundle of ${entry} has no script`);
	return chunk.code;
}
