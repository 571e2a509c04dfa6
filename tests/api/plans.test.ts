import { beforeAll, expect, it } from 'vitest';
import { describeOnDatabases, type Client } from '../support/api';
import { moreTownships } from '../support/builders-b';
import { buildSmallCounty, type SmallCounty } from '../support/small-county';
import { expectRefused, statements } from './work-records-fixtures';

const FIELDS = `id version townshipId year title township { id } completionRate items { id metricKey metricLabel target quarter description progress { actual target completed } }`;
const CREATE = `mutation($input: WorkPlanInput!) { createWorkPlan(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: WorkPlanPatch!) { updateWorkPlan(id: $id, input: $input) { ${FIELDS} } }`;
const DELETE = `mutation($id: ID!) { deleteWorkPlan(id: $id) }`;
const GET = `query($id: ID!) { workPlan(id: $id) { ${FIELDS} } }`;
const TABLES = ['work_plan', 'work_plan_item'];

const plan = (over: Record<string, unknown> = {}) => ({
  townshipId: '1',
  year: 2040,
  title: '年度工作计划',
  items: [{ metricKey: 'studySessions', target: 4 }],
  ...over,
});
const quarterOf = (date: string) => Math.ceil(Number(date.slice(5, 7)) / 3);

describeOnDatabases(
  'work plans with progress computed from the records',
  (api) => {
    let county: SmallCounty;
    /** Townships beyond the small county's three, with no records of their own. */
    let extra: string[];
    let officer: Client;

    beforeAll(async () => {
      county = await buildSmallCounty(api());
      extra = await moreTownships(api(), 4);
      officer = await api().as('officer');
    });

    it('creates, updates and deletes a plan with its items', async () => {
      const { createWorkPlan: p } = await api().ok(CREATE, {
        input: plan({
          items: [
            { metricKey: 'studySessions', target: 1, quarter: 1, description: '每季度集中学习一次' },
            { metricKey: 'opinionReports', target: 6 },
          ],
        }),
      });
      expect(p).toMatchObject({ townshipId: '1', year: 2040, township: { id: '1' }, version: 1 });
      expect(
        p.items.map((i: { metricKey: string; metricLabel: string; target: number; quarter: number | null }) => [
          i.metricKey,
          i.metricLabel,
          i.target,
          i.quarter,
        ]),
      ).toEqual([
        ['studySessions', '集中学习', 1, 1],
        ['opinionReports', '报送社情民意', 6, null],
      ]);
      const { updateWorkPlan: u } = await api().ok(UPDATE, {
        id: p.id,
        input: { title: '修订后的计划', items: [{ metricKey: 'inspections', target: 2 }] },
      });
      expect(u).toMatchObject({
        title: '修订后的计划',
        version: 2,
        items: [{ metricKey: 'inspections', target: 2, quarter: null }],
      });
      const { updateWorkPlan: kept } = await api().ok(UPDATE, { id: p.id, input: { notes: '只改备注' } });
      expect(kept.items).toHaveLength(1);
      expect((await api().ok(DELETE, { id: p.id })).deleteWorkPlan).toBe(true);
      expect((await api().ok(GET, { id: p.id })).workPlan).toBeNull();
      const [left] = await api().server.db.query(
        `SELECT COUNT(*) AS n FROM work_plan_item WHERE planId = ${Number(p.id)}`,
      );
      expect(Number(left.n)).toBe(0);
    });

    it('refuses a second plan for the same township and year, and bad items, storing nothing', async () => {
      const { createWorkPlan: p } = await api().ok(CREATE, { input: plan({ year: 2041 }) });
      const refuse = (input: Record<string, unknown>, field: string) =>
        expectRefused(
          api(),
          api(),
          { query: CREATE, variables: { input } },
          { code: 'BAD_USER_INPUT', field, tables: TABLES },
        );
      await refuse(plan({ year: 2041 }), 'input.year');
      await refuse(
        plan({
          year: 2042,
          items: [
            { metricKey: 'studySessions', target: 2 },
            { metricKey: 'visits', target: 0 },
          ],
        }),
        'input.items[1].target',
      );
      await refuse(plan({ year: 2042, items: [{ metricKey: 'studySessions', target: -3 }] }), 'input.items[0].target');
      await refuse(
        plan({ year: 2042, items: [{ metricKey: 'studySessions', target: 1, quarter: 5 }] }),
        'input.items[0].quarter',
      );
      await refuse(
        plan({
          year: 2042,
          items: [
            { metricKey: 'studySessions', target: 1 },
            { metricKey: 'studySessions', target: 2 },
          ],
        }),
        'input.items[1].metricKey',
      );
      await refuse(
        plan({ year: 2042, items: [{ metricKey: 'acceptanceRate', target: 1 }] }),
        'input.items[0].metricKey',
      );
      await refuse(plan({ year: 1800 }), 'input.year');
      await refuse(plan({ year: 2042, townshipId: '99999' }), 'input.townshipId');
      const { createWorkPlan: other } = await api().ok(CREATE, { input: plan({ year: 2042 }) });
      await expectRefused(
        api(),
        api(),
        { query: UPDATE, variables: { id: other.id, input: { year: 2041 } } },
        { code: 'BAD_USER_INPUT', field: 'input.year', tables: TABLES, reread: () => api().ok(GET, { id: other.id }) },
      );
      await expectRefused(
        api(),
        api(),
        { query: UPDATE, variables: { id: p.id, input: { items: [{ metricKey: 'studySessions', target: 0 }] } } },
        {
          code: 'BAD_USER_INPUT',
          field: 'input.items[0].target',
          tables: TABLES,
          reread: () => api().ok(GET, { id: p.id }),
        },
      );
    });

    it('computes each item’s progress from the township’s records of the year and quarter', async () => {
      const T = county.townships.third;
      const YEAR = 2043;
      const activity = (
        kind: string,
        heldOn: string,
        townshipId: string | null = T,
        extra: Record<string, unknown> = {},
      ) =>
        api().ok(`mutation($input: ActivityInput!) { createActivity(input: $input) { id } }`, {
          input: { kind, title: `计划进度测试${kind}`, heldOn, townshipId, ...extra },
        });
      for (const d of ['2043-01-10', '2043-03-31', '2043-04-01', '2043-12-31']) await activity('STUDY', d);
      await activity('INSPECTION', '2043-07-01');
      await activity('STUDY', '2043-02-01', extra[0]); // another township
      await activity('STUDY', '2043-02-02', null); // the county
      await activity('STUDY', '2044-01-01'); // another year
      for (const d of ['2043-02-01', '2043-05-20', '2043-11-11']) {
        await api().ok(`mutation($input: OpinionReportInput!) { createOpinionReport(input: $input) { id } }`, {
          input: { title: '计划进度测试社情', submittedOn: d, townshipId: T },
        });
      }
      const items = [
        { metricKey: 'studySessions', target: 1, quarter: 1 },
        { metricKey: 'studySessions', target: 2, quarter: 2 },
        { metricKey: 'studySessions', target: 4, quarter: null },
        { metricKey: 'inspections', target: 2, quarter: null },
        { metricKey: 'researchReports', target: 1, quarter: 3 },
        { metricKey: 'opinionReports', target: 6, quarter: null },
      ];
      const { createWorkPlan: p } = await api().ok(CREATE, {
        input: { townshipId: T, year: YEAR, title: '进度测试计划', items },
      });

      // An independent count of the same records, through the list queries.
      const records = await api().ok(
        `query($t: ID!, $y: Int!) {
      activities(filter: { townshipId: $t, year: $y }, page: { limit: 500 }) { nodes { kind heldOn reportTitle } }
      opinionReports(filter: { townshipId: $t, year: $y }, page: { limit: 500 }) { nodes { submittedOn } } }`,
        { t: T, y: YEAR },
      );
      const dated = [
        ...records.activities.nodes.map((a: { kind: string; heldOn: string; reportTitle: string | null }) => ({
          kind: a.kind,
          on: a.heldOn,
          report: !!a.reportTitle,
        })),
        ...records.opinionReports.nodes.map((r: { submittedOn: string }) => ({
          kind: 'OPINION_REPORT',
          on: r.submittedOn,
          report: false,
        })),
      ];
      // What each metric counts (docs/metrics.md): research only with its report.
      const counts: Record<string, (d: { kind: string; report: boolean }) => boolean> = {
        studySessions: (d) => d.kind === 'STUDY',
        inspections: (d) => d.kind === 'INSPECTION',
        researchReports: (d) => d.kind === 'RESEARCH' && d.report,
        opinionReports: (d) => d.kind === 'OPINION_REPORT',
      };
      const expected = items.map(
        (i) =>
          dated.filter((d) => counts[i.metricKey](d) && (i.quarter == null || quarterOf(d.on) === i.quarter)).length,
      );
      expect(expected).toEqual([2, 1, 4, 1, 0, 3]);
      expect(p.items.map((i: { progress: { actual: number } }) => i.progress.actual)).toEqual(expected);
      expect(p.items.map((i: { progress: { completed: boolean } }) => i.progress.completed)).toEqual(
        expected.map((n, k) => n >= items[k].target),
      );
      const achieved = items.reduce((s, i, k) => s + Math.min(expected[k], i.target), 0);
      const target = items.reduce((s, i) => s + i.target, 0);
      expect(p.completionRate).toBeCloseTo(achieved / target, 10);

      // Progress follows the records: a research activity in the third quarter counts once it has its report.
      await activity('RESEARCH', '2043-08-07');
      const before = (await api().ok(GET, { id: p.id })).workPlan;
      expect(before.items.find((i: { metricKey: string }) => i.metricKey === 'researchReports').progress.actual).toBe(
        0,
      );
      await activity('RESEARCH', '2043-08-08', T, { reportTitle: '关于乡村产业的调研报告' });
      const again = (await api().ok(GET, { id: p.id })).workPlan;
      expect(again.items.find((i: { metricKey: string }) => i.metricKey === 'researchReports').progress).toEqual({
        actual: 1,
        target: 1,
        completed: true,
      });
      expect(again.completionRate).toBeCloseTo((achieved + 1) / target, 10);
    });

    it('has no completion rate without items', async () => {
      const { createWorkPlan: p } = await api().ok(CREATE, { input: plan({ year: 2044, items: [] }) });
      expect(p).toMatchObject({ completionRate: null, items: [] });
    });

    it('confines an officer to their township’s plans', async () => {
      const { createWorkPlan: mine } = await officer.ok(CREATE, { input: plan({ year: 2045 }) });
      const { createWorkPlan: theirs } = await api().ok(CREATE, { input: plan({ year: 2045, townshipId: '2' }) });
      expect((await officer.ok(GET, { id: theirs.id })).workPlan).toBeNull();
      expect((await officer.ok(`{ workPlans(filter: { townshipId: "2" }) { totalCount } }`)).workPlans.totalCount).toBe(
        0,
      );
      const listed = await officer.ok(`{ workPlans(page: { limit: 500 }) { nodes { townshipId items { id } } } }`);
      expect(new Set(listed.workPlans.nodes.map((n: { townshipId: string }) => n.townshipId))).toEqual(new Set(['1']));
      await expectRefused(
        api(),
        officer,
        { query: CREATE, variables: { input: plan({ year: 2046, townshipId: '2' }) } },
        { code: 'FORBIDDEN', tables: TABLES },
      );
      await expectRefused(
        api(),
        officer,
        { query: UPDATE, variables: { id: mine.id, input: { townshipId: '2' } } },
        { code: 'FORBIDDEN', tables: TABLES, reread: () => api().ok(GET, { id: mine.id }) },
      );
      await expectRefused(
        api(),
        officer,
        { query: UPDATE, variables: { id: theirs.id, input: { items: [] } } },
        { code: 'FORBIDDEN', tables: TABLES, reread: () => api().ok(GET, { id: theirs.id }) },
      );
      await expectRefused(
        api(),
        officer,
        { query: DELETE, variables: { id: theirs.id } },
        { code: 'FORBIDDEN', tables: TABLES },
      );
      expect((await officer.ok(GET, { id: mine.id })).workPlan.items).toHaveLength(1);
    });

    it('computes progress for a list of plans in a constant number of statements', async () => {
      for (const t of extra.slice(1))
        await api().ok(CREATE, {
          input: plan({
            townshipId: t,
            year: 2047,
            items: [
              { metricKey: 'studySessions', target: 2 },
              { metricKey: 'opinionReports', target: 3 },
            ],
          }),
        });
      const query = `query($n: Int!) { workPlans(page: { limit: $n }) { nodes { year township { name } completionRate items { metricKey progress { actual target completed } } } } }`;
      const { workPlans } = await api().ok(`{ workPlans { totalCount } }`);
      // Both pages short of the total, so that both count it (a short last page needs no COUNT).
      const one = await statements(api(), query, { n: 1 });
      const many = await statements(api(), query, { n: workPlans.totalCount - 1 });
      expect(many.data.workPlans.nodes.length).toBeGreaterThanOrEqual(3);
      // count + page + townships + items + activity counts + opinion counts
      expect(one.count).toBeLessThanOrEqual(6);
      expect(many.count).toBe(one.count);
    });
  },
  { demo: false },
);
