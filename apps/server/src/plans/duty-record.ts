import type { EntityManager } from 'typeorm';
import { evaluateMemberDuty, type MemberDutyRecord as DutyCounts } from '@cppcc/analytics';
import {
  ActivityKind,
  Attendance,
  DEFAULT_PROPOSAL_DUTY_BASIS,
  DUTY_COUNTED_DECISIONS,
  MeetingKind,
  ProposalDutyBasis,
  ProposalStatus,
  type DutyRuleKey,
} from '@cppcc/domain';
import type { GraphQLContext } from '../core/context';
import { countedOpinionReport } from '../opinions/opinion-counting';
import { metricCondition } from '../analytics/record-count-sql';
import type { NodeColumns } from '../analytics/figure-rows';
import { sumsStatement, type Counted, type RowSet } from '../analytics/row-sets';
import { dutyRuleSet, type DutyRuleSet } from './duty-rule-set';

export type { DutyCounts };

/** Every member, or only these (an IN list); analytics asks for every member of a province. */
export type MemberSelection = readonly number[] | 'all';

/** Which members' rows a duty statement reads: a condition on the statement's member column. */
export interface MemberFilter {
  sql(column: string): string;
  readonly params: readonly unknown[];
}

function selectionFilter(members: MemberSelection): MemberFilter {
  if (members === 'all') return { sql: () => '1 = 1', params: [] };
  const ids = [...new Set(members)];
  return { sql: (column) => `${column} IN (${ids.map(() => '?').join(', ')})`, params: ids };
}

/** The rows a duty rule counts over: their member, the record and how a listed row shows. */
export interface DutySource {
  /** GraphQL type of the records listed. */
  readonly recordType: string;
  /** The member filter goes inside (the proposals' UNION filters each branch). */
  rows(year: number, basis: ProposalDutyBasis, members: MemberFilter): RowSet;
  readonly member: string;
  /** Joins a listed row needs for its record's columns (no placeholders). */
  readonly joins: string;
  readonly node: NodeColumns;
  /** The township the record is filed under; NULL when it names none. */
  readonly township: string;
}

/**
 * The member's proposals of the year that count for the PROPOSAL rule, as (memberId, proposalId)
 * pairs of their lead proposer and co-signers (proposal.leadMemberId or proposal_signer).
 * On 提交 every proposal of the year; on 立案 those of DUTY_COUNTED_DECISIONS (packages/domain
 * rules/duty.ts), and merged ones whose merge chain ends in an accepted proposal — followed by a
 * recursive CTE (SQLite, MySQL 8, MariaDB 10.2+, TiDB 5.1+ all take WITH RECURSIVE).
 */
function countedProposals(year: number, basis: ProposalDutyBasis): { with: string; params: unknown[] } {
  if (basis === ProposalDutyBasis.SUBMITTED) {
    return { with: 'WITH counted_proposal (id) AS (SELECT y.id FROM proposal y WHERE y.year = ?) ', params: [year] };
  }
  const decisions = DUTY_COUNTED_DECISIONS.map(() => '?').join(', ');
  return {
    with: `WITH RECURSIVE merge_path (id, targetId) AS (
         SELECT y.id, y.mergedIntoId FROM proposal y WHERE y.year = ? AND y.reviewDecision = ? AND y.mergedIntoId IS NOT NULL
         UNION ALL
         SELECT mp.id, t.mergedIntoId FROM merge_path mp INNER JOIN proposal t ON t.id = mp.targetId WHERE t.reviewDecision = ? AND t.mergedIntoId IS NOT NULL
       ),
       counted_proposal (id) AS (
         SELECT y.id FROM proposal y WHERE y.year = ? AND y.reviewDecision IN (${decisions})
         UNION
         SELECT mp.id FROM merge_path mp INNER JOIN proposal t ON t.id = mp.targetId WHERE t.reviewDecision = ?
       )
       `,
    params: [
      year,
      ProposalStatus.MERGED,
      ProposalStatus.MERGED,
      year,
      ...DUTY_COUNTED_DECISIONS,
      ProposalStatus.ACCEPTED,
    ],
  };
}

const enumLiteral = (value: string) => {
  // Enum constants of packages/domain, never input.
  if (!/^[A-Z_]+$/.test(value)) throw new TypeError(`Not an enum value: ${value}`);
  return `'${value}'`;
};

