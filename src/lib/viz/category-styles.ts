import { CATEGORY_NAMES } from '../graph/category-names';
import type { Category } from '../graph/types';

/** How a category is named and drawn. Shapes are Cytoscape node shapes, so colour is never the only cue. */
export interface CategoryStyle {
	label: string;
	plural: string;
	shape: string;
	/** Fill colour in the light and the dark theme. */
	light: string;
	dark: string;
}

const DRAWN: Record<Category, Omit<CategoryStyle, 'label' | 'plural'>> = {
	role: {
		shape: 'round-rectangle',
		light: '#1e3a8a',
		dark: '#93c5fd'
	},
	technology: {
		shape: 'ellipse',
		light: '#2563eb',
		dark: '#60a5fa'
	},
	skill: { shape: 'diamond', light: '#059669', dark: '#34d399' },
	responsibility: {
		shape: 'rectangle',
		light: '#b45309',
		dark: '#fbbf24'
	},
	practice: {
		shape: 'hexagon',
		light: '#7c3aed',
		dark: '#a78bfa'
	},
	platform: {
		shape: 'triangle',
		light: '#db2777',
		dark: '#f472b6'
	},
	experience: {
		shape: 'star',
		light: '#0891b2',
		dark: '#22d3ee'
	},
	hiring: { shape: 'tag', light: '#57534e', dark: '#d6d3d1' }
};

export const CATEGORY_STYLES = Object.fromEntries(
	Object.entries(DRAWN).map(([category, drawn]) => [
		category,
		{ ...CATEGORY_NAMES[category as Category], ...drawn }
	])
) as Record<Category, CategoryStyle>;
