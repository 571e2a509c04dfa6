import { beforeAll, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { Township } from '@cppcc/server/src/townships/township.entity';
import { Sector } from '@cppcc/server/src/sectors/sector.entity';
import { Activity, ActivityParticipant } from '@cppcc/server/src/activities/activity.entity';
import { HandlingUnit } from '@cppcc/server/src/handling-units/handling-unit.entity';
import {
  RectificationItem,
  SpecialSupervisor,
  SupervisionTarget,
} from '@cppcc/server/src/supervision/supervision.entity';
import { AssessmentSchemeItem } from '@cppcc/server/src/analytics/assessment-scheme.entity';
import { WorkPlan } from '@cppcc/server/src/plans/plan.entity';
import { describeOnDatabases } from '../support/api';
import { insertMembers } from '../support/member-history';
import { expectRefused } from './work-records-fixtures';

const YEAR = 2024;

async function county(db: DataSource): Promise<void> {
  await db
    .getRepository(Township)
    .insert(
      [1, 2, 3].map((id) => ({ id, code: `34112290${id}`, name: `测试${id}镇`, kind: 'TOWN' as never, sortOrder: id })),
    );
  await db.getRepository(Sector).insert({ id: 1, name: '测试界', category: 'SECTOR' as never });
  await insertMembers(
    db,
    [1, 2, 3].map((id) => ({
      id,
      name: `委员${id}`,
      gender: 'MALE' as never,
      affiliation: 'CPC' as never,
      sectorId: 1,
      townshipId: 1,
      kind: 'COUNTY_MEMBER' as never,
      term: '第十一届',
      joinedOn: '2022-01-01',
    })),
  );
  // Township 2 has no members but organises an activity that members of township 1 attend.
  await db
    .getRepository(Activity)
    .insert([{ id: 1, kind: 'STUDY' as never, title: '学习', year: YEAR, heldOn: `${YEAR}-03-10`, townshipId: 2 }]);
  await db.getRepository(ActivityParticipant).insert([{ activityId: 1, memberId: 1, attendance: 'PRESENT' as never }]);
  // The county's supervision of a handling unit: no township or member is named by it.
  await db.getRepository(HandlingUnit).insert({ id: 1, name: '县测试局', kind: 'GOVERNMENT_DEPARTMENT' as never });
  await db
    .getRepository(SupervisionTarget)
    .insert({ id: 1, unitId: 1, year: YEAR, kind: 'SPECIAL' as never, topic: '专项监督' });
  await db.getRepository(RectificationItem).insert([
    { targetId: 1, text: '整改一', status: 'DONE' as never },
    { targetId: 1, text: '整改二', status: 'PENDING' as never },
  ]);
  // What the records do attribute: members of township 1 serving as 特约监督员 (member 1 twice in the year, member 2 only before it).
  await db.getRepository(SpecialSupervisor).insert([
    { memberId: 1, unitId: 1, fromOn: `${YEAR - 1}-03-01`, toOn: `${YEAR}-02-28` },
    { memberId: 1, unitId: 1, fromOn: `${YEAR}-03-01`, toOn: null },
    { memberId: 2, unitId: 1, fromOn: `${YEAR - 3}-01-01`, toOn: `${YEAR - 1}-12-31` },
  ]);
}

describeOnDatabases(
  'metric definitions',
  (api) => {
    beforeAll(async () => county(api().server.db));

    it('11: a rate with a zero denominator is null, and the summary leaves its clause out', async () => {
      const data = await api().ok(`{
        townshipComparison(year: ${YEAR}, metrics: ["attendanceRate", "memberParticipationRate", "dutyComplianceRate", "averageDutyPoints", "planCompletionRate"]) { rows { townshipId values { key value } } }
        t2: annualSummary(townshipId: "2", year: ${YEAR}) { text sentences figures { key value text } }
        t3: annualSummary(townshipId: "3", year: ${YEAR}) { text sentences figures { key value text } }
      }`);
      const t2 = data.townshipComparison.rows.find((r: { townshipId: string }) => r.townshipId === '2');
      const v = Object.fromEntries(t2.values.map((x: { key: string; value: number | null }) => [x.key, x.value]));
      // Township 2 has no members: every rate over its members is not a number.
      expect(v).toEqual({
        attendanceRate: 1,
        memberParticipationRate: null,
        dutyComplianceRate: null,
        averageDutyPoints: null,
        planCompletionRate: null,
      });
      expect(data.t2.text).toBe(`${YEAR}年，测试2镇全年开展各类学习1次。委员出勤率100%。`);
      expect(data.t2.text).not.toMatch(/参与率|达标率|完成率|无数据|NaN/);
      const figure = (s: { figures: { key: string; value: number | null; text: string }[] }, key: string) =>
        s.figures.find((f) => f.key === key);
      expect(figure(data.t2, 'attendanceRate')).toEqual({ key: 'attendanceRate', value: 1, text: '100%' });
      expect(figure(data.t2, 'dutyComplianceRate')).toEqual({ key: 'dutyComplianceRate', value: null, text: '—' });
      expect(figure(data.t2, 'planCompletionRate')).toEqual({ key: 'planCompletionRate', value: null, text: '—' });
      // Township 3 has nothing at all: no sentence, and every rate is "—", never 0% or 100%.
      expect(data.t3.sentences).toEqual([]);
      for (const f of data.t3.figures) expect(f.text, f.key).toBe(f.value == null ? '—' : String(f.value));
    });

    it('10: county-only supervision metrics are neither compared nor assessed, and metrics 0 for every township are flagged', async () => {
      const { metricCatalog } = await api().ok(`{ metricCatalog { key scope } }`);
      const county = metricCatalog
        .filter((m: { scope: string }) => m.scope === 'county')
        .map((m: { key: string }) => m.key);
      expect(county).toEqual(['supervisionTargets', 'rectificationItems', 'rectificationRate']);
      expect(metricCatalog.find((m: { key: string }) => m.key === 'specialSupervisors')).toEqual({
        key: 'specialSupervisors',
        scope: 'township',
      });

      const { townshipComparison: c } = await api().ok(
        `{ townshipComparison(year: ${YEAR}) { metrics { key allZero } rows { townshipId values { key } } } }`,
      );
      const keys = c.metrics.map((m: { key: string }) => m.key);
      for (const key of county) expect(keys).not.toContain(key);
      expect(keys).toEqual(
        metricCatalog.filter((m: { scope: string }) => m.scope === 'township').map((m: { key: string }) => m.key),
      );
      const flag = Object.fromEntries(c.metrics.map((m: { key: string; allZero: boolean }) => [m.key, m.allZero]));
      // Special supervisors are members, so that supervision work is the township's: compared and assessable.
      const supervisors = Object.fromEntries(
        (
          await api().ok(
            `{ townshipComparison(year: ${YEAR}, metrics: ["specialSupervisors"]) { rows { townshipId values { value } } } }`,
          )
        ).townshipComparison.rows.map((r: { townshipId: string; values: { value: number }[] }) => [
          r.townshipId,
          r.values[0].value,
        ]),
      );
      expect(supervisors).toEqual({ '1': 1, '2': 0, '3': 0 });
      expect(flag.specialSupervisors).toBe(false);
      // Township 2 held a study session; nobody made an inspection or a proposal this year.
      expect(flag).toMatchObject({
        studySessions: false,
        attendanceRate: false,
        activeMembers: false,
        inspections: true,
        proposalsSubmitted: true,
        acceptanceRate: true,
      });

      const asked = await api().gql(
        `{ townshipComparison(year: ${YEAR}, metrics: ["studySessions", "rectificationRate"]) { year } }`,
      );
      expect(asked.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'metrics[1]' });
      const { townshipMetrics } = await api().ok(
        `{ townshipMetrics(townshipId: "1", fromYear: ${YEAR}, toYear: ${YEAR}) { values { key } } }`,
      );
      for (const key of county) expect(townshipMetrics[0].values.map((v: { key: string }) => v.key)).not.toContain(key);

      const SET = `mutation($items: [AssessmentItemInput!]!) { setAssessmentScheme(year: ${YEAR}, items: $items) { key } }`;
      await expectRefused(
        api(),
        api(),
        {
          query: SET,
          variables: {
            items: [
              { key: 'studySessions', weight: 50 },
              { key: 'supervisionTargets', weight: 50 },
            ],
          },
        },
        { code: 'BAD_USER_INPUT', field: 'items[1].key', tables: ['assessment_item'] },
      );

      // A scheme stored before supervision became county-only keeps scoring its other items.
      await api()
        .server.db.getRepository(AssessmentSchemeItem)
        .insert([
          { year: YEAR, metricKey: 'studySessions', weight: 50, perMember: false, sortOrder: 0 },
          { year: YEAR, metricKey: 'rectificationRate', weight: 50, perMember: false, sortOrder: 1 },
        ]);
      const { assessment } = await api().ok(
        `{ assessment(year: ${YEAR}) { scheme { key weight } rows { townshipId score rank } } }`,
      );
      expect(assessment.scheme).toEqual([{ key: 'studySessions', weight: 50 }]);
      expect(assessment.rows[0]).toEqual({ townshipId: '2', score: 100, rank: 1 });
      const { setAssessmentScheme } = await api().ok(SET, { items: [{ key: 'specialSupervisors', weight: 10 }] });
      expect(setAssessmentScheme).toEqual([{ key: 'specialSupervisors' }]);
    });

    it('9: the metric, plan progress, the duty rule and the summary count the same research and inspection records', async () => {
      const ACTIVITY = `mutation($input: ActivityInput!) { createActivity(input: $input) { id } }`;
      const held = (kind: string, heldOn: string, reportTitle: string | null, memberId: string) =>
        api().ok(ACTIVITY, {
          input: {
            kind,
            title: `${kind}测试`,
            heldOn,
            townshipId: '1',
            reportTitle,
            participants: [{ memberId, attendance: 'PRESENT' }],
          },
        });
      await held('RESEARCH', `${YEAR}-04-10`, null, '1'); // research without a report yet
      await held('RESEARCH', `${YEAR}-05-10`, '关于农村养老服务的调研报告', '2');
      await held('INSPECTION', `${YEAR}-06-10`, '关于河道治理的视察报告', '3');
      await held('INSPECTION', `${YEAR}-10-10`, null, '3');

      const PLAN = `mutation($input: WorkPlanInput!) { createWorkPlan(input: $input) { completionRate items { metricKey metricLabel target quarter progress { actual target completed } } } }`;
      const items = [
        { metricKey: 'researchReports', target: 2, description: '调研报告不少于两篇' },
        { metricKey: 'inspectionReports', target: 1 },
        { metricKey: 'inspections', target: 2 },
        { metricKey: 'inspections', target: 1, quarter: 4 },
      ];
      const { createWorkPlan: plan } = await api().ok(PLAN, {
        input: { townshipId: '1', year: YEAR, title: '年度工作计划', items },
      });
      expect(
        plan.items.map((i: { metricLabel: string; progress: { actual: number } }) => [
          i.metricLabel,
          i.progress.actual,
        ]),
      ).toEqual([
        ['调研报告', 1],
        ['视察报告', 1],
        ['视察', 2],
        ['视察', 1],
      ]);
      expect(plan.completionRate).toBeCloseTo((1 + 1 + 2 + 1) / (2 + 1 + 2 + 1), 10);

      const data = await api().ok(`{
        townshipComparison(year: ${YEAR}, metrics: ["researchReports", "inspectionReports", "inspections", "planCompletionRate"]) { rows { townshipId values { key value } } }
        memberDuty(year: ${YEAR}, townshipId: "1") { memberId rules { key actual } }
        annualSummary(townshipId: "1", year: ${YEAR}) { text figures { key text } }
        metricCatalog { key label kind }
      }`);
      const row = data.townshipComparison.rows.find((r: { townshipId: string }) => r.townshipId === '1');
      const v = Object.fromEntries(row.values.map((x: { key: string; value: number }) => [x.key, x.value]));
      expect(v.researchReports).toBe(1);
      expect(v.inspectionReports).toBe(1);
      expect(v.inspections).toBe(2);
      expect(v.planCompletionRate).toBeCloseTo(plan.completionRate, 10); // the analytics SQL and the plan agree
      const duty = Object.fromEntries(
        data.memberDuty.map((m: { memberId: string; rules: { key: string; actual: number }[] }) => [
          m.memberId,
          m.rules.find((r) => r.key === 'RESEARCH_OR_INSPECTION')!.actual,
        ]),
      );
      // Member 1 went on a research trip that has no report: the rule counts what researchReports counts.
      expect(duty).toEqual({ '1': 0, '2': 1, '3': 2 });
      expect(data.annualSummary.text).toContain('开展视察2次、形成视察报告1篇');
      expect(data.annualSummary.text).toContain('形成调研报告1篇');
      expect(data.metricCatalog.find((m: { key: string }) => m.key === 'inspectionReports')).toEqual({
        key: 'inspectionReports',
        label: '视察报告',
        kind: 'count',
      });

      const bad = await api().gql(PLAN, {
        input: { townshipId: '1', year: YEAR + 1, title: '计划', items: [{ metricKey: 'acceptanceRate', target: 1 }] },
      });
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.items[0].metricKey' });
    });
  },
  { demo: false },
);

