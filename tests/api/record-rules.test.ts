// Issue 12, points 7, 8 and 12: kind-specific activity fields (API, import and the data check
// of existing rows), the PROPOSAL duty rule's counting basis, and the opinion report a
// 转为社情民意 conversion creates — each through HTTP on both databases.
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { Activity } from '@cppcc/server/src/activities/activity.entity';
import { describeOnDatabases, loginToken, type Client, type ImportAnswer } from '../support/api';
import { buildSmallCounty, type SmallCounty } from '../support/small-county';
import { expectRefused, newMember, type DemoMember } from './work-records-fixtures';
import { expectError } from './proposals-fixtures';

const ACTIVITY = `id kind donationYuan suggestionsMade suggestionsAdopted peopleReached topic`;
const CREATE = `mutation($input: ActivityInput!) { createActivity(input: $input) { ${ACTIVITY} } }`;
const UPDATE = `mutation($id: ID!, $input: ActivityPatch!) { updateActivity(id: $id, input: $input) { ${ACTIVITY} } }`;
const GET = `query($id: ID!) { activity(id: $id) { ${ACTIVITY} } }`;
const VIOLATIONS = `{ ruleViolations { rule entityType entityId field message } }`;
const TABLES = ['activity', 'activity_participant'];

const activity = (over: Record<string, unknown>) => ({
  kind: 'STUDY',
  title: '字段归属测试',
  heldOn: '2026-03-12',
  townshipId: '1',
  ...over,
});

async function workbook(headers: string[], rows: (string | number)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('导入');
  sheet.addRow(headers);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describeOnDatabases(
  'point 7: each activity kind accepts only its own fields',
  (api) => {
    beforeAll(async () => {
      await buildSmallCounty(api());
    });

    it('refuses a field of another kind on create and update, naming it, storing nothing', async () => {
      const refuse = (input: Record<string, unknown>, field: string) =>
        expectRefused(
          api(),
          api(),
          { query: CREATE, variables: { input } },
          { code: 'BAD_USER_INPUT', field, tables: TABLES },
        );
      await refuse(activity({ donationYuan: 500 }), 'input.donationYuan');
      await refuse(activity({ kind: 'CHARITY', donationYuan: 500, suggestionsMade: 3 }), 'input.suggestionsMade');
      await refuse(activity({ kind: 'PUBLICITY', peopleReached: 40 }), 'input.peopleReached');
      await refuse(activity({ kind: 'TRAINING', topic: '履职能力' }), 'input.topic');
      // Their own kinds take them, and a cleared count (0 / null) is no field at all.
      const { createActivity: charity } = await api().ok(CREATE, {
        input: activity({ kind: 'CHARITY', donationYuan: 500, suggestionsMade: 0, topic: null }),
      });
      expect(charity).toMatchObject({ kind: 'CHARITY', donationYuan: 500, suggestionsMade: 0 });
      // Changing the kind keeps the stored donation: refused until it is cleared.
      await expectRefused(
        api(),
        api(),
        { query: UPDATE, variables: { id: charity.id, input: { kind: 'STUDY' } } },
        {
          code: 'BAD_USER_INPUT',
          field: 'input.donationYuan',
          tables: TABLES,
          reread: () => api().ok(GET, { id: charity.id }),
        },
      );
      expect(
        (await api().ok(UPDATE, { id: charity.id, input: { kind: 'STUDY', donationYuan: null } })).updateActivity,
      ).toMatchObject({ kind: 'STUDY', donationYuan: 0 });
    });

    it('applies the same rule to the Excel import', async () => {
      const file = await workbook(
        ['活动类型*', '活动名称*', '活动日期*', '组织乡镇', '协商规模', '提出建议数', '捐款金额（元）'],
        [
          ['协商', '导入协商会', '2026-04-18', '', '微协商', 4, ''],
          ['学习', '导入学习会', '2026-04-19', '', '', '', 800],
        ],
      );
      const token = await loginToken(api().url, 'admin');
      const res = await fetch(`${api().url}/import/activities?dryRun=true`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        },
        body: file,
      });
      const body = (await res.json()) as ImportAnswer;
      expect(body).toMatchObject({ ok: false, rows: 2, created: 0 });
      expect(body.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([
        [3, 'input.donationYuan'],
      ]);
      expect(body.errors[0].column).toBe('捐款金额（元）');
    });

    it('reports existing rows that break the rule (data check), without changing them, to county admins only', async () => {
      const db = api().server.db;
      const { identifiers } = await db.getRepository(Activity).insert({
        kind: 'STUDY' as never,
        title: '旧数据：学习会带捐款',
        heldOn: '2026-05-01',
        year: 2026,
        townshipId: 1,
        donationYuan: 800,
        suggestionsMade: 2,
        suggestionsAdopted: 0,
      });
      const id = String(identifiers[0].id);
      const found = (await api().ok(VIOLATIONS)).ruleViolations.filter((v: { entityId: string }) => v.entityId === id);
      expect(
        found.map((v: { rule: string; entityType: string; field: string }) => [v.rule, v.entityType, v.field]),
      ).toEqual([
        ['ACTIVITY_KIND_FIELDS', 'Activity', 'suggestionsMade'],
        ['ACTIVITY_KIND_FIELDS', 'Activity', 'donationYuan'],
      ]);
      for (const v of found) expect(v.message).toMatch(/学习/);
      expect((await api().ok(GET, { id })).activity).toMatchObject({ donationYuan: 800, suggestionsMade: 2 });
      // The county the suite built obeys the rule: nothing else is reported.
      expect(
        (await api().ok(VIOLATIONS)).ruleViolations.filter((v: { entityId: string }) => v.entityId !== id),
      ).toEqual([]);
      expectError(await (await api().as('officer')).gql(VIOLATIONS), 'FORBIDDEN');
    });
  },
  { demo: false },
);

