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
import { dutyRuleSet, type DutyRuleSet } from './duty-rule-set';

export type { DutyCounts };

function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

/** Every member, or only these (an IN list); analytics asks for every member of a province. */
export type MemberSelection = readonly number[] | 'all';

/**
 * The member's proposals of the year that count for the PROPOSAL rule, as (memberId, proposalId)
 * pairs of their lead proposer and co-signers (proposal.leadMemberId or proposal_signer).
 * On 提交 every proposal of the year; on 立案 those of DUTY_COUNTED_DECISIONS (packages/domain
 * rules/duty.ts), and merged ones whose merge chain ends in an accepted proposal — followed by a
 * recursive CTE (SQLite, MySQL 8, MariaDB 10.2+, TiDB 5.1+ all take WITH RECURSIVE).
 */
function proposalCountStatement(
  year: number,
  basis: ProposalDutyBasis,
  only: (column: string) => string,
  ids: readonly number[],
): [string, unknown[]] {
  const pairs = (counted: string) => `SELECT x.memberId AS memberId, COUNT(*) AS n FROM (
         SELECT ps.memberId AS memberId, ps.proposalId AS proposalId FROM proposal_signer ps INNER JOIN ${counted} c ON c.id = ps.proposalId WHERE 1 = 1${only('ps.memberId')}
         UNION
         SELECT p.leadMemberId AS memberId, p.id AS proposalId FROM proposal p INNER JOIN ${counted} c ON c.id = p.id WHERE p.leadMemberId IS NOT NULL${only('p.leadMemberId')}
       ) x GROUP BY x.memberId`;
  if (basis === ProposalDutyBasis.SUBMITTED) {
    return [
      `WITH counted_proposal (id) AS (SELECT y.id FROM proposal y WHERE y.year = ?) ${pairs('counted_proposal')}`,
      [year, ...ids, ...ids],
    ];
  }
  const decisions = DUTY_COUNTED_DECISIONS.map(() => '?').join(', ');
  return [
    `WITH RECURSIVE merge_path (id, targetId) AS (
         SELECT y.id, y.mergedIntoId FROM proposal y WHERE y.year = ? AND y.reviewDecision = ? AND y.mergedIntoId IS NOT NULL
         UNION ALL
         SELECT mp.id, t.mergedIntoId FROM merge_path mp INNER JOIN proposal t ON t.id = mp.targetId WHERE t.reviewDecision = ? AND t.mergedIntoId IS NOT NULL
       ),
       counted_proposal (id) AS (
         SELECT y.id FROM proposal y WHERE y.year = ? AND y.reviewDecision IN (${decisions})
         UNION
         SELECT mp.id FROM merge_path mp INNER JOIN proposal t ON t.id = mp.targetId WHERE t.reviewDecision = ?
       )
       ${pairs('counted_proposal')}`,
    [
      year,
      ProposalStatus.MERGED,
      ProposalStatus.MERGED,
      year,
      ...DUTY_COUNTED_DECISIONS,
      ProposalStatus.ACCEPTED,
      ...ids,
      ...ids,
    ],
  ];
}

/**
 * The statements behind each member's duty counts for a year (portable SQL, `?` parameters):
 * PROPOSAL – proposalCountStatement, on the year's basis; OPINION_REPORT – reports of the year
 * they (co-)submitted, not those created by converting a proposal (counted as the proposal);
 * RESEARCH_OR_INSPECTION – activities of the year attended PRESENT that the researchReports or
 * inspections metric counts (research only with its report, as the metric and plan items count it);
 * DUTY_REPORT – their 述职报告 for the year; PLENARY_ATTENDANCE – MEETING activities with
 * meeting kind PLENARY attended PRESENT.
 */
export function dutyCountStatements(
  year: number,
  members: MemberSelection,
  basis: ProposalDutyBasis = DEFAULT_PROPOSAL_DUTY_BASIS,
): [string, unknown[]][] {
  const ids = members === 'all' ? [] : [...new Set(members)];
  const only = (column: string) => (members === 'all' ? '' : ` AND ${column} IN (${placeholders(ids.length)})`);
  return [
    proposalCountStatement(year, basis, only, ids),
    [
      `SELECT os.memberId AS memberId, COUNT(*) AS n FROM opinion_submitter os INNER JOIN opinion_report r ON r.id = os.reportId WHERE r.year = ? AND ${countedOpinionReport('r')}${only('os.memberId')} GROUP BY os.memberId`,
      [year, ...ids],
    ],
    [
      `SELECT ap.memberId AS memberId,
         SUM(CASE WHEN ${metricCondition('researchReports', 'a')} OR ${metricCondition('inspections', 'a')} THEN 1 ELSE 0 END) AS ri,
         SUM(CASE WHEN a.kind = ? AND a.meetingKind = ? THEN 1 ELSE 0 END) AS plenary
       FROM activity_participant ap INNER JOIN activity a ON a.id = ap.activityId
       WHERE a.year = ? AND ap.attendance = ?${only('ap.memberId')}
       GROUP BY ap.memberId`,
      [ActivityKind.MEETING, MeetingKind.PLENARY, year, Attendance.PRESENT, ...ids],
    ],
    [
      `SELECT d.memberId AS memberId, COUNT(*) AS n FROM duty_report d WHERE d.year = ?${only('d.memberId')} GROUP BY d.memberId`,
      [year, ...ids],
    ],
  ];
}

async function countsBy(
  manager: EntityManager,
  [sql, params]: [string, unknown[]],
): Promise<Map<number, Record<string, number>>> {
  const rows: Record<string, unknown>[] = await manager.query(sql, params);
  return new Map(
    rows.map((r) => [Number(r.memberId), Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Number(v ?? 0)]))]),
  );
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
  const [proposals, opinions, activities, reports] = await Promise.all(
    dutyCountStatements(year, members, basis).map((statement) => countsBy(manager, statement)),
  );
  const ids =
    members === 'all'
      ? [...new Set([...proposals.keys(), ...opinions.keys(), ...activities.keys(), ...reports.keys()])]
      : [...new Set(members)];
  for (const id of ids) {
    result.set(id, {
      PROPOSAL: proposals.get(id)?.n ?? 0,
      OPINION_REPORT: opinions.get(id)?.n ?? 0,
      RESEARCH_OR_INSPECTION: activities.get(id)?.ri ?? 0,
      DUTY_REPORT: reports.get(id)?.n ?? 0,
      PLENARY_ATTENDANCE: activities.get(id)?.plenary ?? 0,
    } satisfies Record<DutyRuleKey, number>);
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
