import type { DataSource } from 'typeorm';
import {
  coerceRaw,
  emptyRaw,
  PLAN_METRIC_KEYS,
  RAW_FIELDS,
  RECORD_COUNT_METRICS,
  type RawField,
  type RawTownshipYear,
} from '@cppcc/analytics';
import { DATE_COLUMN, countColumns, metricCondition } from './record-count-sql';
import { YEAR_MEMBERS_JOIN, aggregate, inQuarter, yearMembersParams } from './sql-rows';
import { dutyStatements, memberDutyRows, summariseByTownship } from './member-duty';
import { countedOpinionReport } from '../opinions/opinion-counting';

/** Aggregates of one year keyed by township id; `county` holds records without a township too. */
export interface YearAggregates {
  byTownship: Map<number, RawTownshipYear>;
  county: RawTownshipYear;
}

type Row = { townshipId: number | null } & Partial<Record<RawField, number>>;

const PLAN_TABLE_ALIAS = { activity: 'a', opinion_report: 'r' } as const;

/** An item's actual: its metric's records of the plan's township, year and quarter (items without a metric are skipped). */
const PLAN_ACTUAL =
  PLAN_METRIC_KEYS.map((key) => {
    const { table } = RECORD_COUNT_METRICS[key];
    const x = PLAN_TABLE_ALIAS[table];
    return `            WHEN '${key}' THEN (SELECT COUNT(*) FROM ${table} ${x} WHERE ${x}.townshipId = wp.townshipId AND ${x}.year = wp.year AND ${metricCondition(key, x)} AND ${inQuarter('i.quarter', `${x}.${DATE_COLUMN[table]}`)})`;
  }).join('\n') + '\n            ELSE 0';

