import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default defineConfig(
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// TypeScript already checks undefined names, and knows the DOM and Node globals.
			'no-undef': 'off',
			// A leading underscore marks a value left unused on purpose (e.g. dropped by destructuring).
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	...layerRules()
);

/**
 * Which part of src/lib may import which (docs/ARCHITECTURE.md), for `$lib/…` and relative
 * imports alike: each part lists the parts it must not reach.
 */
function layerRules() {
	/** A pattern matching imports of these parts of src/lib, however they are written. */
	const parts = (...names) => {
		const alternatives = names.join('|');
		return `^(\\$lib/|(\\.\\./)+)(${alternatives})(/|$)`;
	};
	const rule = (files, patterns, message, ignores = ['**/*.spec.ts']) => ({
		files,
		ignores,
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: patterns.map((regex) => ({ regex, message })) }
			]
		}
	});
	const ui = '^(svelte|cytoscape|\\$app/)';
	const node = '^(node:|fs$)';
	return [
		rule(
			['src/lib/graph/**/*.ts'],
			[ui, node, parts('server', 'client', 'viz', 'components', 'views')],
			'src/lib/graph is pure: no UI, server, browser or file-system imports.'
		),
		rule(
			['src/lib/api/**/*.ts'],
			[ui, node, parts('server', 'client', 'viz', 'components', 'views')],
			'src/lib/api holds answer types: it may import only the graph core.'
		),
		rule(
			['src/lib/server/**/*.ts'],
			['^svelte$', '^cytoscape', parts('client', 'viz', 'components', 'views')],
			'src/lib/server runs on the server: it may import the core, the API types and Node.'
		),
		rule(
			['src/lib/client/**/*.ts'],
			[node, parts('server', 'viz', 'components', 'views')],
			'src/lib/client runs in the browser: no server or Node imports.'
		),
		rule(
			['src/lib/viz/**/*.ts'],
			[node, '\\.svelte$', parts('server', 'client', 'components', 'views')],
			'src/lib/viz draws: it may import the core and Cytoscape, not components or the server.'
		),
		rule(
			['src/lib/components/**/*.{ts,svelte}'],
			[parts('server', 'views')],
			'Shared components may not import the server or a view.'
		),
		rule(
			['src/lib/views/**/*.{ts,svelte}'],
			[parts('server')],
			'Views run in the browser: they get server data through their page load.'
		)
	];
}