const DUTY = `query($m: ID!, $y: Int!) { memberDutyRecord(memberId: $m, year: $y) { counts { proposals opinionReports } } }`;
const SET_RULES = `mutation($y: Int!, $rules: [DutyRuleSpecInput!]!) { setDutyRules(year: $y, rules: $rules) { year rules { key proposalBasis } } }`;
const SUBMIT = `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`;
const REVIEW = `mutation($id: ID!, $input: ReviewProposalInput!) { reviewProposal(id: $id, input: $input) { id status } }`;

describeOnDatabases(
  'point 8: the PROPOSAL duty rule counts accepted proposals, or submitted ones where the year says so',
  (api) => {
    const YEAR = 2026;
    let m: DemoMember;
    let n: DemoMember;
    let submit: (lead: DemoMember, coSigners?: DemoMember[]) => Promise<string>;
    const review = (id: string, decision: string, extra: Record<string, unknown> = {}) =>
      api().ok(REVIEW, { id, input: { decision, reviewedOn: '2026-02-01', ...extra } });

    beforeAll(async () => {
      await buildSmallCounty(api());
      m = await newMember(api(), '1', '立案计数委员');
      n = await newMember(api(), '1', '并案领衔委员');
      let k = 0;
      submit = async (lead, coSigners = []) =>
        (
          await api().ok(SUBMIT, {
            input: {
              title: `立案计数提案${++k}`,
              content: '建议。',
              category: 'OTHER',
              proposerKind: coSigners.length ? 'JOINT' : 'MEMBER',
              leadMemberId: lead.id,
              coSignerIds: coSigners.map((c) => c.id),
              submittedOn: '2026-01-10',
            },
          })
        ).submitProposal.id;
    });

    it('counts 立案 (with proposals merged into an accepted one, for each of their proposers) and conversions; not rejections, merges into a rejected one or pending ones', async () => {
      const accepted = await submit(m);
      await review(accepted, 'ACCEPT');
      await review(await submit(m), 'REJECT', { note: '不属于政协提案范围' });
      await review(await submit(m), 'CONVERT');
      const mergedJoint = await submit(n, [m]);
      await review(mergedJoint, 'MERGE', { mergedIntoId: accepted });
      // A chain: merged into a proposal that was later merged into the accepted one.
      const middle = await submit(n);
      const first = await submit(m);
      await review(first, 'MERGE', { mergedIntoId: middle });
      await review(middle, 'MERGE', { mergedIntoId: accepted });
      const rejectedTarget = await submit(n);
      await review(await submit(m), 'MERGE', { mergedIntoId: rejectedTarget });
      await review(rejectedTarget, 'REJECT', { note: '不属于政协提案范围' });
      await submit(m); // not reviewed yet

      // accepted + converted + merged joint (as co-signer) + the chain's first = 4
      expect((await api().ok(DUTY, { m: m.id, y: YEAR })).memberDutyRecord.counts.proposals).toBe(4);
      // n: the merged joint and the middle of the chain, both merged into the accepted one
      expect((await api().ok(DUTY, { m: n.id, y: YEAR })).memberDutyRecord.counts.proposals).toBe(2);
      const listed = (
        await api().ok(`{ memberDuty(year: ${YEAR}, townshipId: "1") { memberId rules { key actual } } }`)
      ).memberDuty;
      const actual = (id: string) =>
        listed
          .find((r: { memberId: string }) => r.memberId === id)
          .rules.find((r: { key: string }) => r.key === 'PROPOSAL').actual;
      expect([actual(m.id), actual(n.id)]).toEqual([4, 2]);
      expect(
        (await api().ok(`{ dutyRuleSet(year: ${YEAR}) { rules { key proposalBasis } } }`)).dutyRuleSet.rules[0],
      ).toEqual({ key: 'PROPOSAL', proposalBasis: 'ACCEPTED' });

      // The year's rule set may count every submitted proposal instead.
      const set = (
        await api().ok(SET_RULES, {
          y: YEAR,
          rules: [
            { key: 'PROPOSAL', minCount: 1, points: 10, proposalBasis: 'SUBMITTED' },
            { key: 'DUTY_REPORT', minCount: 1, points: 10 },
          ],
        })
      ).setDutyRules;
      expect(set.rules).toEqual([
        { key: 'PROPOSAL', proposalBasis: 'SUBMITTED' },
        { key: 'DUTY_REPORT', proposalBasis: null },
      ]);
      expect((await api().ok(DUTY, { m: m.id, y: YEAR })).memberDutyRecord.counts.proposals).toBe(7);
      // …and back to 立案, the default of a rule without a basis.
      await api().ok(SET_RULES, { y: YEAR, rules: [{ key: 'PROPOSAL', minCount: 1, points: 10 }] });
      expect((await api().ok(DUTY, { m: m.id, y: YEAR })).memberDutyRecord.counts.proposals).toBe(4);
    });

    it('refuses a counting basis on any rule but PROPOSAL', async () => {
      const snapshot = () => api().ok(`{ dutyRuleSet(year: 2058) { isDefault rules { key proposalBasis } } }`);
      await expectRefused(
        api(),
        api(),
        {
          query: SET_RULES,
          variables: { y: 2058, rules: [{ key: 'DUTY_REPORT', minCount: 1, points: 10, proposalBasis: 'SUBMITTED' }] },
        },
        { code: 'BAD_USER_INPUT', field: 'rules[0].proposalBasis', tables: ['duty_rule'], reread: snapshot },
      );
      await expectRefused(
        api(),
        api(),
        {
          query: `mutation { createDutyRule(input: { year: 2058, key: OPINION_REPORT, minCount: 1, points: 5, proposalBasis: SUBMITTED }) { id } }`,
        },
        { code: 'BAD_USER_INPUT', field: 'input.proposalBasis', tables: ['duty_rule'] },
      );
    });
  },
  { demo: false },
);

