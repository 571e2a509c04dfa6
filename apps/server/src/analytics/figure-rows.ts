import {
  PLAN_METRIC_KEYS,
  RECORD_COUNT_METRICS,
  metricByKey,
  type RawField,
  type RecordSelector,
} from '@cppcc/analytics';
import { countedOpinionReport } from '../opinions/opinion-counting';
import { DATE_COLUMN, metricCondition } from './record-count-sql';
import { YEAR_MEMBERS_JOIN, inQuarter, yearMembersParams } from './sql-rows';
import type { Condition, Counted, RowSet } from './row-sets';

/**
 * Every RawTownshipYear field the database fills, said once: the rows it is counted over (a
 * source), which of them it counts and, for a sum, what each adds. township-aggregates.ts sums
 * these per township; metric-records.ts lists the same rows (docs/metrics.md, "Drill-down").
 * The attribution and year rules are those of docs/metrics.md, "Which township and which year".
 */

/** What a listed row shows, as SQL over the source's aliases. */
export interface NodeColumns {
  readonly id: string;
  readonly title: string;
  /** YYYY-MM-DD, or NULL. */
  readonly date: string;
  /** The member the row is about (an attendance row, a member), if any. */
  readonly member?: string;
  /** The record the row hangs on (an attendance row's activity …): its GraphQL type and id. */
  readonly parent?: { readonly type: string; readonly id: string };
}

export interface FigureSource {
  /** GraphQL type of the records listed. */
  readonly recordType: string;
  readonly rows: (year: number) => RowSet;
  /** The township a row is filed under; NULL for the county's own records. */
  readonly township: string;
  readonly node: NodeColumns;
  /** The rows that are one member's work; absent when no row names a member. */
  readonly ofMember?: (memberId: number) => Condition;
}

const plain = (from: string, where: string) => (year: number) => ({ with: '', from, where, params: [year] });

const PLAN_TABLE_ALIAS: Readonly<Record<RecordSelector['table'], string>> = { activity: 'a', opinion_report: 'r' };

/** An item's actual: its metric's records of the plan's township, year and quarter (items without a metric are skipped). */
const PLAN_ACTUAL =
  PLAN_METRIC_KEYS.map((key) => {
    const { table } = RECORD_COUNT_METRICS[key];
    const x = PLAN_TABLE_ALIAS[table];
    return `            WHEN '${key}' THEN (SELECT COUNT(*) FROM ${table} ${x} WHERE ${x}.townshipId = wp.townshipId AND ${x}.year = wp.year AND ${metricCondition(key, x)} AND ${inQuarter('i.quarter', `${x}.${DATE_COLUMN[table]}`)})`;
  }).join('\n') + '\n            ELSE 0';

