import { parseValue } from 'graphology-gexf/common/helpers.js';
import type { SaxesTagNS } from 'saxes';
import { decodeGraphAttributes } from './encoding';
import { FormatError } from './format-error';
import type { Reading } from './format';
import { checkXml, danglingEdge } from './xml';

/**
 * GEXF (1.1–1.3, as Gephi, Gephi Lite and graphology write it), read in one streaming pass of the
 * strict XML check (xml.ts), without a DOM: graphology-gexf's parser needs one, and a DOM of
 * O*NET's 34.5 MB whole-graph GEXF took 1.7 GB. Values are cast with graphology-gexf's own
 * helpers (its list syntax included), so the reading is the one it gave: node and edge attributes
 * by their titles, `<meta>` children as graph attributes, Gephi's drawing (`viz:`) as `x`, `y`,
 * `z`, `size` and `color` (left out later, and said).
 */

interface Attribute {
	title: string;
	type: string;
	fallback?: unknown;
}

interface Element {
	key: string;
	attributes: Record<string, unknown>;
}

function attribute(tag: SaxesTagNS, name: string): string | undefined {
	return tag.attributes[name]?.value;
}

/** Reads GEXF text into graphology's serialisation (not yet validated). */
export function readGexf(text: string): Reading {
	const models = { node: new Map<string, Attribute>(), edge: new Map<string, Attribute>() };
	const meta: Record<string, string> = {};
	const nodes = new Map<string, Element>();
	const edges: (Element & { source: string; target: string })[] = [];
	const path: string[] = [];
	let modelClass: 'node' | 'edge' = 'node';
	let attributeModel: Attribute | undefined;
	let current: Element | undefined;
	let textTarget: ((text: string) => void) | undefined;
	let undirected = false;
	let repeatedNodes = 0;
	let nestedNodes = 0;
	const pairs = new Map<string, Element & { source: string; target: string }>();
	let repeatedEdges = 0;

	const open = (tag: SaxesTagNS) => {
		const name = tag.local;
		const parent = path.at(-1);
		path.push(name);
		if (parent === 'meta') {
			meta[name.toLowerCase()] = '';
			textTarget = (t) => (meta[name.toLowerCase()] += t);
			return;
		}
		switch (name) {
			case 'graph':
				if (attribute(tag, 'defaultedgetype') === 'undirected') undirected = true;
				return;
			case 'attributes':
				modelClass = attribute(tag, 'class') === 'edge' ? 'edge' : 'node';
				return;
			case 'attribute': {
				const id = attribute(tag, 'id') ?? '';
				attributeModel = {
					title: attribute(tag, 'title') || id,
					type: attribute(tag, 'type') ?? 'string'
				};
				models[modelClass].set(id, attributeModel);
				return;
			}
			case 'default':
				if (attributeModel) {
					const model = attributeModel;
					let collected = '';
					textTarget = (t) => {
						collected += t;
						model.fallback = parseValue(model.type, collected);
					};
				}
				return;
			case 'node': {
				const key = attribute(tag, 'id') ?? '';
				if (path.filter((p) => p === 'node').length > 1) nestedNodes++;
				const label = attribute(tag, 'label');
				const known = nodes.get(key);
				if (known) {
					repeatedNodes++;
					current = known;
				} else {
					current = { key, attributes: label === undefined ? {} : { label } };
					nodes.set(key, current);
				}
				return;
			}
			case 'edge': {
				const source = attribute(tag, 'source') ?? '';
				const target = attribute(tag, 'target') ?? '';
				const edge = {
					key: attribute(tag, 'id') ?? '',
					source,
					target,
					attributes: {} as Record<string, unknown>
				};
				const weight = attribute(tag, 'weight');
				if (weight !== undefined) edge.attributes.weight = Number(weight);
				const label = attribute(tag, 'label');
				if (label !== undefined) edge.attributes.label = label;
				if (attribute(tag, 'type') === 'undirected') undirected = true;
				const pair = `${source}\u0000${target}`;
				const first = pairs.get(pair);
				if (first) {
					// graphology-gexf merged a link declared twice into the first: so does this.
					repeatedEdges++;
					Object.assign(first.attributes, edge.attributes);
					current = first;
				} else {
					pairs.set(pair, edge);
					edges.push(edge);
					current = edge;
				}
				return;
			}
			case 'attvalue': {
				if (!current) return;
				const model = models[path.includes('edge') ? 'edge' : 'node'];
				const id = attribute(tag, 'for') ?? attribute(tag, 'id') ?? '';
				const spec = model.get(id);
				const value = attribute(tag, 'value') ?? '';
				current.attributes[spec?.title ?? id] = parseValue(spec?.type ?? 'string', value);
				return;
			}
			case 'position':
				if (!current) return;
				for (const axis of ['x', 'y', 'z']) {
					const value = attribute(tag, axis);
					if (value !== undefined) current.attributes[axis] = Number(value);
				}
				return;
			case 'size':
				if (current && attribute(tag, 'value') !== undefined)
					current.attributes.size = Number(attribute(tag, 'value'));
				return;
			case 'color':
				if (current) {
					const [r, g, b] = ['r', 'g', 'b'].map((c) => attribute(tag, c) ?? '0');
					current.attributes.color = `rgb(${r},${g},${b})`;
				}
				return;
		}
	};
	const close = (tag: SaxesTagNS) => {
		path.pop();
		textTarget = undefined;
		if (tag.local === 'attribute') attributeModel = undefined;
		if (tag.local === 'node' || tag.local === 'edge') current = undefined;
	};
	checkXml(text, 'GEXF', { open, close, text: (t) => textTarget?.(t) });

	if (nodes.size === 0 && !/<gexf[\s>]/.test(text.slice(0, 4000))) {
		throw new FormatError('Not a readable GEXF file: it has no <gexf> element.');
	}
	for (const edge of edges) {
		if (!nodes.has(edge.source) || !nodes.has(edge.target)) {
			throw new FormatError(
				`Not a readable GEXF file: ${danglingEdge(text) ?? `an edge links ${edge.source} to ${edge.target}, which is no node of the file`}.`
			);
		}
	}
	const withDefaults = (element: Element, model: Map<string, Attribute>) => {
		for (const spec of model.values()) {
			if (spec.fallback !== undefined && element.attributes[spec.title] === undefined) {
				element.attributes[spec.title] = spec.fallback;
			}
		}
		return element;
	};
	const notices: string[] = [];
	if (repeatedNodes > 0) {
		notices.push(
			`${repeatedNodes} node declaration${repeatedNodes === 1 ? '' : 's'} repeated an id already declared; each was merged into the first (attributes combined).`
		);
	}
	if (repeatedEdges > 0) {
		notices.push(
			`${repeatedEdges} edge${repeatedEdges === 1 ? '' : 's'} repeated a link between the same two nodes; each was merged into the first (attributes combined).`
		);
	}
	if (nestedNodes > 0) {
		notices.push(
			`${nestedNodes} node${nestedNodes === 1 ? ' was' : 's were'} nested in another (a hierarchy); read as nodes of the one graph.`
		);
	}
	return {
		graph: {
			attributes: decodeGraphAttributes(meta),
			nodes: [...nodes.values()].map((node) => withDefaults(node, models.node)),
			edges: edges.map((edge) => {
				const { key, source, target, attributes } = withDefaults(edge, models.edge) as Element & {
					source: string;
					target: string;
				};
				return { ...(key ? { key } : {}), source, target, attributes };
			})
		},
		notices,
		...(undirected ? { undirected } : {})
	};
}