const CONVERTED = `id status opinionReportId opinionReport { id title content townshipId submittedOn submitterIds sourceProposalId sourceProposal { id } }`;

describeOnDatabases(
  'point 12: 转为社情民意 creates the opinion report, linked both ways and counted once',
  (api) => {
    let county: SmallCounty;
    let lead: DemoMember;
    let co: DemoMember;
    let officer: Client;
    const metrics = async () => {
      const rows = (
        await api().ok(`{ townshipMetrics(townshipId: "1", fromYear: 2026, toYear: 2026) { values { key value } } }`)
      ).townshipMetrics[0].values;
      const value = (key: string) => rows.find((v: { key: string }) => v.key === key).value;
      return { proposalsSubmitted: value('proposalsSubmitted'), opinionReports: value('opinionReports') };
    };

    beforeAll(async () => {
      county = await buildSmallCounty(api());
      lead = await newMember(api(), '1', '转社情领衔委员');
      co = await newMember(api(), '1', '转社情联名委员');
      officer = await api().as('officer');
    });

    it('creates one report with the proposal’s title, content, authors and township, linked both ways', async () => {
      const before = await metrics();
      const input = {
        title: '关于村道夜间照明的建议',
        content: '多个行政村村道无路灯，群众夜间出行不便。',
        category: 'URBAN_RURAL',
        proposerKind: 'JOINT',
        leadMemberId: lead.id,
        coSignerIds: [co.id],
        submittedOn: '2026-01-10',
      };
      const { submitProposal: p } = await api().ok(SUBMIT, { input });
      // A refused conversion writes nothing.
      await expectRefused(
        api(),
        api(),
        { query: REVIEW, variables: { id: p.id, input: { decision: 'CONVERT', reviewedOn: '2025-01-01' } } },
        {
          code: 'BAD_USER_INPUT',
          field: 'input.reviewedOn',
          tables: ['opinion_report', 'opinion_submitter', 'proposal'],
        },
      );
      const { reviewProposal: converted } = await api().ok(
        `mutation($id: ID!, $input: ReviewProposalInput!) { reviewProposal(id: $id, input: $input) { ${CONVERTED} } }`,
        {
          id: p.id,
          input: { decision: 'CONVERT', reviewedOn: '2026-02-03', note: '更适合以社情民意信息反映' },
        },
      );
      expect(converted.status).toBe('CONVERTED');
      const report = converted.opinionReport;
      expect(report).toMatchObject({
        id: converted.opinionReportId,
        title: input.title,
        content: input.content,
        townshipId: '1',
        submittedOn: '2026-02-03',
        sourceProposalId: p.id,
        sourceProposal: { id: p.id },
      });
      expect(report.submitterIds).toEqual([lead.id, co.id]);
      const listed = await api().ok(
        `query($id: ID!) { opinionReports(filter: { ids: [$id] }) { totalCount nodes { sourceProposal { id status opinionReportId } } } }`,
        { id: report.id },
      );
      expect(listed.opinionReports).toEqual({
        totalCount: 1,
        nodes: [{ sourceProposal: { id: p.id, status: 'CONVERTED', opinionReportId: report.id } }],
      });
      const audit = await api().ok(
        `query($e: String!) { auditEntries(filter: { entityType: "OpinionReport", entityId: $e }) { nodes { action } } }`,
        { e: report.id },
      );
      expect(audit.auditEntries.nodes.map((n: { action: string }) => n.action)).toEqual(['CREATE']);
      // The officer of the township sees both ends.
      expect(
        (await officer.ok(`query($id: ID!) { opinionReport(id: $id) { sourceProposal { id } } }`, { id: report.id }))
          .opinionReport.sourceProposal.id,
      ).toBe(p.id);

      // Counted once: as the proposal it was submitted as, not again as an opinion report.
      expect(await metrics()).toEqual({
        proposalsSubmitted: before.proposalsSubmitted + 1,
        opinionReports: before.opinionReports,
      });
      const duty = (await api().ok(DUTY, { m: lead.id, y: 2026 })).memberDutyRecord.counts;
      expect(duty).toEqual({ proposals: 1, opinionReports: 0 });
    });

    it('gives every converted proposal its report', async () => {
      // Eleven more conversions, of members of every township, alone and jointly (the demo county had more than ten).
      const { own, other, third } = county.members;
      const proposers = [...own, ...other, ...third].slice(0, 11).map((lead, i, all) => ({
        lead,
        coSignerIds: i % 3 === 2 ? [all[(i + 1) % all.length]] : [],
      }));
      for (const [i, { lead, coSignerIds }] of proposers.entries()) {
        const { submitProposal: p } = await api().ok(SUBMIT, {
          input: {
            title: `转社情批量提案${i + 1}`,
            content: '建议。',
            category: 'OTHER',
            proposerKind: coSignerIds.length ? 'JOINT' : 'MEMBER',
            leadMemberId: lead,
            coSignerIds,
            submittedOn: '2026-01-12',
          },
        });
        await api().ok(REVIEW, { id: p.id, input: { decision: 'CONVERT', reviewedOn: '2026-02-05' } });
      }
      const [row] = await api().server.db.query(
        `SELECT COUNT(*) AS n FROM proposal p LEFT JOIN opinion_report r ON r.id = p.opinionReportId AND r.sourceProposalId = p.id WHERE p.status = 'CONVERTED' AND r.id IS NULL`,
      );
      expect(Number(row.n)).toBe(0);
      const [converted] = await api().server.db.query(`SELECT COUNT(*) AS n FROM proposal WHERE status = 'CONVERTED'`);
      expect(Number(converted.n)).toBeGreaterThanOrEqual(proposers.length);
    });
  },
  { demo: false },
);