export const DUTY_SOURCES = {
  proposals: {
    recordType: 'Proposal',
    rows(year, basis, members) {
      const counted = countedProposals(year, basis);
      return {
        with: counted.with,
        from: `(
         SELECT ps.memberId AS memberId, ps.proposalId AS proposalId FROM proposal_signer ps INNER JOIN counted_proposal c ON c.id = ps.proposalId WHERE ${members.sql('ps.memberId')}
         UNION
         SELECT p.leadMemberId AS memberId, p.id AS proposalId FROM proposal p INNER JOIN counted_proposal c ON c.id = p.id WHERE p.leadMemberId IS NOT NULL AND ${members.sql('p.leadMemberId')}
       ) x`,
        where: '1 = 1',
        params: [...counted.params, ...members.params, ...members.params],
      };
    },
    member: 'x.memberId',
    joins: 'INNER JOIN proposal dp ON dp.id = x.proposalId',
    node: { id: 'dp.id', title: 'dp.title', date: 'dp.submittedOn' },
    township: 'dp.townshipId',
  },
  // Reports of the year they (co-)submitted, not those created by converting a proposal (counted as the proposal).
  opinions: {
    recordType: 'OpinionReport',
    rows: (year, _basis, members) => ({
      with: '',
      from: 'opinion_submitter os INNER JOIN opinion_report r ON r.id = os.reportId',
      where: `r.year = ? AND ${countedOpinionReport('r')} AND ${members.sql('os.memberId')}`,
      params: [year, ...members.params],
    }),
    member: 'os.memberId',
    joins: '',
    node: { id: 'r.id', title: 'r.title', date: 'r.submittedOn' },
    township: 'r.townshipId',
  },
  // Activities of the year they attended (PRESENT).
  attended: {
    recordType: 'Activity',
    rows: (year, _basis, members) => ({
      with: '',
      from: 'activity_participant ap INNER JOIN activity a ON a.id = ap.activityId',
      where: `a.year = ? AND ap.attendance = ${enumLiteral(Attendance.PRESENT)} AND ${members.sql('ap.memberId')}`,
      params: [year, ...members.params],
    }),
    member: 'ap.memberId',
    joins: '',
    node: { id: 'a.id', title: 'a.title', date: 'a.heldOn' },
    township: 'a.townshipId',
  },
  // Their 述职报告 for the year.
  dutyReports: {
    recordType: 'DutyReport',
    rows: (year, _basis, members) => ({
      with: '',
      from: 'duty_report d',
      where: `d.year = ? AND ${members.sql('d.memberId')}`,
      params: [year, ...members.params],
    }),
    member: 'd.memberId',
    joins: '',
    node: { id: 'd.id', title: "COALESCE(d.title, '')", date: 'd.submittedOn' },
    township: 'NULL',
  },
} as const satisfies Record<string, DutySource>;

export type DutySourceKey = keyof typeof DUTY_SOURCES;

/**
 * What each rule counts, per member, said once for the counts (GROUP BY member) and the
 * drill-down (the rows): RESEARCH_OR_INSPECTION — activities counted by researchReports (research
 * only with its report, as the metric and plan items count it) or inspections; PLENARY_ATTENDANCE —
 * MEETING activities with meeting kind PLENARY.
 */
export const DUTY_RULE_ROWS: { readonly [K in DutyRuleKey]: Counted & { readonly source: DutySourceKey } } = {
  PROPOSAL: { source: 'proposals', when: '1 = 1' },
  OPINION_REPORT: { source: 'opinions', when: '1 = 1' },
  RESEARCH_OR_INSPECTION: {
    source: 'attended',
    when: `(${metricCondition('researchReports', 'a')} OR ${metricCondition('inspections', 'a')})`,
  },
  DUTY_REPORT: { source: 'dutyReports', when: '1 = 1' },
  PLENARY_ATTENDANCE: {
    source: 'attended',
    when: `a.kind = ${enumLiteral(ActivityKind.MEETING)} AND a.meetingKind = ${enumLiteral(MeetingKind.PLENARY)}`,
  },
};

const RULE_KEYS = Object.keys(DUTY_RULE_ROWS) as DutyRuleKey[];

/**
 * The statements behind each member's duty counts for a year (portable SQL, `?` parameters):
 * one GROUP BY member per source of DUTY_SOURCES, a column per rule (named by its key).
 */
export function dutyCountStatements(
  year: number,
  members: MemberSelection,
  basis: ProposalDutyBasis = DEFAULT_PROPOSAL_DUTY_BASIS,
): [string, unknown[]][] {
  const filter = selectionFilter(members);
  return (Object.keys(DUTY_SOURCES) as DutySourceKey[]).map((key) => {
    const source: DutySource = DUTY_SOURCES[key];
    const rules = RULE_KEYS.filter((rule) => DUTY_RULE_ROWS[rule].source === key);
    return sumsStatement(
      source.rows(year, basis, filter),
      { expr: source.member, as: 'memberId' },
      rules.map((rule) => [rule, DUTY_RULE_ROWS[rule]] as const),
    );
  });
}

/** Each member's counts for the duty rules of a year (proposals on the year's basis): four GROUP BY queries for any number of members. */
export async function dutyCounts(
  manager: EntityManager,
  year: number,
  members: MemberSelection,
  basis: ProposalDutyBasis,
): Promise<Map<number, DutyCounts>> {
  const result = new Map<number, DutyCounts>();
  if (members !== 'all' && members.length === 0) return result;
  const byMember = new Map<number, Record<string, unknown>>();
  for (const rows of await Promise.all(
    dutyCountStatements(year, members, basis).map(
      ([sql, params]) => manager.query(sql, params) as Promise<Record<string, unknown>[]>,
    ),
  )) {
    for (const row of rows) byMember.set(Number(row.memberId), { ...byMember.get(Number(row.memberId)), ...row });
  }
  const ids = members === 'all' ? [...byMember.keys()] : [...new Set(members)];
  for (const id of ids) {
    const row = byMember.get(id);
    result.set(
      id,
      Object.fromEntries(RULE_KEYS.map((rule) => [rule, Number(row?.[rule] ?? 0)])) as Record<DutyRuleKey, number>,
    );
  }
  return result;
}

export interface MemberDutyOutcome {
  memberId: number;
  year: number;
  counts: DutyCounts;
  rules: DutyRuleSet;
  result: ReturnType<typeof evaluateMemberDuty>;
}

/** A member's record against the year's rules, batched over every member of the request. */
export async function memberDuty(ctx: GraphQLContext, memberId: number, year: number): Promise<MemberDutyOutcome> {
  // The rules first: they say what counts as a member's proposal this year.
  const rules = await dutyRuleSet(ctx, year);
  const counts = await ctx.loaders
    .batch<number, DutyCounts>(`duty-counts:${year}`, async (ids) => {
      const byMember = await dutyCounts(ctx.db.manager, year, ids, rules.proposalBasis);
      return ids.map((id) => byMember.get(id)!);
    })
    .load(memberId);
  return { memberId, year, counts, rules, result: evaluateMemberDuty(counts, rules.rules) };
}
