import type { DatasetInfo } from '../../graph/compare-page';
import { CATEGORY_NAMES } from '../../graph/category-names';
import type { FieldDescription } from '../../graph/fields';
import { fileSlug } from '../../graph/formats/encoding';
import type { GroupedRole, NodeRolesAnswer } from '../../graph/node-answer';
import { roleNeedsSentence, whoNeedsSentence } from '../../graph/node-sentence';
import type { NodeDetails, RelatedRole } from '../../graph/nodes';
import { compareLabels } from '../../graph/order';
import type { RoleGroup } from '../../graph/role-groups';
import type { CategoryNeeds, NeededItem } from '../../graph/role-needs';
import { CATEGORIES, type Source } from '../../graph/types';
import { displayOrder } from '../../viz/collapse';
import { groupedElements } from '../../viz/grouped-elements';
import { FIT_PADDING, MAX_FIT_ZOOM } from '../../viz/metrics';
import {
	foldList,
	needZones,
	PER_KIND,
	roleZones,
	zoneCap,
	type Folded
} from '../../viz/node-zones';
import type { ExportView } from '../../components/export-view';
import {
	filterFields,
	readonlySet,
	rolesByGroup,
	sortOptions,
	sortRoles,
	type SortOption
} from './role-sort';

/**
 * The lowest the node page's canvas is made: the canvas frame's own minimum (18rem, CanvasFrame),
 * so the frame never grows past it onto the legend below (at 240 px it covered its first line).
 */
const MIN_CANVAS_HEIGHT = 288;

/** What a node's page loads: the node, who links to it (grouped), what it needs (a role), related roles. */
export interface NodePageData {
	dataset: DatasetInfo;
	node: NodeDetails;
	answer: NodeRolesAnswer;
	/** For a role: the roles linked to it, as the dataset ranks them. */
	related: RelatedRole[];
	/** For a role: what it needs, by category. */
	needs: CategoryNeeds[];
	sources: Source[];
}

/** Roles a list shows per group before a button unfolds the rest. */
export const LIST_CAP = 6;
/** Items a role's page shows per category (drawing and lists) before "+N more". */
export const NEEDS_CAP = 12;
/** Related roles a role's page lists before "+N more". */
export const RELATED_CAP = 10;

/** One group of the role list: the group, its roles in the chosen order, folded. */
export interface ListGroup {
	group: RoleGroup;
	folded: Folded<GroupedRole>;
	open: boolean;
}

/**
 * The state of a node's page: the answer in words, the grouped drawing (folded, unfolded zone by
 * zone, shaped to the canvas), the role list's order and filters, and the description of its
 * exports. A role's page: what it needs by category and kind, and its related roles.
 */
export class NodeState {
	#data: () => NodePageData;
	/** Zones (and list groups) shown whole, by key: a family, a category, the related roles. */
	opened = $state.raw<readonly string[]>([]);
	/** The order the reader chose for the role list, if any. */
	#sort = $state<string>();
	/** Filters on the roles' own fields, by field name (null: any value). */
	filters = $state<Record<string, number | null>>({});
	/** The canvas's size, for the layout's shape. */
	width = $state(0);

	constructor(data: () => NodePageData) {
		this.#data = data;
	}

	get data(): NodePageData {
		return this.#data();
	}

	readonly node = $derived.by(() => this.data.node);
	readonly answer = $derived.by(() => this.data.answer);
	readonly isRole = $derived(this.node.category === 'role');
	readonly fields: readonly FieldDescription[] = $derived.by(() => this.data.dataset.fields);
	/** The dataset as URLs carry it. */
	readonly query = $derived.by(() => ({
		dataset: this.data.dataset.isDefault ? undefined : this.data.dataset.id
	}));

	/** The page's answer in words and numbers. */
	readonly sentence = $derived.by(() =>
		this.isRole
			? roleNeedsSentence(this.data.needs, this.data.related, this.fields, this.answer.grouping)
			: whoNeedsSentence(this.answer, this.fields)
	);

