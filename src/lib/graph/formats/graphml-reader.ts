import { decodeGraphAttributes } from './encoding';
import { FormatError } from './format-error';
import type { Reading } from './format';
import { ROLEGRAPH_GRAPHML_DESC } from './graphml-writer';
import { checkXml, danglingEdge } from './xml';
import { decodeNameToken } from './xml-text';
import type { XmlPlatform } from './xml-platform';

/**
 * GraphML as any tool writes it, read from the platform's DOM (the browser's parser, or @xmldom in
 * Node and in the import worker). graphology-graphml reads plain GraphML only: a yEd file's
 * `<key for="port">` made it throw a TypeError, it took a yEd label's whole drawing as text, and it
 * gathered the data of nested nodes into their group. This walks the document instead:
 *
 * - keys for the graph, nodes, edges (and `all`), typed by `attr.type`, with their defaults; keys
 *   for anything else (yEd's ports and resources) are left out, and counted;
 * - a yEd node's or edge's drawing (`yfiles.type` nodegraphics, edgegraphics) gives its label, the
 *   text of its first `y:NodeLabel` / `y:EdgeLabel`;
 * - nodes in nested graphs (yEd groups) are read as nodes of the one graph, and said;
 * - rolegraph's own files (known by their <desc>) have their ids decoded and their lists restored.
 */

type Cast = (text: string) => unknown;

interface Key {
	name: string;
	cast: Cast;
	json: boolean;
	/** yEd's drawing of a node or edge: read for its label. */
	drawing: boolean;
	fallback?: unknown;
}

const CASTS: Record<string, Cast> = {
	boolean: (text) => text.trim().toLowerCase() === 'true',
	int: (text) => Number(text),
	long: (text) => Number(text),
	float: (text) => Number(text),
	double: (text) => Number(text),
	string: (text) => text
};

function childElements(element: Element, name?: string): Element[] {
	const children: Element[] = [];
	for (let node = element.firstChild; node; node = node.nextSibling) {
		if (node.nodeType === 1 && (!name || (node as Element).localName === name)) {
			children.push(node as Element);
		}
	}
	return children;
}

/** The text of the first descendant with this local name that has any text of its own. */
function firstLabel(element: Element, localName: string): string | undefined {
	const found = element.getElementsByTagNameNS('*', localName);
	for (let i = 0; i < found.length; i++) {
		let own = '';
		for (let node = found[i]!.firstChild; node; node = node.nextSibling) {
			if (node.nodeType === 3 || node.nodeType === 4) own += node.nodeValue ?? '';
		}
		if (own.trim() !== '') return own.trim();
	}
	return undefined;
}

function readKeys(root: Element, notices: string[]) {
	const scopes = {
		graph: new Map<string, Key>(),
		node: new Map<string, Key>(),
		edge: new Map<string, Key>()
	};
	const skipped = new Map<string, number>();
	for (const element of childElements(root, 'key')) {
		const scope = element.getAttribute('for') || 'all';
		const id = element.getAttribute('id') ?? '';
		const yfiles = element.getAttribute('yfiles.type');
		const drawing = yfiles === 'nodegraphics' || yfiles === 'edgegraphics';
		if (!['graph', 'node', 'edge', 'all'].includes(scope) || (yfiles && !drawing)) {
			const what = yfiles ? `yEd's ${yfiles}` : `"${scope}"`;
			skipped.set(what, (skipped.get(what) ?? 0) + 1);
			continue;
		}
		const type = element.getAttribute('attr.type') ?? 'string';
		const desc = childElements(element, 'desc')[0]?.textContent ?? '';
		const fallbackText = childElements(element, 'default')[0]?.textContent;
		const cast = CASTS[type] ?? CASTS.string!;
		const key: Key = {
			name: drawing ? 'label' : (element.getAttribute('attr.name') ?? id),
			cast,
			json: /^JSON (array|value)$/.test(desc.trim()),
			drawing,
			fallback: fallbackText === undefined || fallbackText === '' ? undefined : cast(fallbackText)
		};
		for (const target of scope === 'all'
			? (['graph', 'node', 'edge'] as const)
			: [scope as 'graph' | 'node' | 'edge']) {
			scopes[target].set(id, key);
		}
	}
	if (skipped.size > 0) {
		const list = [...skipped].map(([what, n]) => `${what} (${n})`).join(', ');
		notices.push(`Left out GraphML keys rolegraph has no use for: ${list}.`);
	}
	return scopes;
}