// Each statement is one GROUP BY over indexed (year, townshipId …) columns: no records reach Node.
export const STATEMENTS: { name: string; sql: string; params: (year: number) => unknown[] }[] = [
  {
    name: 'proposals',
    sql: `SELECT p.townshipId AS townshipId,
        COUNT(*) AS proposalsSubmitted,
        SUM(CASE WHEN p.reviewDecision = 'ACCEPTED' THEN 1 ELSE 0 END) AS proposalsAccepted,
        SUM(CASE WHEN p.reviewDecision = 'ACCEPTED' AND p.isKey = 1 THEN 1 ELSE 0 END) AS keyProposals,
        SUM(CASE WHEN p.reviewDecision = 'ACCEPTED' AND p.firstReplyOn IS NOT NULL THEN 1 ELSE 0 END) AS proposalsReplied,
        SUM(CASE WHEN p.reviewDecision = 'ACCEPTED' AND p.firstReplyOn IS NOT NULL AND p.deadline IS NOT NULL AND p.firstReplyOn <= p.deadline THEN 1 ELSE 0 END) AS repliedOnTime,
        SUM(CASE WHEN p.reviewDecision = 'ACCEPTED' AND p.satisfaction IS NOT NULL THEN 1 ELSE 0 END) AS feedbackTotal,
        SUM(CASE WHEN p.reviewDecision = 'ACCEPTED' AND p.satisfaction = 'SATISFIED' THEN 1 ELSE 0 END) AS feedbackSatisfied,
        SUM(CASE WHEN p.reviewDecision = 'ACCEPTED' AND p.satisfaction = 'BASICALLY_SATISFIED' THEN 1 ELSE 0 END) AS feedbackBasicallySatisfied,
        SUM(CASE WHEN p.reviewDecision = 'ACCEPTED' AND p.implementation = 'IMPLEMENTED' THEN 1 ELSE 0 END) AS implemented,
        SUM(CASE WHEN p.reviewDecision = 'ACCEPTED' AND p.implementation = 'IN_PROGRESS' THEN 1 ELSE 0 END) AS beingImplemented
      FROM proposal p WHERE p.year = ? GROUP BY p.townshipId`,
    params: (year) => [year],
  },
  {
    name: 'activities',
    sql: `SELECT a.townshipId AS townshipId,
        ${countColumns('activity', 'a', (key) => RECORD_COUNT_METRICS[key].raw)},
        SUM(a.suggestionsMade) AS suggestionsMade,
        SUM(CASE WHEN a.adoptionReview = 'CONFIRMED' THEN a.suggestionsAdopted ELSE 0 END) AS suggestionsAdopted,
        SUM(a.donationYuan) AS donationsYuan
      FROM activity a WHERE a.year = ? GROUP BY a.townshipId`,
    params: (year) => [year],
  },
  {
    name: 'attendance',
    sql: `SELECT a.townshipId AS townshipId,
        SUM(CASE WHEN pt.attendance = 'PRESENT' THEN 1 ELSE 0 END) AS attendancePresent,
        COUNT(*) AS attendanceTotal
      FROM activity a JOIN activity_participant pt ON pt.activityId = a.id
      WHERE a.year = ? GROUP BY a.townshipId`,
    params: (year) => [year],
  },
  {
    name: 'members',
    // Present members as one derived table joined once (a correlated EXISTS per member is 15× slower at province scale).
    sql: `SELECT yt.townshipId AS townshipId, COUNT(*) AS activeMembers,
        SUM(CASE WHEN present.memberId IS NOT NULL THEN 1 ELSE 0 END) AS activeMembersPresent
      FROM member m ${YEAR_MEMBERS_JOIN} LEFT JOIN (
        SELECT DISTINCT pt.memberId AS memberId FROM activity a JOIN activity_participant pt ON pt.activityId = a.id
        WHERE a.year = ? AND pt.attendance = 'PRESENT'
      ) present ON present.memberId = m.id
      GROUP BY yt.townshipId`,
    params: (year) => [...yearMembersParams(year), year],
  },
  {
    // Adoptions and instructions count once the county confirms the claim (claims/claims.ts).
    name: 'opinions',
    sql: `SELECT r.townshipId AS townshipId,
        ${countColumns('opinion_report', 'r', (key) => RECORD_COUNT_METRICS[key].raw)},
        SUM(CASE WHEN r.status = 'ADOPTED' AND r.adoptionReview = 'CONFIRMED' THEN 1 ELSE 0 END) AS opinionAdopted,
        SUM(CASE WHEN r.status = 'ADOPTED' AND r.adoptionReview = 'CONFIRMED' AND r.adoptionLevel IN ('PROVINCE', 'NATIONAL') THEN 1 ELSE 0 END) AS opinionAdoptedProvincialOrAbove,
        SUM(CASE WHEN r.leaderInstruction = 1 AND r.instructionReview = 'CONFIRMED' THEN 1 ELSE 0 END) AS leaderInstructions
      FROM opinion_report r WHERE r.year = ? AND ${countedOpinionReport('r')} GROUP BY r.townshipId`,
    params: (year) => [year],
  },
  {
    // Supervision targets are the county's (handling units), not a township's.
    name: 'supervision',
    sql: `SELECT NULL AS townshipId,
        COUNT(DISTINCT t.id) AS supervisionTargets,
        COUNT(i.id) AS rectificationItems,
        SUM(CASE WHEN i.status = 'DONE' THEN 1 ELSE 0 END) AS rectificationDone
      FROM supervision_target t LEFT JOIN rectification_item i ON i.targetId = t.id WHERE t.year = ?`,
    params: (year) => [year],
  },
  {
    // The supervision work the records attribute to a township: its (active) members appointed
    // 特约监督员 for some time of the year. Counted once per member, whatever the appointments.
    name: 'specialSupervisors',
    sql: `SELECT yt.townshipId AS townshipId, COUNT(DISTINCT s.memberId) AS specialSupervisors
      FROM special_supervisor s JOIN member m ON m.id = s.memberId ${YEAR_MEMBERS_JOIN}
      WHERE s.fromOn <= ? AND (s.toOn IS NULL OR s.toOn >= ?) GROUP BY yt.townshipId`,
    params: (year) => [...yearMembersParams(year), `${year}-12-31`, `${year}-01-01`],
  },
  {
    // The same rule as plans/plan-progress (domain itemActual, record-count-sql conditions), written as SQL on purpose: a
    // province's plans must be summed in the database, not by loading every month's counts.
    // Both are checked against independent counts (analytics-metrics and plans API tests).
    name: 'plans',
    sql: `SELECT x.townshipId AS townshipId, SUM(x.target) AS planTargetSum,
        SUM(CASE WHEN x.actual < x.target THEN x.actual ELSE x.target END) AS planAchievedSum
      FROM (
        SELECT wp.townshipId AS townshipId, i.target AS target,
          CASE i.metricKey
${PLAN_ACTUAL}
          END AS actual
        FROM work_plan wp JOIN work_plan_item i ON i.planId = wp.id WHERE wp.year = ? AND i.metricKey IS NOT NULL
      ) x GROUP BY x.townshipId`,
    params: (year) => [year],
  },
];

/** Adds a statement's row to a township's sums; a value that is not a count fails loudly (coerceRaw). */
function add(target: RawTownshipYear, row: Row): void {
  const raw = coerceRaw(row);
  for (const field of RAW_FIELDS) target[field] += raw[field];
}

/** Every RawTownshipYear field for one year, in a fixed number of statements whatever the county's size. */
export async function yearAggregates(db: DataSource, year: number): Promise<YearAggregates> {
  const byTownship = new Map<number, RawTownshipYear>();
  const county = emptyRaw();
  const rowFor = (id: number) => {
    let raw = byTownship.get(id);
    if (!raw) byTownship.set(id, (raw = emptyRaw()));
    return raw;
  };
  for (const statement of STATEMENTS) {
    for (const row of await aggregate<Row>(db, statement.sql, statement.params(year))) {
      add(county, row);
      if (row.townshipId != null) add(rowFor(Number(row.townshipId)), row);
    }
  }
  const duty = summariseByTownship(await memberDutyRows(db, year));
  for (const [townshipId, summary] of duty.byTownship) add(rowFor(townshipId), { townshipId, ...summary });
  add(county, { townshipId: null, ...duty.county });
  return { byTownship, county };
}

/** Every statement one year's aggregates run, with parameters (the benchmark times them raw). */
export function yearStatements(year: number): [string, unknown[]][] {
  return [...STATEMENTS.map((s): [string, unknown[]] => [s.sql, s.params(year)]), ...dutyStatements(year)];
}