	/** The roles' own fields a list can be filtered by (a number with a few values: job zone). */
	readonly filterFields = $derived.by(() => filterFields(this.fields, this.answer.roles));
	readonly sortOptions: SortOption[] = $derived.by(() =>
		sortOptions(this.fields, this.answer.roles, this.answer.grouping)
	);
	/** The role list's order: the one chosen, else the first the dataset offers (what the links say). */
	get sort(): string {
		const chosen = this.#sort;
		return this.sortOptions.some((option) => option.key === chosen)
			? chosen!
			: (this.sortOptions[0]?.key ?? 'name');
	}
	set sort(key: string) {
		this.#sort = key;
	}
	readonly filtered = $derived(Object.values(this.filters).some((value) => value != null));

	/** The roles passing the filters. */
	readonly roles = $derived.by(() =>
		this.answer.roles.filter((role) =>
			Object.entries(this.filters).every(
				([name, value]) => value == null || role.fields?.[name] === value
			)
		)
	);
	/** The groups of the roles passing the filters, in the answer's order (biggest first). */
	readonly groups: RoleGroup[] = $derived.by(() => {
		const byGroup = rolesByGroup(this.roles);
		return this.answer.groups
			.filter((group) => byGroup.has(group.key))
			.map((group) => ({ ...group, count: byGroup.get(group.key)!.length }));
	});
	/** Which zones and list groups are shown whole. */
	readonly open: ReadonlySet<string> = $derived(readonlySet(this.opened));

	/** Roles drawn per zone before "+N more": fewer as there are more zones. */
	readonly cap = $derived(zoneCap(this.groups.length));

	/** The window's height: the canvas takes at most a screenful. */
	viewportHeight = $state(0);
	/** The most height the canvas takes: the window's, less the page's header and title. */
	readonly roomHeight = $derived(
		this.viewportHeight > 0 ? Math.max(320, Math.min(760, this.viewportHeight - 190)) : 620
	);
	/**
	 * The layout takes the shape of the room the canvas has, in steps, so small resizes do not
	 * redraw it. Before the canvas is measured (on the server), 2: a wide window's.
	 */
	readonly aspect = $derived(
		this.width > 0 ? Math.round((this.width / this.roomHeight) * 4) / 4 : 2
	);
	readonly zones = $derived.by(() =>
		this.isRole
			? needZones(this.data.needs, this.data.related, this.fields, {
					cap: NEEDS_CAP,
					open: this.open,
					relatedTitle: `Related ${this.answer.grouping.role.many}`
				})
			: roleZones(this.roles, this.groups, this.fields, { cap: this.cap, open: this.open })
	);
	readonly drawing = $derived.by(() => groupedElements(this.zones, Math.max(this.aspect, 0.5)));
	/**
	 * The canvas's height, once its width is known: the drawing's at the zoom it will be fitted
	 * at, so a small drawing gets a small canvas, within the room there is.
	 */
	readonly canvasHeight = $derived.by(() => {
		if (this.width <= 0) return undefined;
		const { x1, x2, y1, y2 } = this.drawing.bounds;
		const zoom = Math.min(MAX_FIT_ZOOM, (this.width - 2 * FIT_PADDING) / (x2 - x1));
		const needed = (y2 - y1) * zoom + 2 * FIT_PADDING;
		return Math.round(Math.max(MIN_CANVAS_HEIGHT, Math.min(this.roomHeight, needed)));
	});

	/** The role list: each group's roles in the chosen order, folded unless open. */
	readonly list: ListGroup[] = $derived.by(() => {
		const byGroup = rolesByGroup(this.roles);
		const groups =
			this.sort === 'group'
				? [...this.groups].sort((x, y) => compareLabels(x.name, y.name))
				: this.groups;
		return groups.map((group) => {
			const open = this.open.has(group.key);
			const ordered = sortRoles(byGroup.get(group.key) ?? [], this.sort, this.fields);
			return { group, folded: foldList(ordered, LIST_CAP, open), open };
		});
	});

