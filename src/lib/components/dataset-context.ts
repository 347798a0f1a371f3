import { getContext, setContext } from 'svelte';
import type { DatasetInfo } from '../graph/compare-page';
import type { FieldDescription } from '../graph/fields';

const KEY = Symbol('dataset');

/** Makes the dataset a view shows known to every component below it (marks, legends, lists). */
export function provideDataset(dataset: () => DatasetInfo): void {
	setContext(KEY, dataset);
}

/** The dataset of the view around this component, if it provided one. */
export function useDataset(): (() => DatasetInfo) | undefined {
	return getContext<(() => DatasetInfo) | undefined>(KEY);
}

/** The described fields of the view's dataset (none outside a view). */
export function useFields(): () => readonly FieldDescription[] {
	const dataset = useDataset();
	return () => dataset?.().fields ?? [];
}