const label = (text: string) => {
  // Catalog constants, never input; refuse anything that could end the literal.
  if (/['\\?]/.test(text)) throw new TypeError(`Not a plain label: ${text}`);
  return `'${text}'`;
};

/** A plan item as listed: its description, or the label of the metric it targets. */
const PLAN_ITEM_TITLE = `COALESCE(NULLIF(x.description, ''), CASE x.metricKey ${PLAN_METRIC_KEYS.map((key) => `WHEN '${key}' THEN ${label(metricByKey(key).label)}`).join(' ')} ELSE x.metricKey END)`;

export const FIGURE_SOURCES = {
  // A proposal is a member's when they lead it or co-signed it (as the PROPOSAL duty rule counts).
  proposals: {
    recordType: 'Proposal',
    rows: plain('proposal p', 'p.year = ?'),
    township: 'p.townshipId',
    node: { id: 'p.id', title: 'p.title', date: 'p.submittedOn' },
    ofMember: (memberId) => ({
      sql: '(p.leadMemberId = ? OR EXISTS (SELECT 1 FROM proposal_signer mps WHERE mps.proposalId = p.id AND mps.memberId = ?))',
      params: [memberId, memberId],
    }),
  },
  // An activity is a member's when they attended it (PRESENT), as the duty rules count attendance.
  activities: {
    recordType: 'Activity',
    rows: plain('activity a', 'a.year = ?'),
    township: 'a.townshipId',
    node: { id: 'a.id', title: 'a.title', date: 'a.heldOn' },
    ofMember: (memberId) => ({
      sql: "EXISTS (SELECT 1 FROM activity_participant map WHERE map.activityId = a.id AND map.memberId = ? AND map.attendance = 'PRESENT')",
      params: [memberId],
    }),
  },
  // Attendance rows follow their activity.
  attendance: {
    recordType: 'ActivityParticipant',
    rows: plain('activity a INNER JOIN activity_participant pt ON pt.activityId = a.id', 'a.year = ?'),
    township: 'a.townshipId',
    node: {
      id: 'pt.id',
      title: 'a.title',
      date: 'a.heldOn',
      member: 'pt.memberId',
      parent: { type: 'Activity', id: 'a.id' },
    },
    ofMember: (memberId) => ({ sql: 'pt.memberId = ?', params: [memberId] }),
  },
  // The members of the year, each in the township that counts them (YEAR_MEMBERS_JOIN), with the
  // facts about them as derived tables joined once (a correlated EXISTS per member is 15× slower
  // at province scale): present at an activity of the year, 特约监督员 for some time of it.
  members: {
    recordType: 'Member',
    rows: (year) => ({
      with: '',
      from: `member m ${YEAR_MEMBERS_JOIN}
      LEFT JOIN (
        SELECT DISTINCT pt.memberId AS memberId FROM activity a INNER JOIN activity_participant pt ON pt.activityId = a.id
        WHERE a.year = ? AND pt.attendance = 'PRESENT'
      ) present ON present.memberId = m.id
      LEFT JOIN (
        SELECT DISTINCT s.memberId AS memberId FROM special_supervisor s WHERE s.fromOn <= ? AND (s.toOn IS NULL OR s.toOn >= ?)
      ) supervisor ON supervisor.memberId = m.id`,
      where: '1 = 1',
      params: [...yearMembersParams(year), year, `${year}-12-31`, `${year}-01-01`],
    }),
    township: 'yt.townshipId',
    node: { id: 'm.id', title: 'm.name', date: 'NULL', member: 'm.id' },
    ofMember: (memberId) => ({ sql: 'm.id = ?', params: [memberId] }),
  },
  // A report converted from a proposal is counted once, as the proposal (opinions/opinion-counting.ts).
  opinions: {
    recordType: 'OpinionReport',
    rows: plain('opinion_report r', `r.year = ? AND ${countedOpinionReport('r')}`),
    township: 'r.townshipId',
    node: { id: 'r.id', title: 'r.title', date: 'r.submittedOn' },
    ofMember: (memberId) => ({
      sql: 'EXISTS (SELECT 1 FROM opinion_submitter mos WHERE mos.reportId = r.id AND mos.memberId = ?)',
      params: [memberId],
    }),
  },
  // Supervision targets are the county's (handling units), not a township's; nothing in them names a member.
  supervisionTargets: {
    recordType: 'SupervisionTarget',
    rows: plain('supervision_target t', 't.year = ?'),
    township: 'NULL',
    node: { id: 't.id', title: 't.topic', date: 'NULL' },
  },
  // Rectification items follow their target.
  rectificationItems: {
    recordType: 'RectificationItem',
    rows: plain('rectification_item i INNER JOIN supervision_target t ON t.id = i.targetId', 't.year = ?'),
    township: 'NULL',
    node: { id: 'i.id', title: 'i.text', date: 'i.dueOn', parent: { type: 'SupervisionTarget', id: 't.id' } },
  },
  // The same rule as plans/plan-progress (domain itemActual, record-count-sql conditions), written as SQL on purpose: a
  // province's plans must be summed in the database, not by loading every month's counts.
  // Both are checked against independent counts (analytics-metrics and plans API tests).
  plans: {
    recordType: 'WorkPlanItem',
    rows: (year) => ({
      with: '',
      from: `(
        SELECT wp.townshipId AS townshipId, wp.id AS planId, i.id AS id, i.target AS target, i.metricKey AS metricKey,
          i.description AS description,
          CASE i.metricKey
${PLAN_ACTUAL}
          END AS actual
        FROM work_plan wp INNER JOIN work_plan_item i ON i.planId = wp.id WHERE wp.year = ? AND i.metricKey IS NOT NULL
      ) x`,
      where: '1 = 1',
      params: [year],
    }),
    township: 'x.townshipId',
    node: { id: 'x.id', title: PLAN_ITEM_TITLE, date: 'NULL', parent: { type: 'WorkPlan', id: 'x.planId' } },
  },
} as const satisfies Record<string, FigureSource>;

export type FigureSourceKey = keyof typeof FIGURE_SOURCES;

/** The fields computed in Node from each member's duty record (member-duty.ts), not by these statements. */
export type DutyField = 'membersMeetingAllRules' | 'dutyPointsSum';
export type SqlRawField = Exclude<RawField, DutyField>;

export interface FieldRows extends Counted {
  readonly source: FigureSourceKey;
}

const ACCEPTED = "p.reviewDecision = 'ACCEPTED'";
// Adoptions and instructions count once the county confirms the claim (claims/claims.ts).
const ADOPTED = "r.status = 'ADOPTED' AND r.adoptionReview = 'CONFIRMED'";

const recordCounts = Object.fromEntries(
  PLAN_METRIC_KEYS.map((key) => {
    const { table, raw } = RECORD_COUNT_METRICS[key];
    const source: FigureSourceKey = table === 'activity' ? 'activities' : 'opinions';
    return [raw, { source, when: metricCondition(key, PLAN_TABLE_ALIAS[table]) }];
  }),
) as Record<(typeof RECORD_COUNT_METRICS)[keyof typeof RECORD_COUNT_METRICS]['raw'], FieldRows>;

export const RAW_FIELD_ROWS: { readonly [F in SqlRawField]: FieldRows } = {
  proposalsSubmitted: { source: 'proposals', when: '1 = 1' },
  proposalsAccepted: { source: 'proposals', when: ACCEPTED },
  keyProposals: { source: 'proposals', when: `${ACCEPTED} AND p.isKey = 1` },
  proposalsReplied: { source: 'proposals', when: `${ACCEPTED} AND p.firstReplyOn IS NOT NULL` },
  repliedOnTime: {
    source: 'proposals',
    when: `${ACCEPTED} AND p.firstReplyOn IS NOT NULL AND p.deadline IS NOT NULL AND p.firstReplyOn <= p.deadline`,
  },
  feedbackTotal: { source: 'proposals', when: `${ACCEPTED} AND p.satisfaction IS NOT NULL` },
  feedbackSatisfied: { source: 'proposals', when: `${ACCEPTED} AND p.satisfaction = 'SATISFIED'` },
  feedbackBasicallySatisfied: { source: 'proposals', when: `${ACCEPTED} AND p.satisfaction = 'BASICALLY_SATISFIED'` },
  implemented: { source: 'proposals', when: `${ACCEPTED} AND p.implementation = 'IMPLEMENTED'` },
  beingImplemented: { source: 'proposals', when: `${ACCEPTED} AND p.implementation = 'IN_PROGRESS'` },

  ...recordCounts,
  suggestionsMade: { source: 'activities', when: '1 = 1', value: 'a.suggestionsMade' },
  suggestionsAdopted: { source: 'activities', when: "a.adoptionReview = 'CONFIRMED'", value: 'a.suggestionsAdopted' },
  donationsYuan: { source: 'activities', when: '1 = 1', value: 'a.donationYuan' },
  attendancePresent: { source: 'attendance', when: "pt.attendance = 'PRESENT'" },
  attendanceTotal: { source: 'attendance', when: '1 = 1' },

  activeMembers: { source: 'members', when: '1 = 1' },
  activeMembersPresent: { source: 'members', when: 'present.memberId IS NOT NULL' },
  // Counted once per member, whatever the appointments.
  specialSupervisors: { source: 'members', when: 'supervisor.memberId IS NOT NULL' },

  opinionAdopted: { source: 'opinions', when: ADOPTED },
  opinionAdoptedProvincialOrAbove: {
    source: 'opinions',
    when: `${ADOPTED} AND r.adoptionLevel IN ('PROVINCE', 'NATIONAL')`,
  },
  leaderInstructions: { source: 'opinions', when: "r.leaderInstruction = 1 AND r.instructionReview = 'CONFIRMED'" },

  supervisionTargets: { source: 'supervisionTargets', when: '1 = 1' },
  rectificationItems: { source: 'rectificationItems', when: '1 = 1' },
  rectificationDone: { source: 'rectificationItems', when: "i.status = 'DONE'" },

  planTargetSum: { source: 'plans', when: '1 = 1', value: 'x.target' },
  // Σ min(actual, target): over-fulfilling one item must not hide another one's shortfall.
  planAchievedSum: {
    source: 'plans',
    when: '1 = 1',
    value: 'CASE WHEN x.actual < x.target THEN x.actual ELSE x.target END',
  },
};

export function isSqlRawField(field: RawField): field is SqlRawField {
  return Object.prototype.hasOwnProperty.call(RAW_FIELD_ROWS, field);
}

/** The fields counted over one source, in RAW_FIELD_ROWS order. */
export function fieldsOf(source: FigureSourceKey): SqlRawField[] {
  return (Object.keys(RAW_FIELD_ROWS) as SqlRawField[]).filter((f) => RAW_FIELD_ROWS[f].source === source);
}