	/** The source every line of the page's list cites, when they all cite one: named once, above it. */
	readonly sharedSource: Source | undefined = $derived.by(() => {
		const lines: readonly { sources: readonly string[] }[] = this.isRole
			? this.data.related
			: this.answer.roles;
		const [first] = lines;
		if (!first || first.sources.length !== 1) return undefined;
		const id = first.sources[0];
		if (!lines.every((line) => line.sources.length === 1 && line.sources[0] === id)) {
			return undefined;
		}
		return this.data.sources.find((source) => source.id === id);
	});

	/** A role's needs per category: in display order, by kind, folded unless open. */
	readonly needs = $derived.by(() =>
		this.data.needs.map((entry) => ({
			...entry,
			open: this.open.has(entry.category),
			folded: foldList(
				displayOrder<NeededItem>(entry.items, this.fields),
				NEEDS_CAP,
				this.open.has(entry.category),
				(item) => item.kind,
				PER_KIND
			)
		}))
	);
	/** A role's related roles, folded unless open. */
	readonly related = $derived.by(() =>
		foldList(this.data.related, RELATED_CAP, this.open.has('related'))
	);

	/** Shows a zone or list group whole. */
	expand(key: string): void {
		if (!this.opened.includes(key)) this.opened = [...this.opened, key];
	}

	/** Folds a zone or list group again. */
	fold(key: string): void {
		this.opened = this.opened.filter((open) => open !== key);
	}

	/** Folds everything again. */
	refold(): void {
		this.opened = [];
	}

	/** Sets a filter on a role field (null: any value); a filtered list starts folded. */
	filter(name: string, value: number | null): void {
		this.filters = { ...this.filters, [name]: value };
	}

	readonly exportView: ExportView = $derived.by(() => {
		const { node, data } = this;
		const kind = node.kind ? ` (${node.kind})` : '';
		const ring = this.fields.find((field) => field.legend !== undefined && field.on === 'link');
		return {
			frame: {
				title: node.label,
				subtitle: `${CATEGORY_NAMES[node.category].label}${kind}: ${this.sentence}`,
				categories: CATEGORIES.filter(
					(category) =>
						node.category === category ||
						this.zones.some((zone) =>
							zone.groups.some((group) => group.items.some((item) => item.category === category))
						)
				),
				...(ring && this.drawing.elements.some((element) => element.data.flagged)
					? { ring: ring.legend }
					: {}),
				credit: data.dataset.credit ?? `Data: ${data.dataset.title}`
			},
			fileBase: fileSlug(node.label),
			spec: { kind: 'node', id: node.id },
			dataset: this.query.dataset,
			wholeFileBase: `${fileSlug(data.dataset.title)}-whole-graph`
		};
	});

	/** The role list as CSV rows (a header first): every role, its group, its fields, the link's and the credit. */
	readonly csvRows: string[][] = $derived.by(() => {
		const { answer, fields } = this;
		const nodeFields = fields.filter((field) => field.on === 'node');
		const linkFields = fields.filter((field) => field.on === 'link' && field.show !== 'none');
		const credit = this.data.dataset.credit ?? this.data.dataset.title;
		const header = [
			'role',
			'role_label',
			answer.grouping.label,
			...nodeFields.map((field) => field.label),
			...linkFields.map((field) => field.label),
			'relation',
			'source',
			'credit'
		];
		const text = (value: unknown) => (value === undefined ? '' : String(value));
		return [
			header,
			...answer.roles.map((role) => [
				role.id,
				role.label,
				answer.groups.find((group) => group.key === role.group)?.name ?? '',
				...nodeFields.map((field) => text(role.fields?.[field.name])),
				...linkFields.map((field) => text(role[field.name])),
				role.relation,
				role.sources.join('|'),
				credit
			])
		];
	});
}
