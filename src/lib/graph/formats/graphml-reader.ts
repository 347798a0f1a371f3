import type { SaxesTagNS } from 'saxes';
import { decodeGraphAttributes, decodeLists } from './encoding';
import { FormatError } from './format-error';
import type { Reading } from './format';
import { ROLEGRAPH_GRAPHML_DESC } from './graphml-writer';
import { checkXml, danglingEdge } from './xml';
import { decodeNameToken } from './xml-text';

/**
 * GraphML as any tool writes it, read in one streaming pass of the strict XML check (xml.ts),
 * without a DOM (a DOM of O*NET's 27 MB GraphML took 850 MB). graphology-graphml reads plain
 * GraphML only: a yEd file's `<key for="port">` made it throw a TypeError, it took a yEd label's
 * whole drawing as text, and it gathered the data of nested nodes into their group. This reads:
 *
 * - keys for the graph, nodes, edges (and `all`), typed by `attr.type`, with their defaults; keys
 *   for anything else (yEd's ports and resources) are left out, and counted;
 * - a yEd node's or edge's drawing (`yfiles.type` nodegraphics, edgegraphics) gives its label, the
 *   text of its first `y:NodeLabel` / `y:EdgeLabel`;
 * - nodes in nested graphs (yEd groups) as nodes of the one graph, and said;
 * - rolegraph's own files (known by their <desc>) with their ids decoded and their lists restored.
 */

type Cast = (text: string) => unknown;

interface Key {
	name: string;
	cast: Cast;
	json: boolean;
	/** yEd's drawing of a node or edge: read for its label. */
	drawing: boolean;
	fallback?: string;
	scopes: string[];
}

const CASTS: Record<string, Cast> = {
	boolean: (text) => text.trim().toLowerCase() === 'true',
	int: (text) => Number(text),
	long: (text) => Number(text),
	float: (text) => Number(text),
	double: (text) => Number(text),
	string: (text) => text
};

interface Element {
	key?: string;
	attributes: Record<string, unknown>;
}

function attribute(tag: SaxesTagNS, name: string): string | undefined {
	return tag.attributes[name]?.value;
}

function value(key: Key, text: string): unknown {
	if (key.json) {
		try {
			return JSON.parse(text);
		} catch {
			// Not JSON after all: kept as text, for validation to judge.
		}
	}
	return key.cast(text);
}

