// The drill-down's data: one metricRecords document (docs/api.md, "Drill-down"), what a figure is
// made of (METRIC_PARTS: a rate's two parts, a per-member value's divisor) and where each listed
// record is read in the console.
import { isMetricKey, METRIC_PARTS } from '@cppcc/analytics';
import { graphql } from '../gql';
import type { MetricRecordPart, MetricRecordsQuery } from '../gql/graphql';

export type { MetricRecordPart };
export type MetricRecordList = MetricRecordsQuery['metricRecords'];
export type MetricRecordNode = MetricRecordList['nodes'][number];

export const METRIC_RECORDS_QUERY = graphql(`
  query MetricRecords(
    $metric: String!
    $year: Int!
    $townshipId: ID
    $memberId: ID
    $part: MetricRecordPart!
    $page: PageInput
  ) {
    metricRecords(
      metric: $metric
      year: $year
      townshipId: $townshipId
      memberId: $memberId
      part: $part
      page: $page
    ) {
      totalCount
      valueSum
      nodes {
        recordType
        id
        title
        date
        memberId
        memberName
        parentType
        parentId
        value
      }
    }
  }
`);

/** A figure as a page shows it, and what metricRecords needs to list its records. */
export interface DrillFigure {
  /** A catalog metric key, or a duty rule key (PROPOSAL …) for a member duty cell. */
  metric: string;
  /** The metric's (or rule's) Chinese label. */
  label: string;
  year: number;
  /** null: the county whole (the comparison's county total). */
  townshipId: string | null;
  /** For the title; absent with no township: 全县. */
  townshipName?: string | null;
  memberId?: string | null;
  memberName?: string | null;
  /** The value exactly as the cell or chart writes it. */
  text: string;
  /** The value shown was divided by the township's active members. */
  perMember?: boolean;
}

const ownDenominator = (metric: string) => isMetricKey(metric) && !!METRIC_PARTS[metric].denominator;

/** Has the figure a second part to list: a rate's denominator, or the members a per-member value is divided by. */
export function hasDenominator(figure: Pick<DrillFigure, 'metric' | 'perMember'>): boolean {
  // Duty rules are plain counts.
  return isMetricKey(figure.metric) && (ownDenominator(figure.metric) || !!figure.perMember);
}

/** Is the value shown the one division 分子 ÷ 分母 (not a per-member mean, divided twice)? */
export function isOneDivision(figure: Pick<DrillFigure, 'metric' | 'perMember'>): boolean {
  return hasDenominator(figure) && ownDenominator(figure.metric) !== !!figure.perMember;
}

/** A part's own figure: a sum's valueSum, else its record count. */
export function partFigure(list: Pick<MetricRecordList, 'totalCount' | 'valueSum'>): number {
  return list.valueSum ?? list.totalCount;
}

/** Where a listed record is read: its own page, or the page of the record it hangs on. */
export interface RecordRoute {
  resource: string;
  id: string;
  view: 'show' | 'edit';
}

// recordType → console resource; the views are those the resources register (App.tsx).
const OWN_PAGES: Readonly<Record<string, Omit<RecordRoute, 'id'>>> = {
  Proposal: { resource: 'proposals', view: 'show' },
  Activity: { resource: 'activities', view: 'show' },
  OpinionReport: { resource: 'opinionReports', view: 'show' },
  Member: { resource: 'members', view: 'show' },
  SupervisionTarget: { resource: 'supervisionTargets', view: 'show' },
  WorkPlan: { resource: 'workPlans', view: 'show' },
  DutyReport: { resource: 'dutyReports', view: 'edit' },
};

/** Attendance rows open their activity, plan items their plan, rectification items their target. */
export function recordRoute(node: Pick<MetricRecordNode, 'recordType' | 'id' | 'parentType' | 'parentId'>) {
  const [type, id] = node.parentType && node.parentId ? [node.parentType, node.parentId] : [node.recordType, node.id];
  const page = OWN_PAGES[type];
  return page ? { ...page, id } : null;
}
