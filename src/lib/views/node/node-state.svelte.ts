import type { DatasetInfo } from '../../graph/compare-page';
import { CATEGORY_NAMES } from '../../graph/category-names';
import { fileSlug } from '../../graph/formats/encoding';
import type { Neighbour, NodeDetails, RelatedRole, RoleLink } from '../../graph/nodes';
import { compareLabels } from '../../graph/order';
import { CATEGORIES, type Source } from '../../graph/types';
import { radialElements } from '../../viz/radial-elements';
import type { ExportView } from '../../components/export-view';

/** What a node's page loads: the node, the roles linking to it, its neighbours and related roles. */
export interface NodePageData {
	dataset: DatasetInfo;
	node: NodeDetails;
	related: RelatedRole[];
	roles: RoleLink[];
	neighbours: Neighbour[];
	sources: Source[];
}

/** The state of a node's page: its drawing, its lists, and the description of its exports. */
export class NodeState {
	#data: () => NodePageData;

	constructor(data: () => NodePageData) {
		this.#data = data;
	}

	get data(): NodePageData {
		return this.#data();
	}

	readonly node = $derived.by(() => this.data.node);
	readonly isRole = $derived(this.node.category === 'role');
	/** The dataset as URLs carry it. */
	readonly query = $derived.by(() => ({
		dataset: this.data.dataset.isDefault ? undefined : this.data.dataset.id
	}));
	readonly elements = $derived.by(() => radialElements(this.node, this.data.neighbours));
	/** For a role: what it links to (roles left out), by label. */
	readonly linked = $derived.by(() =>
		this.data.neighbours
			.filter((n) => n.direction === 'out' && n.node.category !== 'role')
			.sort((x, y) => compareLabels(x.node.label, y.node.label))
	);

	readonly exportView: ExportView = $derived.by(() => {
		const { node, data } = this;
		const count = data.neighbours.length;
		return {
			frame: {
				title: node.label,
				subtitle: `${CATEGORY_NAMES[node.category].label}${node.kind ? ` (${node.kind})` : ''} and the ${count === 1 ? 'node' : `${count} nodes`} linked to it`,
				categories: CATEGORIES.filter(
					(category) =>
						node.category === category || data.neighbours.some((n) => n.node.category === category)
				),
				credit: data.dataset.credit ?? `Data: ${data.dataset.title}`
			},
			fileBase: fileSlug(node.label),
			spec: { kind: 'node', id: node.id },
			dataset: this.query.dataset,
			wholeFileBase: `${fileSlug(data.dataset.title)}-whole-graph`
		};
	});
}