/** Reads GraphML text into graphology's serialisation (not yet validated). */
export function readGraphml(text: string): Reading {
	const keys = new Map<string, Key>();
	const skipped = new Map<string, number>();
	const path: string[] = [];
	const nodes = new Map<string, Element>();
	const edges: (Element & { source: string; target: string })[] = [];
	const graph: Element = { attributes: {} };
	/** The node, edge or graph each open <node>, <edge> or <graph> stands for. */
	const owners: (Element | undefined)[] = [];
	let key: Key | undefined;
	let keyChild: 'desc' | 'default' | undefined;
	let rootDesc = '';
	let inRootDesc = false;
	let data:
		{ owner: Element; key: Key | undefined; id: string; text: string; label?: string } | undefined;
	let labelDepth = -1;
	let labelText = '';
	let graphs = 0;
	let repeated = 0;
	let nested = 0;
	let hyperedges = 0;
	let undirected = false;

	const open = (tag: SaxesTagNS) => {
		const name = tag.local;
		const parent = path.at(-1);
		path.push(name);
		if (data) {
			// Inside a yEd drawing: the first NodeLabel or EdgeLabel with text is the label.
			if (
				(name === 'NodeLabel' || name === 'EdgeLabel') &&
				data.label === undefined &&
				labelDepth === -1
			) {
				labelDepth = path.length;
				labelText = '';
			}
			return;
		}
		switch (name) {
			case 'desc':
				if (parent === 'graphml') inRootDesc = true;
				else if (parent === 'key') keyChild = 'desc';
				return;
			case 'default':
				if (parent === 'key') keyChild = 'default';
				return;
			case 'key': {
				const scope = attribute(tag, 'for') || 'all';
				const id = attribute(tag, 'id') ?? '';
				const yfiles = attribute(tag, 'yfiles.type');
				const drawing = yfiles === 'nodegraphics' || yfiles === 'edgegraphics';
				if (!['graph', 'node', 'edge', 'all'].includes(scope) || (yfiles && !drawing)) {
					const what = yfiles ? `yEd's ${yfiles}` : `"${scope}"`;
					skipped.set(what, (skipped.get(what) ?? 0) + 1);
					key = undefined;
					return;
				}
				key = {
					name: drawing ? 'label' : (attribute(tag, 'attr.name') ?? id),
					cast: CASTS[attribute(tag, 'attr.type') ?? 'string'] ?? CASTS.string!,
					json: false,
					drawing,
					scopes: scope === 'all' ? ['graph', 'node', 'edge'] : [scope]
				};
				keys.set(id, key);
				return;
			}
			case 'graph': {
				graphs++;
				if (graphs === 1) {
					undirected = attribute(tag, 'edgedefault') === 'undirected';
					const id = attribute(tag, 'id');
					if (id) graph.attributes.id = id;
					owners.push(graph);
				} else owners.push(undefined);
				return;
			}
			case 'node': {
				const id = attribute(tag, 'id') ?? '';
				if (graphs > 1) nested++;
				let node = nodes.get(id);
				if (node) repeated++;
				else {
					node = { key: id, attributes: {} };
					nodes.set(id, node);
				}
				owners.push(node);
				return;
			}
			case 'edge': {
				const edge = {
					key: attribute(tag, 'id'),
					source: attribute(tag, 'source') ?? '',
					target: attribute(tag, 'target') ?? '',
					attributes: {}
				};
				edges.push(edge);
				owners.push(edge);
				return;
			}
			case 'hyperedge':
				hyperedges++;
				owners.push(undefined);
				return;
			case 'data': {
				const owner = owners.at(-1);
				if (!owner || !['node', 'edge', 'graph'].includes(parent ?? '')) return;
				const id = attribute(tag, 'key') ?? '';
				data = { owner, key: keys.get(id), id, text: '' };
				return;
			}
		}
	};

	const close = (tag: SaxesTagNS) => {
		const name = tag.local;
		if (data) {
			if (labelDepth === path.length) {
				if (labelText.trim() !== '') data.label = labelText.trim();
				labelDepth = -1;
			}
			if (name === 'data' && path.length > 0 && !path.slice(0, -1).includes('data')) {
				const { owner, key: spec, id, text: content, label } = data;
				if (!spec) owner.attributes[id] = content;
				else if (spec.drawing) {
					if (label !== undefined && owner.attributes.label === undefined)
						owner.attributes.label = label;
				} else owner.attributes[spec.name] = value(spec, content);
				data = undefined;
			}
			path.pop();
			return;
		}
		path.pop();
		if (name === 'desc' && inRootDesc) inRootDesc = false;
		if (name === 'desc' || name === 'default') keyChild = undefined;
		if (name === 'key') key = undefined;
		if (['graph', 'node', 'edge', 'hyperedge'].includes(name)) owners.pop();
	};

	const onText = (t: string) => {
		if (data) {
			if (labelDepth !== -1) {
				// Only the label's own text, not its children's (LabelModel and the like).
				if (path.length === labelDepth) labelText += t;
			} else if (!data.key?.drawing) data.text += t;
			return;
		}
		if (inRootDesc) rootDesc += t;
		else if (key && keyChild === 'desc')
			key.json = /^\s*JSON (array|value)\s*$/.test(t) || key.json;
		else if (key && keyChild === 'default') key.fallback = (key.fallback ?? '') + t;
	};

	checkXml(text, 'GraphML', { open, close, text: onText });

	if (graphs === 0) throw new FormatError('Not a readable GraphML file: it has no <graph>.');
	const ours = rootDesc.trim() === ROLEGRAPH_GRAPHML_DESC;
	const id = ours ? decodeNameToken : (v: string) => v;
	for (const edge of edges) {
		if (!nodes.has(edge.source) || !nodes.has(edge.target)) {
			throw new FormatError(
				`Not a readable GraphML file: ${danglingEdge(text) ?? `an edge links ${edge.source} to ${edge.target}, which is no node of the file`}.`
			);
		}
	}
	const withDefaults = (attributes: Record<string, unknown>, scope: string) => {
		for (const spec of keys.values()) {
			if (
				spec.fallback === undefined ||
				spec.fallback === '' ||
				spec.drawing ||
				!spec.scopes.includes(scope)
			)
				continue;
			if (attributes[spec.name] === undefined) attributes[spec.name] = value(spec, spec.fallback);
		}
		return attributes;
	};
	const notices: string[] = [];
	if (skipped.size > 0) {
		const list = [...skipped].map(([what, n]) => `${what} (${n})`).join(', ');
		notices.push(`Left out GraphML keys rolegraph has no use for: ${list}.`);
	}
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
	const graphAttributes = withDefaults(graph.attributes, 'graph');
	if (typeof graphAttributes.id === 'string') graphAttributes.id = id(graphAttributes.id);
	return {
		graph: {
			attributes: decodeGraphAttributes(graphAttributes),
			nodes: [...nodes.values()].map((node) => ({
				key: id(node.key!),
				// Lists are JSON text: said by the key's <desc> in rolegraph's files, but not in files
				// written before it did, or by hand, so rolegraph's list attributes are always tried.
				attributes: decodeLists(withDefaults(node.attributes, 'node'))
			})),
			edges: edges.map((edge) => ({
				...(edge.key ? { key: id(edge.key) } : {}),
				source: id(edge.source),
				target: id(edge.target),
				attributes: decodeLists(withDefaults(edge.attributes, 'edge'))
			}))
		},
		notices,
		...(undirected ? { undirected } : {})
	};
}
