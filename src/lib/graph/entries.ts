import { InvalidQueryError } from './errors';
import { searchNodes } from './search';
import type { KnowledgeGraph, NodeSummary } from './types';

/** A pasted entry and the node it stands for. */
export interface ResolvedEntry {
	entry: string;
	node: NodeSummary;
}

/** What a pasted list comes to: the nodes found, and the entries that matched nothing. */
export interface ResolvedEntries {
	found: ResolvedEntry[];
	/** Entries no node matches, as written: shown to the person, not dropped. */
	unknown: string[];
}

/** Splits a pasted list on commas, semicolons and line breaks; blanks and repeats left out. */
export function splitEntries(text: string): string[] {
	const seen = new Set<string>();
	const entries: string[] = [];
	for (const part of text.split(/[,;\n\r]+/)) {
		const entry = part.trim();
		const key = entry.toLowerCase();
		if (entry === '' || seen.has(key)) continue;
		seen.add(key);
		entries.push(entry);
	}
	return entries;
}

/**
 * Resolves free-text entries (a pasted comma- or line-separated list) to nodes with the app's
 * search: an entry that is a node id stands for that node, otherwise the best search result
 * does (one that is not a role, if any of the first few is not). Entries that match nothing (or that search refuses, such as an over-long one) are
 * returned as unknown. The same node found twice is listed once.
 */
export function resolveEntries(graph: KnowledgeGraph, text: string): ResolvedEntries {
	const found: ResolvedEntry[] = [];
	const unknown: string[] = [];
	const ids = new Set<string>();
	for (const entry of splitEntries(text)) {
		const node = graph.hasNode(entry) ? summary(graph, entry) : bestMatch(graph, entry);
		if (!node) unknown.push(entry);
		else if (!ids.has(node.id)) {
			ids.add(node.id);
			found.push({ entry, node });
		}
	}
	return { found, unknown };
}

/** Search results looked through for a node that is not a role. */
const CANDIDATES = 5;

/**
 * The best search result, preferring what a role needs over a role: in a list of skills, "SQL"
 * means the technology, even where a role (Database Administrators) has it as an alias.
 */
function bestMatch(graph: KnowledgeGraph, entry: string): NodeSummary | undefined {
	try {
		const results = searchNodes(graph, entry, CANDIDATES);
		return results.find((node) => node.category !== 'role') ?? results[0];
	} catch (error) {
		if (error instanceof InvalidQueryError) return undefined;
		throw error;
	}
}

function summary(graph: KnowledgeGraph, id: string): NodeSummary {
	const { label, category } = graph.getNodeAttributes(id);
	return { id, label, category };
}
