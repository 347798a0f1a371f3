import type { Category } from './graph/types';

/** How a category is named and drawn. Shapes are Cytoscape node shapes, so colour is never the only cue. */
export interface CategoryStyle {
	label: string;
	plural: string;
	shape: string;
	/** Fill colour in the light and the dark theme. */
	light: string;
	dark: string;
}

export const CATEGORY_STYLES: Record<Category, CategoryStyle> = {
	role: {
		label: 'Role',
		plural: 'Roles',
		shape: 'round-rectangle',
		light: '#1e3a8a',
		dark: '#93c5fd'
	},
	technology: {
		label: 'Technology',
		plural: 'Technologies',
		shape: 'ellipse',
		light: '#2563eb',
		dark: '#60a5fa'
	},
	skill: { label: 'Skill', plural: 'Skills', shape: 'diamond', light: '#059669', dark: '#34d399' },
	responsibility: {
		label: 'Responsibility',
		plural: 'Responsibilities',
		shape: 'rectangle',
		light: '#b45309',
		dark: '#fbbf24'
	},
	practice: {
		label: 'Practice',
		plural: 'Practices',
		shape: 'hexagon',
		light: '#7c3aed',
		dark: '#a78bfa'
	},
	platform: {
		label: 'Platform',
		plural: 'Platforms',
		shape: 'triangle',
		light: '#db2777',
		dark: '#f472b6'
	},
	experience: {
		label: 'Experience',
		plural: 'Experience',
		shape: 'star',
		light: '#0891b2',
		dark: '#22d3ee'
	},
	hiring: { label: 'Hire for', plural: 'Hire for', shape: 'tag', light: '#57534e', dark: '#d6d3d1' }
};
