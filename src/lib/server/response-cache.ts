const encoder = new TextEncoder();

/**
 * A small least-recently-used cache of serialised API answers, as UTF-8 bytes. Graphs never
 * change once loaded, so the JSON of a comparison depends only on the request: serialising and
 * encoding a 70 KB comparison costs more than computing it, and popular pairs come back often.
 */
export class ResponseCache {
	readonly #entries = new Map<string, Uint8Array<ArrayBuffer>>();
	readonly #capacity: number;

	constructor(capacity = 500) {
		this.#capacity = capacity;
	}

	/** The cached bytes for a key, or those of the text `make` produces (then cached). */
	get(key: string, make: () => string): Uint8Array<ArrayBuffer> {
		const hit = this.#entries.get(key);
		if (hit !== undefined) {
			// Re-insert: a Map iterates in insertion order, so the first entry is the least used.
			this.#entries.delete(key);
			this.#entries.set(key, hit);
			return hit;
		}
		const bytes = encoder.encode(make());
		this.#entries.set(key, bytes);
		if (this.#entries.size > this.#capacity) {
			this.#entries.delete(this.#entries.keys().next().value!);
		}
		return bytes;
	}

	/** The cached bytes for a key, without computing them when absent. */
	peek(key: string): Uint8Array<ArrayBuffer> | undefined {
		return this.#entries.get(key);
	}

	get size(): number {
		return this.#entries.size;
	}
}
