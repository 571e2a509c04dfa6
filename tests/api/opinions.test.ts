import { beforeAll, expect, it } from 'vitest';
import { describeOnDatabases, type Client } from '../support/api';
import { createEach } from '../support/builders-b';
import { buildSmallCounty } from '../support/small-county';
import { expectRefused, membersOf, statements, type DemoMember } from './work-records-fixtures';

const FIELDS = `id version title townshipId submittedOn year status adoptionLevel adoptedOn leaderInstruction instructionLevel publishedIssue
  township { id } submitterIds submitters { id name }`;
const CREATE = `mutation($input: OpinionReportInput!) { createOpinionReport(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: OpinionReportPatch!) { updateOpinionReport(id: $id, input: $input) { ${FIELDS} } }`;
const DELETE = `mutation($id: ID!) { deleteOpinionReport(id: $id) }`;
const GET = `query($id: ID!) { opinionReport(id: $id) { ${FIELDS} } }`;
const TABLES = ['opinion_report', 'opinion_submitter'];

const report = (over: Record<string, unknown> = {}) => ({
  title: '关于农村饮水安全的建议',
  submittedOn: '2030-04-08',
  townshipId: '1',
  ...over,
});

describeOnDatabases(
  'opinion reports (社情民意信息)',
  (api) => {
    let own: DemoMember[];
    let other: DemoMember[];
    let officer: Client;

    beforeAll(async () => {
      await buildSmallCounty(api());
      ({ own, other } = await membersOf(api()));
      officer = await api().as('officer');
    });

    it('creates, adopts and deletes a report with its submitters', async () => {
      const { createOpinionReport: r } = await api().ok(CREATE, {
        input: report({ submitterIds: [own[0].id, own[1].id] }),
      });
      expect(r).toMatchObject({
        status: 'SUBMITTED',
        year: 2030,
        leaderInstruction: false,
        adoptionLevel: null,
        township: { id: '1' },
        submitterIds: [own[0].id, own[1].id],
        version: 1,
      });
      expect(r.submitters.map((m: { id: string }) => m.id)).toEqual([own[0].id, own[1].id]);
      const { updateOpinionReport: u } = await api().ok(UPDATE, {
        id: r.id,
        input: {
          status: 'ADOPTED',
          adoptionLevel: 'PROVINCE',
          adoptedOn: '2030-05-01',
          leaderInstruction: true,
          instructionLevel: 'CITY',
          publishedIssue: '《社情信息》2030年第5期',
          submitterIds: [own[1].id],
        },
      });
      expect(u).toMatchObject({
        status: 'ADOPTED',
        adoptionLevel: 'PROVINCE',
        leaderInstruction: true,
        instructionLevel: 'CITY',
        submitterIds: [own[1].id],
        version: 2,
      });
      expect((await api().ok(DELETE, { id: r.id })).deleteOpinionReport).toBe(true);
      expect((await api().ok(GET, { id: r.id })).opinionReport).toBeNull();
      const [left] = await api().server.db.query(
        `SELECT COUNT(*) AS n FROM opinion_submitter WHERE reportId = ${Number(r.id)}`,
      );
      expect(Number(left.n)).toBe(0);
    });

    it('refuses bad input naming the field, storing nothing and auditing nothing', async () => {
      const refuse = (input: Record<string, unknown>, field: string) =>
        expectRefused(
          api(),
          api(),
          { query: CREATE, variables: { input } },
          { code: 'BAD_USER_INPUT', field, tables: TABLES },
        );
      await refuse(report({ status: 'ADOPTED', submitterIds: [own[0].id] }), 'input.adoptionLevel');
      await refuse(report({ adoptionLevel: 'CITY' }), 'input.adoptionLevel');
      await refuse(report({ status: 'ADOPTED', adoptionLevel: 'CITY', adoptedOn: '2030-01-01' }), 'input.adoptedOn');
      await refuse(report({ leaderInstruction: true }), 'input.instructionLevel');
      await refuse(report({ title: '' }), 'input.title');
      await refuse(report({ submitterIds: [own[0].id, '99999'] }), 'input.submitterIds[1]');
      await refuse(report({ submitterIds: [own[0].id, own[0].id] }), 'input.submitterIds[1]');
      const { createOpinionReport: r } = await api().ok(CREATE, { input: report({ submitterIds: [own[0].id] }) });
      await expectRefused(
        api(),
        api(),
        { query: UPDATE, variables: { id: r.id, input: { status: 'ADOPTED' } } },
        {
          code: 'BAD_USER_INPUT',
          field: 'input.adoptionLevel',
          tables: TABLES,
          reread: () => api().ok(GET, { id: r.id }),
        },
      );
    });

    it('confines an officer to their township’s reports and members', async () => {
      const { createOpinionReport: mine } = await officer.ok(CREATE, { input: report({ submitterIds: [own[0].id] }) });
      const { createOpinionReport: theirs } = await api().ok(CREATE, {
        input: report({ townshipId: '2', submitterIds: [other[0].id] }),
      });
      const { createOpinionReport: county } = await api().ok(CREATE, { input: report({ townshipId: null }) });
      expect((await officer.ok(GET, { id: theirs.id })).opinionReport).toBeNull();
      expect((await officer.ok(GET, { id: county.id })).opinionReport).toBeNull();
      expect(
        (await officer.ok(`{ opinionReports(filter: { townshipId: "2" }) { totalCount } }`)).opinionReports.totalCount,
      ).toBe(0);
      const all = await officer.ok(`{ opinionReports(page: { limit: 500 }) { nodes { townshipId } } }`);
      expect(new Set(all.opinionReports.nodes.map((n: { townshipId: string }) => n.townshipId))).toEqual(
        new Set(['1']),
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
        { query: UPDATE, variables: { id: theirs.id, input: { title: '越权' } } },
        { code: 'FORBIDDEN', tables: TABLES },
      );
      await expectRefused(
        api(),
        officer,
        { query: DELETE, variables: { id: theirs.id } },
        { code: 'FORBIDDEN', tables: TABLES },
      );
      await expectRefused(
        api(),
        officer,
        { query: CREATE, variables: { input: report({ townshipId: null }) } },
        { code: 'FORBIDDEN', tables: TABLES },
      );
      await expectRefused(
        api(),
        officer,
        { query: UPDATE, variables: { id: mine.id, input: { submitterIds: [own[0].id, other[0].id] } } },
        {
          code: 'BAD_USER_INPUT',
          field: 'input.submitterIds[1]',
          tables: TABLES,
          reread: () => api().ok(GET, { id: mine.id }),
        },
      );
    });

    it('filters by status, year, township, adoption level, leader instruction and submitter', async () => {
      const make = async (over: Record<string, unknown>) =>
        (await api().ok(CREATE, { input: report({ title: '筛选社情', submittedOn: '2033-03-01', ...over }) }))
          .createOpinionReport.id as string;
      const a = await make({ submitterIds: [own[2].id] });
      const b = await make({
        status: 'ADOPTED',
        adoptionLevel: 'CITY',
        leaderInstruction: true,
        instructionLevel: 'COUNTY',
      });
      const c = await make({ status: 'NOT_ADOPTED', townshipId: '2', submittedOn: '2034-01-01' });
      const ids = async (filter: Record<string, unknown>) =>
        (
          await api().ok(
            `query($f: OpinionReportFilter) { opinionReports(filter: $f, page: { limit: 500 }) { nodes { id } } }`,
            { f: { q: '筛选社情', ...filter } },
          )
        ).opinionReports.nodes.map((n: { id: string }) => n.id);
      expect(await ids({})).toEqual([a, b, c]);
      expect(await ids({ year: 2033 })).toEqual([a, b]);
      expect(await ids({ status: 'ADOPTED' })).toEqual([b]);
      expect(await ids({ adoptionLevel: 'CITY' })).toEqual([b]);
      expect(await ids({ leaderInstruction: true })).toEqual([b]);
      expect(await ids({ leaderInstruction: false })).toEqual([a, c]);
      expect(await ids({ townshipId: '2' })).toEqual([c]);
      expect(await ids({ memberId: own[2].id })).toEqual([a]);
    });

    it('batches submitters: the same statements for 5 and for 100 reports', async () => {
      const query = `query($n: Int!) { opinionReports(page: { limit: $n }) { nodes { title township { name } submitterIds submitters { name township { name } } } } }`;
      // Reports of both townships, each with submitters of its own: enough that a page of 5 is not all of them.
      await createEach(
        api(),
        'createOpinionReport',
        'OpinionReportInput',
        Array.from({ length: 12 }, (_, i) => {
          const members = i % 2 ? other : own;
          return report({
            title: `批量社情${i}`,
            townshipId: members[0].townshipId,
            submitterIds: [members[i % 4].id, members[(i + 1) % 4].id],
          });
        }),
      );
      const { opinionReports } = await api().ok(`{ opinionReports { totalCount } }`);
      const small = await statements(api(), query, { n: 5 });
      const large = await statements(api(), query, { n: Math.min(100, opinionReports.totalCount - 1) });
      expect(large.data.opinionReports.nodes.length).toBeGreaterThan(5);
      expect(
        large.data.opinionReports.nodes.filter((n: { submitters: unknown[] }) => n.submitters.length > 0).length,
      ).toBeGreaterThan(5);
      expect(large.count).toBe(small.count);
      expect(small.count).toBeLessThanOrEqual(6);
    });
  },
  { demo: false },
);
