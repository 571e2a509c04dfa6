import type { DataSource } from 'typeorm';
import {
  DUTY_RULE_KEYS,
  evaluateMemberDuty,
  summariseDuty,
  type DutySummary,
  type MemberDutyRecord,
  type MemberDutyResult,
} from '@cppcc/analytics';
import { dutyCountStatements, dutyCounts } from '../plans/duty-record';
import { dutyRuleSets } from '../plans/duty-rule-set';
import { YEAR_MEMBERS_JOIN, aggregate, yearMembersParams } from './sql-rows';

export interface MemberDutyRow {
  memberId: number;
  name: string;
  townshipId: number;
  counts: MemberDutyRecord;
  result: MemberDutyResult;
}

const MEMBERS_SQL = (withTownship: boolean) =>
  `SELECT m.id AS id, m.name AS name, yt.townshipId AS townshipId FROM member m ${YEAR_MEMBERS_JOIN}${withTownship ? ' WHERE yt.townshipId = ?' : ''} ORDER BY m.id`;

/** The statements memberDutyRows runs for a year on the default basis (the benchmark times them raw). */
export function dutyStatements(year: number): [string, unknown[]][] {
  return [[MEMBERS_SQL(false), yearMembersParams(year)], ...dutyCountStatements(year, 'all')];
}

const NONE = Object.fromEntries(DUTY_RULE_KEYS.map((key) => [key, 0])) as MemberDutyRecord;

/**
 * Each member active in the year (optionally of one township) against the year's rules — the
 * same counts as Member.duty, for every member at once (no id lists, whatever the county's size).
 */
export async function memberDutyRows(db: DataSource, year: number, townshipId?: number): Promise<MemberDutyRow[]> {
  const set = (await dutyRuleSets(db.manager, [year])).get(year)!;
  const rules = set.rules;
  const [members, counts] = await Promise.all([
    aggregate<{ id: number; name: string; townshipId: number }>(db, MEMBERS_SQL(!!townshipId), [
      ...yearMembersParams(year),
      ...(townshipId ? [townshipId] : []),
    ]),
    dutyCounts(db.manager, year, 'all', set.proposalBasis),
  ]);
  return members.map((m) => {
    const record = counts.get(Number(m.id)) ?? NONE;
    return {
      memberId: Number(m.id),
      name: m.name,
      townshipId: Number(m.townshipId),
      counts: record,
      result: evaluateMemberDuty(record, rules),
    };
  });
}

export function summariseByTownship(rows: readonly MemberDutyRow[]): {
  byTownship: Map<number, DutySummary>;
  county: DutySummary;
} {
  const results = new Map<number, MemberDutyResult[]>();
  for (const row of rows) {
    const list = results.get(row.townshipId);
    if (list) list.push(row.result);
    else results.set(row.townshipId, [row.result]);
  }
  const byTownship = new Map([...results].map(([townshipId, list]) => [townshipId, summariseDuty(list)]));
  return { byTownship, county: summariseDuty(rows.map((r) => r.result)) };
}
