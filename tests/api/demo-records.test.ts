import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ActivityKind, ProposalStatus } from '@cppcc/domain';
import { createScratchMysqlDatabase } from '@cppcc/server/src/index';
import { openDatabase } from '@cppcc/server/src/app/database';
import { parseDatabaseUrl } from '@cppcc/server/src/core/database-url';
import { buildDemoCounty } from '@cppcc/demo/src/demo-county';
import { buildDemoRecords, countDemoRecords } from '@cppcc/demo/src/demo-records';
import { loadDemoCounty } from '@cppcc/demo/src/load-demo';
import { insertDemoRecords } from '@cppcc/demo/src/load-demo-records';
import { Proposal, ProposalEvent } from '@cppcc/server/src/proposals/proposal.entity';
import { Activity } from '@cppcc/server/src/activities/activity.entity';
import { SupervisionTarget } from '@cppcc/server/src/supervision/supervision.entity';
import { describeOnDatabases, TEST_MYSQL_URL, type Api } from '../support/api';

// Until the GraphQL queries for proposals and activities exist, the demo database is checked
// directly through the started server's DataSource, with GROUP BY queries that run unchanged
// on SQLite and MySQL.

const YEARS = [2021, 2022, 2023, 2024, 2025];
const county = buildDemoCounty();
const records = buildDemoRecords(county);

type Row = Record<string, unknown>;
async function sql(api: () => Api, query: string): Promise<Row[]> {
  return (await api().server.db.query(query)) as Row[];
}
/** A two-level count from rows with columns year, k, n. */
function byYear(rows: Row[]): Map<number, Map<string, number>> {
  const out = new Map<number, Map<string, number>>();
  for (const r of rows) {
    const year = Number(r.year);
    if (!out.has(year)) out.set(year, new Map());
    out.get(year)!.set(String(r.k), Number(r.n));
  }
  return out;
}
async function scalar(api: () => Api, query: string): Promise<number> {
  const [row] = await sql(api, query);
  return Number(Object.values(row ?? { n: NaN })[0]);
}

