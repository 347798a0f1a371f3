/**
 * A value held in Svelte state, for tests of state classes: what a page hands them (page.url,
 * page data) is reactive in the app, and a class's writable deriveds only keep a value written
 * to them while what they derive from is a signal.
 */
export function reactive<T>(initial: T): { value: T } {
	let value = $state.raw(initial);
	return {
		get value() {
			return value;
		},
		set value(next: T) {
			value = next;
		}
	};
}

/**
 * Keeps what `read` reads connected to an effect, as a component showing it would: a derived
 * nothing reacts to is worked out afresh on every read, so a value written to it would not stay.
 * Returns the function that stops watching.
 */
export function watch(read: () => unknown): () => void {
	return $effect.root(() => {
		$effect(() => {
			read();
		});
	});
}
