import { CATEGORY_STYLES } from './category-styles';
import type { Category } from '../graph/types';

export type ThemeName = 'light' | 'dark';

/** The colours a drawing uses, per theme; they match the CSS variables of app.css. */
export interface Palette {
	background: string;
	text: string;
	softText: string;
	edge: string;
	edgeA: string;
	edgeB: string;
	hub: string;
	hubText: string;
	zoneA: string;
	zoneShared: string;
	zoneB: string;
	zoneBorder: string;
	focus: string;
	/** The ring of an item whose link has the dataset's highlighted flag (O*NET: hot technology). */
	flag: string;
	category: Record<Category, string>;
}

function categoryColours(theme: ThemeName): Record<Category, string> {
	return Object.fromEntries(
		Object.entries(CATEGORY_STYLES).map(([category, style]) => [category, style[theme]])
	) as Record<Category, string>;
}

export const PALETTES: Record<ThemeName, Palette> = {
	light: {
		background: '#ffffff',
		text: '#14171f',
		softText: '#4b5563',
		edge: '#94a3b8',
		edgeA: '#3b82f6',
		edgeB: '#ea580c',
		hub: '#1e3a8a',
		hubText: '#ffffff',
		zoneA: '#eff6ff',
		zoneShared: '#f0fdf4',
		zoneB: '#fff7ed',
		zoneBorder: '#cbd5e1',
		focus: '#f59e0b',
		flag: '#e11d48',
		category: categoryColours('light')
	},
	dark: {
		background: '#0f1218',
		text: '#e6e9ef',
		softText: '#a3acb9',
		edge: '#64748b',
		edgeA: '#60a5fa',
		edgeB: '#fb923c',
		hub: '#bfdbfe',
		hubText: '#0f1218',
		zoneA: '#132033',
		zoneShared: '#12261c',
		zoneB: '#2a1d10',
		zoneBorder: '#334155',
		focus: '#fbbf24',
		flag: '#fb7185',
		category: categoryColours('dark')
	}
};

/** The theme the user's system asks for (light when unknown, e.g. on the server). */
export function preferredTheme(): ThemeName {
	if (typeof matchMedia !== 'function') return 'light';
	return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
