import type { DataSource } from 'typeorm';
import { DEFAULT_DUTY_RULES, DUTY_RULE_KEYS, evaluateMemberDuty, type DutyRule, type DutyRuleKey, type MemberDutyRecord, type MemberDutyResult } from '@cppcc/analytics';
import { ACTIVE_IN_YEAR, activeInYearParams, aggregate } from './sql-rows';

export interface MemberDutyRow {
  memberId: number;
  name: string;
  townshipId: number;
  counts: MemberDutyRecord;
  result: MemberDutyResult;
}

/** Per-member counts for each rule key, one GROUP BY each (keyed by member id). */
const COUNTS: Record<DutyRuleKey, string> = {
  PROPOSAL: `SELECT x.memberId AS memberId, COUNT(DISTINCT x.proposalId) AS n FROM (
      SELECT p.leadMemberId AS memberId, p.id AS proposalId FROM proposal p WHERE p.year = ? AND p.leadMemberId IS NOT NULL
      UNION SELECT s.memberId AS memberId, s.proposalId AS proposalId FROM proposal_signer s JOIN proposal p ON p.id = s.proposalId WHERE p.year = ?
    ) x GROUP BY x.memberId`,
  OPINION_REPORT: `SELECT s.memberId AS memberId, COUNT(*) AS n FROM opinion_submitter s JOIN opinion_report r ON r.id = s.reportId WHERE r.year = ? GROUP BY s.memberId`,
  RESEARCH_OR_INSPECTION: `SELECT pt.memberId AS memberId, COUNT(*) AS n FROM activity_participant pt JOIN activity a ON a.id = pt.activityId
      WHERE a.year = ? AND a.kind IN ('RESEARCH', 'INSPECTION') AND pt.attendance = 'PRESENT' GROUP BY pt.memberId`,
  DUTY_REPORT: `SELECT d.memberId AS memberId, COUNT(*) AS n FROM duty_report d WHERE d.year = ? GROUP BY d.memberId`,
  PLENARY_ATTENDANCE: `SELECT pt.memberId AS memberId, COUNT(*) AS n FROM activity_participant pt JOIN activity a ON a.id = pt.activityId
      WHERE a.year = ? AND a.kind = 'MEETING' AND a.meetingKind = 'PLENARY' AND pt.attendance = 'PRESENT' GROUP BY pt.memberId`,
};

const MEMBERS_SQL = (withTownship: boolean) =>
  `SELECT m.id AS id, m.name AS name, m.townshipId AS townshipId FROM member m WHERE ${ACTIVE_IN_YEAR}${withTownship ? ' AND m.townshipId = ?' : ''} ORDER BY m.id`;
const countParams = (key: DutyRuleKey, year: number) => (key === 'PROPOSAL' ? [year, year] : [year]);

/** The statements memberDutyRows runs for a year (the benchmark times them raw). */
export function dutyStatements(year: number): [string, unknown[]][] {
  return [[MEMBERS_SQL(false), activeInYearParams(year)], ...DUTY_RULE_KEYS.map((key): [string, unknown[]] => [COUNTS[key], countParams(key, year)])];
}

/** The year's stored rules, or the county default (四个一 + plenary attendance). */
export async function dutyRulesOf(db: DataSource, year: number): Promise<readonly DutyRule[]> {
  const rows = await aggregate<{ key: DutyRuleKey; minCount: number; points: number }>(db, `SELECT r.\`key\` AS \`key\`, r.minCount AS minCount, r.points AS points FROM duty_rule r WHERE r.year = ? ORDER BY r.id`, [year]);
  return rows.length ? rows : DEFAULT_DUTY_RULES;
}

/** Each member active in the year (optionally of one township) with counts and rules met. */
export async function memberDutyRows(db: DataSource, year: number, townshipId?: number): Promise<MemberDutyRow[]> {
  const rules = await dutyRulesOf(db, year);
  const members = await aggregate<{ id: number; name: string; townshipId: number }>(db, MEMBERS_SQL(!!townshipId), [...activeInYearParams(year), ...(townshipId ? [townshipId] : [])]);
  const counts = new Map<DutyRuleKey, Map<number, number>>();
  for (const key of DUTY_RULE_KEYS) {
    const rows = await aggregate<{ memberId: number; n: number }>(db, COUNTS[key], countParams(key, year));
    counts.set(key, new Map(rows.map((r) => [Number(r.memberId), Number(r.n)])));
  }
  return members.map((m) => {
    const record = Object.fromEntries(DUTY_RULE_KEYS.map((key) => [key, counts.get(key)?.get(Number(m.id)) ?? 0])) as MemberDutyRecord;
    return { memberId: Number(m.id), name: m.name, townshipId: Number(m.townshipId), counts: record, result: evaluateMemberDuty(record, rules) };
  });
}

export interface DutySummary {
  membersMeetingAllRules: number;
  dutyPointsSum: number;
}

export function summariseByTownship(rows: readonly MemberDutyRow[]): { byTownship: Map<number, DutySummary>; county: DutySummary } {
  const byTownship = new Map<number, DutySummary>();
  const county: DutySummary = { membersMeetingAllRules: 0, dutyPointsSum: 0 };
  for (const row of rows) {
    let s = byTownship.get(row.townshipId);
    if (!s) byTownship.set(row.townshipId, (s = { membersMeetingAllRules: 0, dutyPointsSum: 0 }));
    for (const target of [s, county]) {
      target.membersMeetingAllRules += row.result.allMet ? 1 : 0;
      target.dutyPointsSum += row.result.points;
    }
  }
  return { byTownship, county };
}
