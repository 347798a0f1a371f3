import type { KnowledgeGraph } from '../types';
import { encodeGraphAttributes } from './encoding';
import { defineFormat } from './format';

type Scope = 'graph' | 'node' | 'edge';
type KeyType = 'string' | 'int' | 'double' | 'boolean';

interface Key {
	id: string;
	name: string;
	type: KeyType;
	list: boolean;
}

function typeOf(value: unknown): KeyType {
	if (typeof value === 'boolean') return 'boolean';
	if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'double';
	return 'string';
}

/** One <key> per attribute name in use, typed by its values (a mix of types falls back to string). */
function model(scope: Scope, records: Iterable<object>): Map<string, Key> {
	const keys = new Map<string, Key>();
	for (const record of records) {
		for (const [name, value] of Object.entries(record)) {
			if (value === undefined) continue;
			const list = Array.isArray(value);
			const type = list ? 'string' : typeOf(value);
			const known = keys.get(name);
			if (!known) keys.set(name, { id: `${scope[0]}-${name}`, name, type, list });
			else if (known.type !== type)
				known.type = type === 'double' && known.type === 'int' ? 'double' : 'string';
		}
	}
	return keys;
}

function text(value: unknown): string {
	return Array.isArray(value) ? JSON.stringify(value) : String(value);
}

function data(keys: Map<string, Key>, attributes: object) {
	const record = attributes as Record<string, unknown>;
	return [...keys.values()]
		.filter((key) => record[key.name] !== undefined)
		.map((key) => ({ '@_key': key.id, '#text': text(record[key.name]) }));
}

/**
 * The graph as GraphML, one typed <key> per attribute. graphology-graphml only reads GraphML,
 * so this writes it with fast-xml-parser's builder (which escapes every value). Lists are JSON
 * arrays in string attributes, described as such in their key.
 */
async function toGraphml(graph: KnowledgeGraph): Promise<string> {
	const { XMLBuilder } = await import('fast-xml-parser');
	const graphData = encodeGraphAttributes(graph.getAttributes());
	const nodeRecords: object[] = [];
	graph.forEachNode((_id, attributes) => nodeRecords.push(attributes));
	const edgeRecords: object[] = [];
	graph.forEachEdge((_edge, attributes) => edgeRecords.push(attributes));
	const keys: [Scope, Map<string, Key>][] = [
		['graph', model('graph', [graphData])],
		['node', model('node', nodeRecords)],
		['edge', model('edge', edgeRecords)]
	];
	const keyElements = keys.flatMap(([scope, map]) =>
		[...map.values()].map((key) => ({
			'@_id': key.id,
			'@_for': scope,
			'@_attr.name': key.name,
			'@_attr.type': key.type,
			...(key.list || (scope === 'graph' && isJsonText(graphData[key.name]))
				? { desc: key.list ? 'JSON array' : 'JSON value' }
				: {})
		}))
	);
	const nodes: unknown[] = [];
	graph.forEachNode((id, attributes) =>
		nodes.push({ '@_id': id, data: data(keys[1]![1], attributes) })
	);
	const edges: unknown[] = [];
	graph.forEachEdge((edge, attributes, source, target) =>
		edges.push({
			'@_id': edge,
			'@_source': source,
			'@_target': target,
			data: data(keys[2]![1], attributes)
		})
	);
	const builder = new XMLBuilder({
		ignoreAttributes: false,
		attributeNamePrefix: '@_',
		textNodeName: '#text',
		format: true,
		indentBy: '  ',
		suppressEmptyNode: true
	});
	const body = builder.build({
		graphml: {
			'@_xmlns': 'http://graphml.graphdrawing.org/xmlns',
			'@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
			'@_xsi:schemaLocation':
				'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
			key: keyElements,
			graph: {
				'@_id': String(graph.getAttribute('id') ?? 'G'),
				'@_edgedefault': 'directed',
				data: data(keys[0]![1], graphData),
				node: nodes,
				edge: edges
			}
		}
	});
	return `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
}

function isJsonText(value: unknown): boolean {
	return typeof value === 'string' && /^[[{]/.test(value);
}

/** GraphML, read with graphology-graphml and written with one typed <key> per attribute. */
export const graphml = defineFormat({
	id: 'graphml',
	label: 'GraphML',
	name: 'GraphML',
	extensions: ['graphml', 'xml'],
	mime: 'application/graphml+xml',
	detect(file) {
		const head = file.head();
		if (!head.startsWith('<')) return 0;
		return /<graphml[\s>]/.test(head) ? 2 : 1;
	},
	async read(file, { xml }) {
		const [{ readXmlGraph }, { default: createParser }] = await Promise.all([
			import('./xml'),
			import('graphology-graphml/common/parser.js')
		]);
		return readXmlGraph(file.text(), 'GraphML', xml, createParser);
	},
	writeGraph: toGraphml
});