function readData(element: Element, keys: Map<string, Key>): Record<string, unknown> {
	const attributes: Record<string, unknown> = {};
	for (const data of childElements(element, 'data')) {
		const id = data.getAttribute('key') ?? '';
		const key = keys.get(id);
		if (!key) {
			attributes[id] = data.textContent ?? '';
			continue;
		}
		if (key.drawing) {
			const label = firstLabel(data, 'NodeLabel') ?? firstLabel(data, 'EdgeLabel');
			if (label !== undefined && attributes.label === undefined) attributes.label = label;
			continue;
		}
		const text = data.textContent ?? '';
		let value = key.cast(text);
		if (key.json) {
			try {
				value = JSON.parse(text);
			} catch {
				// Not JSON after all: kept as text, for validation to judge.
			}
		}
		attributes[key.name] = value;
	}
	for (const key of keys.values()) {
		if (key.fallback !== undefined && !key.drawing && attributes[key.name] === undefined) {
			attributes[key.name] = key.fallback;
		}
	}
	return attributes;
}

/** Every element with this local name under `element`, nested graphs included. */
function descendants(element: Element, localName: string): Element[] {
	const found = element.getElementsByTagNameNS('*', localName);
	const list: Element[] = [];
	for (let i = 0; i < found.length; i++) list.push(found[i]!);
	return list;
}

/** Reads GraphML text into graphology's serialisation (not yet validated). */
export function readGraphml(text: string, platform: XmlPlatform): Reading {
	checkXml(text, 'GraphML');
	let document: Document;
	try {
		document = platform.parse(text);
	} catch (error) {
		if (error instanceof FormatError) {
			throw new FormatError(`Not a readable GraphML file: ${error.message}`, error.problem);
		}
		throw error;
	}
	const root = document.documentElement;
	if (!root || root.localName !== 'graphml') {
		throw new FormatError('Not a readable GraphML file: it has no <graphml> element.');
	}
	const graphElement = childElements(root, 'graph')[0];
	if (!graphElement) throw new FormatError('Not a readable GraphML file: it has no <graph>.');
	const notices: string[] = [];
	const ours = childElements(root, 'desc')[0]?.textContent?.trim() === ROLEGRAPH_GRAPHML_DESC;
	const id = ours ? decodeNameToken : (value: string) => value;
	const keys = readKeys(root, notices);

	const graphAttributes = readData(graphElement, keys.graph);
	const graphId = graphElement.getAttribute('id');
	if (graphId && graphAttributes.id === undefined) graphAttributes.id = id(graphId);

	const nodeElements = descendants(graphElement, 'node');
	const nodes: { key: string; attributes: Record<string, unknown> }[] = [];
	const seen = new Set<string>();
	let repeated = 0;
	let nested = 0;
	for (const element of nodeElements) {
		const key = id(element.getAttribute('id') ?? '');
		if (element.parentNode !== graphElement) nested++;
		if (seen.has(key)) {
			repeated++;
			continue;
		}
		seen.add(key);
		nodes.push({ key, attributes: readData(element, keys.node) });
	}
	const edges: unknown[] = [];
	for (const element of descendants(graphElement, 'edge')) {
		const source = id(element.getAttribute('source') ?? '');
		const target = id(element.getAttribute('target') ?? '');
		if (!seen.has(source) || !seen.has(target)) {
			throw new FormatError(
				`Not a readable GraphML file: ${danglingEdge(text) ?? `an edge links ${source} to ${target}, which is no node of the file`}.`
			);
		}
		const edgeId = element.getAttribute('id');
		edges.push({
			...(edgeId ? { key: id(edgeId) } : {}),
			source,
			target,
			attributes: readData(element, keys.edge)
		});
	}
	const hyperedges = descendants(graphElement, 'hyperedge').length;
	if (nested > 0) {
		notices.push(
			`${nested} node${nested === 1 ? ' was' : 's were'} inside groups (nested graphs); read as nodes of the one graph.`
		);
	}
	if (repeated > 0) {
		notices.push(
			`${repeated} node declaration${repeated === 1 ? '' : 's'} repeated an id already declared; the first was kept.`
		);
	}
	if (hyperedges > 0) {
		notices.push(
			`Left out ${hyperedges} hyperedge${hyperedges === 1 ? '' : 's'} (links of more than two nodes): rolegraph links two nodes.`
		);
	}
	const undirected = (graphElement.getAttribute('edgedefault') ?? 'directed') === 'undirected';
	return {
		graph: { attributes: decodeGraphAttributes(graphAttributes), nodes, edges },
		notices,
		...(undirected ? { undirected: true } : {})
	};
}