describeOnDatabases(
  'plan items from before items named metrics',
  (api) => {
    it('9: the migration maps old kinds to metric keys; an unmappable item stays readable and counts in no progress', async () => {
      const db = api().server.db;
      // Back to items with a kind and no metric: undo migrations down to and including MetricDefinitions.
      for (;;) {
        const [last] = await db.query('SELECT name FROM migrations ORDER BY id DESC LIMIT 1');
        await db.undoLastMigration();
        if (String(last.name).startsWith('MetricDefinitions')) break;
      }
      await db.getRepository(Township).insert({ id: 1, code: '341122901', name: '测试1镇', kind: 'TOWN' as never });
      await db.getRepository(WorkPlan).insert({ id: 1, townshipId: 1, year: YEAR, title: '旧计划' });
      await db.query(
        `INSERT INTO work_plan_item (planId, kind, target, quarter, description) VALUES (1, 'STUDY', 2, NULL, '集中学习两次'), (1, 'RESEARCH', 1, NULL, '调研报告一篇'), (1, 'CHARITY', 1, 1, '春节走访慰问')`,
      );
      await db.runMigrations();
      await db
        .getRepository(Activity)
        .insert({ kind: 'STUDY' as never, title: '学习', year: YEAR, heldOn: `${YEAR}-03-10`, townshipId: 1 });
      const { workPlan } = await api().ok(
        `{ workPlan(id: "1") { completionRate items { metricKey kind description progress { actual target } } } }`,
      );
      expect(workPlan.items).toEqual([
        { metricKey: 'studySessions', kind: 'STUDY', description: '集中学习两次', progress: { actual: 1, target: 2 } },
        {
          metricKey: 'researchReports',
          kind: 'RESEARCH',
          description: '调研报告一篇',
          progress: { actual: 0, target: 1 },
        },
        { metricKey: null, kind: 'CHARITY', description: '春节走访慰问', progress: null },
      ]);
      expect(workPlan.completionRate).toBeCloseTo(1 / 3, 10);
      const { townshipComparison } = await api().ok(
        `{ townshipComparison(year: ${YEAR}, metrics: ["planCompletionRate"]) { rows { values { value } } } }`,
      );
      expect(townshipComparison.rows[0].values[0].value).toBeCloseTo(1 / 3, 10);
    });
  },
  { demo: false },
);
