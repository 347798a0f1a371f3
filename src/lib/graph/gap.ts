import { compareRoles, type CompareItem } from './compare';
import { RELATION_LABELS } from './relations';
import { similarityIndex } from './similarity-index';
import { coverageOf, rankRoles, roleNumber, round, scoresFrom } from './similarity';
import type { KnowledgeGraph, Relation } from './types';
import { linkWeight, weightReasons } from './weights';

/** Something the target role needs that the starting role has too, with its weight for the target. */
export interface CarryItem extends CompareItem {
	weight: number;
}

/** Something the target role needs that the starting role lacks: how much it matters, and why. */
export interface LearnItem extends CompareItem {
	weight: number;
	reasons: string[];
}

/** The way from one role to another: what carries over, and what to learn first. */
export interface Gap {
	from: { id: string; label: string };
	to: { id: string; label: string };
	/** The weighted share of what `to` needs that `from` has already (see coverageOf). */
	coverage: number;
	/** Shared items, heaviest for the target first. */
	carry: CarryItem[];
	/** The target's items the start lacks (the comparison's onlyB), most worth learning first. */
	learn: LearnItem[];
}

/** How many of the target's closest roles are asked whether they need an item too. */
export const NEIGHBOURS = 10;

/**
 * What someone in role `from` carries over to role `to`, and what to learn, ordered by weight:
 * the item's weight for the target (importance, hot, in demand…) times 1 + how much more the
 * target's closest roles need it than all other roles do (the share of the first less the
 * share of the second, if positive): what the field around the target asks for, not what every
 * role lists. Throws UnknownNodeError / NotARoleError for bad ids.
 */
export function skillGap(graph: KnowledgeGraph, from: string, to: string): Gap {
	const comparison = compareRoles(graph, from, to);
	const index = similarityIndex(graph);
	const start = roleNumber(graph, index, from);
	const target = roleNumber(graph, index, to);
	const scheme = index.scheme;
	// The target's closest roles that resemble it at all, the starting role left out (it lacks
	// every item to learn, so counting it would only dilute the share).
	const scores = scoresFrom(index, target);
	const neighbours = rankRoles(index, graph, target, scores, NEIGHBOURS + 1)
		.filter((role) => role !== start && scores[role]! > 0)
		.slice(0, NEIGHBOURS);
	const neighbourLabel = (role: number) => graph.getNodeAttribute(index.roles[role]!, 'label');
	const needers = new Map<number, number[]>();
	for (const role of neighbours) {
		for (const item of index.needs[role]!.items) {
			const list = needers.get(item);
			if (list) list.push(role);
			else needers.set(item, [role]);
		}
	}
	const toLabel = comparison.b.label;
	const linkTo = (id: string) => graph.getEdgeAttributes(graph.edge(to, id)!);
	const carry = comparison.shared
		.map((item) => ({ ...item, weight: round(linkWeight(scheme, linkTo(item.id))) }))
		.sort((x, y) => y.weight - x.weight);
	const learn = comparison.onlyB
		.map((item): LearnItem => {
			const link = linkTo(item.id);
			const itemNumber = index.itemOf.get(item.id)!;
			const alsoNeed = needers.get(itemNumber) ?? [];
			// How much more the roles around the target need it than other roles do: Microsoft
			// PowerPoint, which most roles list, gains little; what the field asks for gains most.
			const nearby = neighbours.length === 0 ? 0 : alsoNeed.length / neighbours.length;
			const elsewhere =
				(index.neededBy[itemNumber]!.roles.length - 1) / Math.max(1, index.roles.length - 1);
			const weight = linkWeight(scheme, link) * (1 + Math.max(0, nearby - elsewhere));
			const reasons = [relationReason(link.relation, toLabel), ...weightReasons(scheme, link)];
			if (alsoNeed.length > 0) {
				reasons.push(
					supportReason(alsoNeed.map(neighbourLabel), neighbours.length, toLabel, elsewhere)
				);
			}
			return { ...item, weight: round(weight), reasons };
		})
		.sort((x, y) => y.weight - x.weight);
	return {
		from: comparison.a,
		to: comparison.b,
		coverage: round(coverageOf(index, start, target)),
		carry,
		learn
	};
}

/**
 * "also needed by Web Developers, one of the roles closest to …", or "by 7 of the 10 roles
 * closest to … (and by 12% of all other roles)".
 */
function supportReason(needers: string[], of: number, role: string, elsewhere: number): string {
	const who =
		needers.length === 1
			? `${needers[0]}, ${of === 1 ? 'the role' : 'one of the roles'} closest to ${role}`
			: `${needers.length} of the ${of} roles closest to ${role}`;
	const share = elsewhere > 0 && elsewhere < 0.005 ? 'under 1%' : `${Math.round(elsewhere * 100)}%`;
	return `also needed by ${who} (and by ${share} of all other roles)`;
}

/** The first reason for every item: the target needs it (or is responsible for it…). */
function relationReason(relation: Relation, role: string): string {
	if (relation === 'needs') return `${role} needs it`;
	if (relation === 'responsibleFor') return `a responsibility of ${role}`;
	if (relation === 'hireFor') return `a reason to hire ${role}`;
	return `${role} ${RELATION_LABELS[relation]} it`;
}
