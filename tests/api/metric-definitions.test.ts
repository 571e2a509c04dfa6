import { beforeAll, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { Township } from '@cppcc/server/src/townships/township.entity';
import { Sector } from '@cppcc/server/src/sectors/sector.entity';
import { Member } from '@cppcc/server/src/members/member.entity';
import { Activity, ActivityParticipant } from '@cppcc/server/src/activities/activity.entity';
import { HandlingUnit } from '@cppcc/server/src/handling-units/handling-unit.entity';
import { RectificationItem, SupervisionTarget } from '@cppcc/server/src/supervision/supervision.entity';
import { AssessmentSchemeItem } from '@cppcc/server/src/analytics/assessment-scheme.entity';
import { describeOnDatabases } from '../support/api';
import { expectRefused } from './work-records-fixtures';

const YEAR = 2024;

async function county(db: DataSource): Promise<void> {
  await db.getRepository(Township).insert([1, 2, 3].map((id) => ({ id, code: `34112290${id}`, name: `测试${id}镇`, kind: 'TOWN' as never, sortOrder: id })));
  await db.getRepository(Sector).insert({ id: 1, name: '测试界', category: 'SECTOR' as never });
  await db.getRepository(Member).insert([1, 2, 3].map((id) => ({ id, name: `委员${id}`, gender: 'MALE' as never, affiliation: 'CPC' as never, sectorId: 1, townshipId: 1, kind: 'COUNTY_MEMBER' as never, term: '第十一届', joinedOn: '2022-01-01' })));
  // Township 2 has no members but organises an activity that members of township 1 attend.
  await db.getRepository(Activity).insert([
    { id: 1, kind: 'STUDY' as never, title: '学习', year: YEAR, heldOn: `${YEAR}-03-10`, townshipId: 2 },
  ]);
  await db.getRepository(ActivityParticipant).insert([{ activityId: 1, memberId: 1, attendance: 'PRESENT' as never }]);
  // The county's supervision of a handling unit: no township or member is named by it.
  await db.getRepository(HandlingUnit).insert({ id: 1, name: '县测试局', kind: 'GOVERNMENT_DEPARTMENT' as never });
  await db.getRepository(SupervisionTarget).insert({ id: 1, unitId: 1, year: YEAR, kind: 'SPECIAL' as never, topic: '专项监督' });
  await db.getRepository(RectificationItem).insert([{ targetId: 1, text: '整改一', status: 'DONE' as never }, { targetId: 1, text: '整改二', status: 'PENDING' as never }]);
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
      expect(v).toEqual({ attendanceRate: 1, memberParticipationRate: null, dutyComplianceRate: null, averageDutyPoints: null, planCompletionRate: null });
      expect(data.t2.text).toBe(`${YEAR}年，测试2镇全年开展各类学习1次。委员出勤率100%。`);
      expect(data.t2.text).not.toMatch(/参与率|达标率|完成率|无数据|NaN/);
      const figure = (s: { figures: { key: string; value: number | null; text: string }[] }, key: string) => s.figures.find((f) => f.key === key);
      expect(figure(data.t2, 'attendanceRate')).toEqual({ key: 'attendanceRate', value: 1, text: '100%' });
      expect(figure(data.t2, 'dutyComplianceRate')).toEqual({ key: 'dutyComplianceRate', value: null, text: '—' });
      expect(figure(data.t2, 'planCompletionRate')).toEqual({ key: 'planCompletionRate', value: null, text: '—' });
      // Township 3 has nothing at all: no sentence, and every rate is "—", never 0% or 100%.
      expect(data.t3.sentences).toEqual([]);
      for (const f of data.t3.figures) expect(f.text, f.key).toBe(f.value == null ? '—' : String(f.value));
    });

    it('10: county-only supervision metrics are neither compared nor assessed, and metrics 0 for every township are flagged', async () => {
      const { metricCatalog } = await api().ok(`{ metricCatalog { key scope } }`);
      const county = metricCatalog.filter((m: { scope: string }) => m.scope === 'county').map((m: { key: string }) => m.key);
      expect(county).toEqual(['supervisionTargets', 'rectificationItems', 'rectificationRate']);

      const { townshipComparison: c } = await api().ok(`{ townshipComparison(year: ${YEAR}) { metrics { key allZero } rows { townshipId values { key } } } }`);
      const keys = c.metrics.map((m: { key: string }) => m.key);
      for (const key of county) expect(keys).not.toContain(key);
      expect(keys).toEqual(metricCatalog.filter((m: { scope: string }) => m.scope === 'township').map((m: { key: string }) => m.key));
      const flag = Object.fromEntries(c.metrics.map((m: { key: string; allZero: boolean }) => [m.key, m.allZero]));
      // Township 2 held a study session; nobody made an inspection or a proposal this year.
      expect(flag).toMatchObject({ studySessions: false, attendanceRate: false, activeMembers: false, inspections: true, proposalsSubmitted: true, acceptanceRate: true });

      const asked = await api().gql(`{ townshipComparison(year: ${YEAR}, metrics: ["studySessions", "rectificationRate"]) { year } }`);
      expect(asked.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'metrics[1]' });
      const { townshipMetrics } = await api().ok(`{ townshipMetrics(townshipId: "1", fromYear: ${YEAR}, toYear: ${YEAR}) { values { key } } }`);
      for (const key of county) expect(townshipMetrics[0].values.map((v: { key: string }) => v.key)).not.toContain(key);

      const SET = `mutation($items: [AssessmentItemInput!]!) { setAssessmentScheme(year: ${YEAR}, items: $items) { key } }`;
      await expectRefused(api(), api(), { query: SET, variables: { items: [{ key: 'studySessions', weight: 50 }, { key: 'supervisionTargets', weight: 50 }] } }, { code: 'BAD_USER_INPUT', field: 'items[1].key', tables: ['assessment_item'] });

      // A scheme stored before supervision became county-only keeps scoring its other items.
      await api().server.db.getRepository(AssessmentSchemeItem).insert([
        { year: YEAR, metricKey: 'studySessions', weight: 50, perMember: false, sortOrder: 0 },
        { year: YEAR, metricKey: 'rectificationRate', weight: 50, perMember: false, sortOrder: 1 },
      ]);
      const { assessment } = await api().ok(`{ assessment(year: ${YEAR}) { scheme { key weight } rows { townshipId score rank } } }`);
      expect(assessment.scheme).toEqual([{ key: 'studySessions', weight: 50 }]);
      expect(assessment.rows[0]).toEqual({ townshipId: '2', score: 100, rank: 1 });
    });
  },
  { demo: false },
);