describeOnDatabases('demo records 2021–2025', (api) => {
  it('holds exactly the generated rows in every table', async () => {
    const tables: Record<keyof typeof records, string> = {
      proposals: 'proposal',
      proposalSigners: 'proposal_signer',
      proposalUnits: 'proposal_unit',
      proposalEvents: 'proposal_event',
      proposalReplies: 'proposal_reply',
      proposalContacts: 'proposal_contact',
      proposalUnitRequests: 'proposal_unit_request',
      activities: 'activity',
      activityParticipants: 'activity_participant',
      opinionReports: 'opinion_report',
      opinionSubmitters: 'opinion_submitter',
      supervisionTargets: 'supervision_target',
      rectificationItems: 'rectification_item',
      specialSupervisors: 'special_supervisor',
      workPlans: 'work_plan',
      workPlanItems: 'work_plan_item',
      dutyRules: 'duty_rule',
      dutyReports: 'duty_report',
      claims: 'claim',
    };
    const expected = countDemoRecords(records);
    // Besides the generated rows: the demo's post-close correction of 2024, an activity (packages/demo/src/demo-years.ts).
    const corrected = await sql(api, `SELECT entityId FROM year_correction WHERE entityType = 'Activity'`);
    expect(corrected).toHaveLength(1);
    const correctedId = Number(Object.values(corrected[0] ?? {})[0]);
    expected.activities += 1;
    expected.activityParticipants += await scalar(
      api,
      `SELECT COUNT(*) AS n FROM activity_participant WHERE activityId = ${correctedId}`,
    );
    const actual: Record<string, number> = {};
    for (const [key, table] of Object.entries(tables))
      actual[key] = await scalar(api, `SELECT COUNT(*) AS n FROM ${table}`);
    expect(actual).toEqual(expected);
    // 2021–2024 closed, 2025 in review with the officer's objection open.
    const states = await sql(api, `SELECT year, state FROM year_edition ORDER BY year`);
    expect(states.map((r) => `${String(r.year)} ${String(r.state)}`)).toEqual([
      '2021 CLOSED',
      '2022 CLOSED',
      '2023 CLOSED',
      '2024 CLOSED',
      '2025 REVIEW',
    ]);
    expect(await scalar(api, `SELECT COUNT(*) AS n FROM objection WHERE status = 'OPEN'`)).toBe(1);
    console.log(`[demo-records] ${api().kind} rows: ${JSON.stringify(actual)}`);
  });

  it('gives every claimed result its claim, with work waiting in the officer’s township', async () => {
    // Each record's review column is its claim's decision (the figures read the column).
    const mismatched = await scalar(
      api,
      `SELECT COUNT(*) AS n FROM claim c
        LEFT JOIN opinion_report r ON c.recordType = 'OpinionReport' AND r.id = c.recordId
        LEFT JOIN activity a ON c.recordType = 'Activity' AND a.id = c.recordId
        WHERE c.review <> CASE c.kind WHEN 'OPINION_ADOPTION' THEN r.adoptionReview
          WHEN 'LEADER_INSTRUCTION' THEN r.instructionReview ELSE a.adoptionReview END`,
    );
    expect(mismatched).toBe(0);
    const claimed =
      (await scalar(api, `SELECT COUNT(*) AS n FROM opinion_report WHERE status = 'ADOPTED'`)) +
      (await scalar(api, `SELECT COUNT(*) AS n FROM opinion_report WHERE leaderInstruction = 1`)) +
      (await scalar(api, `SELECT COUNT(*) AS n FROM activity WHERE suggestionsAdopted > 0`));
    expect(await scalar(api, `SELECT COUNT(*) AS n FROM claim`)).toBe(claimed);
    const officer = await api().as('officer');
    const mine = async (review: string) =>
      (
        await officer.ok(
          `query($r: ClaimReview) { claims(filter: { review: $r }) { nodes { townshipId decisionNote } } }`,
          {
            r: review,
          },
        )
      ).claims.nodes as { townshipId: string; decisionNote: string | null }[];
    expect(await mine('PENDING')).toHaveLength(3);
    const [refused] = await mine('REFUSED');
    expect(refused?.decisionNote).toBeTruthy();
    const { claims: waiting } = await api().ok(`{ claims(filter: { review: PENDING }) { totalCount } }`);
    expect(waiting.totalCount).toBe(5);
  });

  it('reads back through the entities exactly as generated (dates, times, booleans, decimals)', async () => {
    const db = api().server.db;
    const key = records.proposals.find((p) => p.isKey && p.status === ProposalStatus.CLOSED)!;
    const stored = await db.getRepository(Proposal).findOneByOrFail({ id: key.id });
    expect(stored).toMatchObject(key);
    expect(stored.version).toBe(1);
    const events = await db.getRepository(ProposalEvent).find({ where: { proposalId: key.id }, order: { id: 'ASC' } });
    expect(events).toEqual(records.proposalEvents.filter((e) => e.proposalId === key.id));
    const target = records.supervisionTargets.find((t) => t.score !== null)!;
    expect(await db.getRepository(SupervisionTarget).findOneByOrFail({ id: target.id })).toMatchObject(target);
    const activity = records.activities.find((a) => a.kind === ActivityKind.CHARITY)!;
    expect(await db.getRepository(Activity).findOneByOrFail({ id: activity.id })).toMatchObject(activity);
  });

  it('has every proposal status in every year, about ten per township and year', async () => {
    const statuses = byYear(
      await sql(api, 'SELECT year, status AS k, COUNT(*) AS n FROM proposal GROUP BY year, status'),
    );
    expect([...statuses.keys()].sort()).toEqual(YEARS);
    for (const year of YEARS) {
      const counts = statuses.get(year)!;
      for (const s of Object.values(ProposalStatus))
        expect(counts.get(s) ?? 0, `${year} ${s}`).toBeGreaterThanOrEqual(1);
      const total = [...counts.values()].reduce((a, b) => a + b, 0);
      expect(total, String(year)).toBeGreaterThanOrEqual(year === 2021 ? 80 : 150);
      expect(total, String(year)).toBeLessThanOrEqual(260);
    }
    const perTownship = await sql(
      api,
      'SELECT year, townshipId, COUNT(*) AS n FROM proposal WHERE townshipId IS NOT NULL GROUP BY year, townshipId',
    );
    for (const r of perTownship) {
      expect(Number(r.n)).toBeGreaterThanOrEqual(1);
      expect(Number(r.n)).toBeLessThanOrEqual(16);
    }
    expect(perTownship.filter((r) => Number(r.year) >= 2022)).toHaveLength(county.townships.length * 4);
    const countyLevel = await sql(
      api,
      'SELECT year, COUNT(*) AS n FROM proposal WHERE townshipId IS NULL AND leadMemberId IS NULL AND proposerOrgName IS NOT NULL GROUP BY year',
    );
    expect(countyLevel).toHaveLength(5);
  });

  it('keeps proposals consistent: serial numbers, merges, units, replies, deadlines, history', async () => {
    expect(await sql(api, 'SELECT year, serialNo FROM proposal GROUP BY year, serialNo HAVING COUNT(*) > 1')).toEqual(
      [],
    );
    expect(
      await scalar(
        api,
        "SELECT COUNT(*) AS n FROM proposal p LEFT JOIN proposal t ON t.id = p.mergedIntoId WHERE p.status = 'MERGED' AND (t.id IS NULL OR t.year <> p.year OR t.reviewDecision <> 'ACCEPTED')",
      ),
    ).toBe(0);
    expect(
      await scalar(
        api,
        "SELECT COUNT(*) AS n FROM proposal WHERE status IN ('REPLIED', 'REHANDLING', 'CLOSED') AND (replyClass IS NULL OR replyText IS NULL OR firstReplyOn IS NULL)",
      ),
    ).toBe(0);
    expect(
      await scalar(
        api,
        'SELECT COUNT(*) AS n FROM proposal WHERE assignedOn IS NOT NULL AND (deadline IS NULL OR deadline <= assignedOn)',
      ),
    ).toBe(0);
    expect(
      await scalar(
        api,
        "SELECT COUNT(*) AS n FROM proposal WHERE status = 'REJECTED' AND (reviewNote IS NULL OR reviewDecision <> 'REJECTED')",
      ),
    ).toBe(0);
    expect(
      await scalar(
        api,
        "SELECT COUNT(*) AS n FROM proposal WHERE status IN ('ACCEPTED', 'ASSIGNED', 'REPLIED', 'REHANDLING', 'CLOSED') AND (reviewDecision IS NULL OR reviewDecision <> 'ACCEPTED')",
      ),
    ).toBe(0);
    expect(
      await scalar(
        api,
        "SELECT COUNT(*) AS n FROM proposal WHERE status = 'CLOSED' AND (satisfaction IS NULL OR satisfaction = 'DISSATISFIED' OR implementation IS NULL OR closedOn IS NULL)",
      ),
    ).toBe(0);
    // one lead unit per assigned proposal, matching leadUnitId; no units otherwise
    const lead = await sql(
      api,
      "SELECT p.id, COUNT(u.id) AS n FROM proposal p LEFT JOIN proposal_unit u ON u.proposalId = p.id AND u.role = 'LEAD' AND u.unitId = p.leadUnitId WHERE p.status IN ('ASSIGNED', 'REPLIED', 'REHANDLING', 'CLOSED') GROUP BY p.id HAVING COUNT(u.id) <> 1",
    );
    expect(lead).toEqual([]);
    expect(
      await scalar(
        api,
        "SELECT COUNT(*) AS n FROM proposal_unit u JOIN proposal p ON p.id = u.proposalId WHERE p.status NOT IN ('ASSIGNED', 'REPLIED', 'REHANDLING', 'CLOSED')",
      ),
    ).toBe(0);
    // lead members: of the proposal's township
    expect(
      await scalar(
        api,
        'SELECT COUNT(*) AS n FROM proposal p JOIN member m ON m.id = p.leadMemberId WHERE p.townshipId IS NULL OR m.townshipId <> p.townshipId',
      ),
    ).toBe(0);
    // history: every proposal has a SUBMIT event and its latest event ends in its status
    expect(
      await scalar(
        api,
        "SELECT COUNT(*) AS n FROM proposal p WHERE NOT EXISTS (SELECT 1 FROM proposal_event e WHERE e.proposalId = p.id AND e.action = 'SUBMIT')",
      ),
    ).toBe(0);
    expect(
      await scalar(
        api,
        'SELECT COUNT(*) AS n FROM proposal p JOIN proposal_event e ON e.proposalId = p.id WHERE e.id = (SELECT MAX(e2.id) FROM proposal_event e2 WHERE e2.proposalId = p.id) AND e.toStatus <> p.status',
      ),
    ).toBe(0);
    // overdue: assigned, no reply, deadline passed — in every year
    const overdue = await sql(
      api,
      "SELECT year, COUNT(*) AS n FROM proposal WHERE status = 'ASSIGNED' AND firstReplyOn IS NULL AND deadline < '2026-11-23' GROUP BY year",
    );
    expect(overdue.map((r) => Number(r.year)).sort()).toEqual(YEARS);
    expect(
      await scalar(
        api,
        "SELECT COUNT(*) AS n FROM proposal WHERE year = 2025 AND status = 'ASSIGNED' AND deadline < '2025-12-31'",
      ),
    ).toBeGreaterThanOrEqual(3);
    const keys = await sql(
      api,
      'SELECT year, COUNT(*) AS n FROM proposal WHERE isKey = 1 AND supervisingChair IS NOT NULL GROUP BY year',
    );
    expect(keys).toHaveLength(5);
  });

  it('has every activity kind in every year, one county plenary session a year, about thirty per township', async () => {
    const kinds = byYear(await sql(api, 'SELECT year, kind AS k, COUNT(*) AS n FROM activity GROUP BY year, kind'));
    for (const year of YEARS)
      for (const k of Object.values(ActivityKind))
        expect(kinds.get(year)?.get(k) ?? 0, `${year} ${k}`).toBeGreaterThanOrEqual(1);
    const plenary = await sql(
      api,
      "SELECT year, COUNT(*) AS n FROM activity WHERE meetingKind = 'PLENARY' AND townshipId IS NULL GROUP BY year",
    );
    expect(plenary.map((r) => [Number(r.year), Number(r.n)])).toEqual(YEARS.map((y) => [y, 1]));
    expect(
      await scalar(api, "SELECT COUNT(*) AS n FROM activity WHERE meetingKind = 'PLENARY' AND townshipId IS NOT NULL"),
    ).toBe(0);
    const perYear = await sql(
      api,
      'SELECT year, COUNT(*) AS n FROM activity WHERE townshipId IS NOT NULL GROUP BY year',
    );
    for (const r of perYear) {
      const mean = Number(r.n) / county.townships.length;
      expect(mean).toBeGreaterThan(24);
      expect(mean).toBeLessThan(38);
    }
    const scales = byYear(
      await sql(
        api,
        "SELECT year, consultationScale AS k, COUNT(*) AS n FROM activity WHERE kind = 'CONSULTATION' GROUP BY year, consultationScale",
      ),
    );
    for (const year of YEARS) {
      expect(scales.get(year)?.get('MAJOR') ?? 0).toBeGreaterThanOrEqual(county.townships.length);
      expect(scales.get(year)?.get('MICRO') ?? 0).toBeGreaterThan(scales.get(year)?.get('MAJOR') ?? 0);
    }
    expect(await scalar(api, 'SELECT COUNT(*) AS n FROM activity WHERE suggestionsAdopted > suggestionsMade')).toBe(0);
    expect(
      await scalar(api, "SELECT COUNT(*) AS n FROM activity WHERE (kind = 'MEETING') <> (meetingKind IS NOT NULL)"),
    ).toBe(0);
    expect(await scalar(api, "SELECT COUNT(*) AS n FROM activity WHERE kind = 'CHARITY' AND donationYuan <= 0")).toBe(
      0,
    );
  });

  it('takes participants from the organising township, and attendance differs between townships', async () => {
    expect(
      await scalar(
        api,
        'SELECT COUNT(*) AS n FROM activity_participant p JOIN activity a ON a.id = p.activityId JOIN member m ON m.id = p.memberId WHERE a.townshipId IS NOT NULL AND m.townshipId <> a.townshipId',
      ),
    ).toBe(0);
    expect(
      await sql(
        api,
        'SELECT activityId, memberId FROM activity_participant GROUP BY activityId, memberId HAVING COUNT(*) > 1',
      ),
    ).toEqual([]);
    const rows = await sql(
      api,
      "SELECT a.townshipId AS t, SUM(CASE WHEN p.attendance = 'PRESENT' THEN 1 ELSE 0 END) AS present, COUNT(*) AS n FROM activity_participant p JOIN activity a ON a.id = p.activityId WHERE a.townshipId IS NOT NULL GROUP BY a.townshipId",
    );
    expect(rows).toHaveLength(county.townships.length);
    const rates = rows.map((r) => Number(r.present) / Number(r.n));
    expect(Math.max(...rates) - Math.min(...rates)).toBeGreaterThan(0.1);
    const volume = (
      await sql(api, 'SELECT townshipId, COUNT(*) AS n FROM activity WHERE townshipId IS NOT NULL GROUP BY townshipId')
    ).map((r) => Number(r.n));
    expect(Math.max(...volume) / Math.min(...volume)).toBeGreaterThan(1.8);
  });

  it('has opinion reports, supervision, plans, duty rules and reports for every year', async () => {
    const opinions = byYear(
      await sql(api, 'SELECT year, status AS k, COUNT(*) AS n FROM opinion_report GROUP BY year, status'),
    );
    for (const year of YEARS) {
      const total = [...(opinions.get(year)?.values() ?? [])].reduce((a, b) => a + b, 0);
      expect(total / county.townships.length, String(year)).toBeGreaterThan(year === 2021 ? 4 : 6);
      expect(opinions.get(year)?.get('ADOPTED') ?? 0).toBeGreaterThan(0);
    }
    const levels = new Map(
      (
        await sql(
          api,
          "SELECT adoptionLevel AS k, COUNT(*) AS n FROM opinion_report WHERE status = 'ADOPTED' GROUP BY adoptionLevel",
        )
      ).map((r) => [String(r.k), Number(r.n)]),
    );
    expect((levels.get('COUNTY') ?? 0) + (levels.get('CITY') ?? 0)).toBeGreaterThan(
      4 * ((levels.get('PROVINCE') ?? 0) + (levels.get('NATIONAL') ?? 0)),
    );
    expect(levels.get('PROVINCE') ?? 0).toBeGreaterThan(0);
    expect(
      await scalar(
        api,
        'SELECT COUNT(*) AS n FROM opinion_report r WHERE r.sourceProposalId IS NULL AND NOT EXISTS (SELECT 1 FROM opinion_submitter s WHERE s.reportId = r.id)',
      ),
    ).toBe(0);

    const targets = await sql(api, 'SELECT year, COUNT(*) AS n FROM supervision_target GROUP BY year');
    expect(targets.map((r) => [Number(r.year), Number(r.n)])).toEqual(YEARS.map((y) => [y, 2]));
    const items = await sql(api, 'SELECT targetId, COUNT(*) AS n FROM rectification_item GROUP BY targetId');
    expect(items).toHaveLength(10);
    for (const r of items) expect(Number(r.n)).toBeGreaterThanOrEqual(2);

    const plans = await sql(api, 'SELECT year, COUNT(*) AS n FROM work_plan GROUP BY year');
    expect(plans.map((r) => [Number(r.year), Number(r.n)])).toEqual(YEARS.map((y) => [y, county.townships.length]));
    const planItems = await sql(api, 'SELECT planId, COUNT(*) AS n FROM work_plan_item GROUP BY planId');
    for (const r of planItems) expect(Number(r.n) >= 4 && Number(r.n) <= 6).toBe(true);
    const rules = await sql(api, 'SELECT year, COUNT(*) AS n, SUM(points) AS points FROM duty_rule GROUP BY year');
    expect(rules.map((r) => [Number(r.year), Number(r.n), Number(r.points)])).toEqual(YEARS.map((y) => [y, 5, 50]));
    const reports = await sql(api, 'SELECT year, COUNT(*) AS n FROM duty_report GROUP BY year');
    for (const r of reports) if (Number(r.year) >= 2022) expect(Number(r.n)).toBeGreaterThan(200);
  });

  it('loads the records in well under ten seconds (fresh database, measured)', async () => {
    const kind = api().kind;
    const scratch =
      kind === 'sqlite'
        ? (() => {
            const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cppcc-records-'));
            return {
              url: `sqlite:${path.join(dir, 'load.db')}`,
              drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
            };
          })()
        : await createScratchMysqlDatabase(TEST_MYSQL_URL);
    const fullScratch =
      kind === 'sqlite'
        ? (() => {
            const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cppcc-records-'));
            return {
              url: `sqlite:${path.join(dir, 'full.db')}`,
              drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
            };
          })()
        : await createScratchMysqlDatabase(TEST_MYSQL_URL);
    try {
      const { dataSource } = await openDatabase(parseDatabaseUrl(scratch.url));
      let recordsMs = 0;
      try {
        await dataSource.runMigrations({ transaction: 'each' });
        const started = performance.now();
        await dataSource.transaction((m) => insertDemoRecords(m, records));
        recordsMs = performance.now() - started;
      } finally {
        await dataSource.destroy();
      }
      const full = await openDatabase(parseDatabaseUrl(fullScratch.url));
      let fullMs = 0;
      try {
        await full.dataSource.runMigrations({ transaction: 'each' });
        const started = performance.now();
        await loadDemoCounty(full.dataSource);
        fullMs = performance.now() - started;
      } finally {
        await full.dataSource.destroy();
      }
      console.log(
        `[demo-records] ${kind}: records insert ${Math.round(recordsMs)} ms; whole demo load (county + records + users) ${Math.round(fullMs)} ms`,
      );
      expect(recordsMs).toBeLessThan(10_000);
      expect(fullMs).toBeLessThan(15_000);
    } finally {
      await scratch.drop();
      await fullScratch.drop();
    }
  }, 120_000);
});
