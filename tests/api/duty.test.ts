import { beforeAll, expect, it } from 'vitest';
import { Proposal, ProposalSigner } from '@cppcc/server/src/proposals/proposal.entity';
import { describeOnDatabases, type Client } from '../support/api';
import { buildYearOfRecords } from '../support/builders-b';
import { buildSmallCounty, type SmallCounty } from '../support/small-county';
import { expectError, expectRefused, membersOf, newMember, statements, type DemoMember } from './work-records-fixtures';

const RULE_SET = `query($y: Int!) { dutyRuleSet(year: $y) { year isDefault rules { key label minCount points } } }`;
const SET_RULES = `mutation($y: Int!, $rules: [DutyRuleSpecInput!]!) { setDutyRules(year: $y, rules: $rules) { year isDefault rules { key minCount points description } } }`;
const REPORT_FIELDS = `id version memberId year submittedOn title member { id }`;
const CREATE_REPORT = `mutation($input: DutyReportInput!) { createDutyReport(input: $input) { ${REPORT_FIELDS} } }`;
const UPDATE_REPORT = `mutation($id: ID!, $input: DutyReportPatch!) { updateDutyReport(id: $id, input: $input) { ${REPORT_FIELDS} } }`;
const DELETE_REPORT = `mutation($id: ID!) { deleteDutyReport(id: $id) }`;
const GET_REPORT = `query($id: ID!) { dutyReport(id: $id) { ${REPORT_FIELDS} } }`;
const RECORD = `query($m: ID!, $y: Int!) { memberDutyRecord(memberId: $m, year: $y) {
  memberId year allMet points missed defaultRules
  counts { proposals opinionReports researchOrInspections dutyReports plenaryAttendances }
  outcomes { key label minCount actual met points } } }`;

const FOUR_ONES = ['PROPOSAL', 'OPINION_REPORT', 'RESEARCH_OR_INSPECTION', 'DUTY_REPORT', 'PLENARY_ATTENDANCE'];

describeOnDatabases(
  'duty rules, duty reports and members’ duty records',
  (api) => {
    let county: SmallCounty;
    let own: DemoMember[];
    let other: DemoMember[];
    let officer: Client;

    beforeAll(async () => {
      county = await buildSmallCounty(api());
      ({ own, other } = await membersOf(api()));
      officer = await api().as('officer');
    });

    it('falls back to the county’s 四个一 for a year without rules, and replaces a year’s rules as a whole', async () => {
      const defaults = (await api().ok(RULE_SET, { y: 2050 })).dutyRuleSet;
      expect(defaults).toMatchObject({ year: 2050, isDefault: true });
      expect(defaults.rules.map((r: { key: string }) => r.key)).toEqual(FOUR_ONES);
      for (const r of defaults.rules) expect(r).toMatchObject({ minCount: 1, points: 10 });
      expect(defaults.rules[0].label).toBe('提交提案');

      const rules = [
        { key: 'PLENARY_ATTENDANCE', minCount: 1, points: 5 },
        { key: 'PROPOSAL', minCount: 2, points: 20, description: '每年至少两件提案' },
      ];
      const set = (await api().ok(SET_RULES, { y: 2050, rules })).setDutyRules;
      expect(set).toMatchObject({
        isDefault: false,
        rules: [
          { key: 'PROPOSAL', minCount: 2, points: 20, description: '每年至少两件提案' },
          { key: 'PLENARY_ATTENDANCE', minCount: 1, points: 5 },
        ],
      });
      expect((await api().ok(RULE_SET, { y: 2050 })).dutyRuleSet.isDefault).toBe(false);
      const stored = await api().ok(
        `{ dutyRules(filter: { year: 2050 }, sort: [{ field: KEY }]) { totalCount nodes { key } } }`,
      );
      expect(stored.dutyRules.totalCount).toBe(2);
      const audit = await api().ok(
        `{ auditEntries(filter: { entityType: "DutyRule", action: "SET_DUTY_RULES", entityId: "2050" }) { totalCount } }`,
      );
      expect(audit.auditEntries.totalCount).toBe(1);

      const snapshot = () => api().ok(RULE_SET, { y: 2050 });
      const refuse = (r: unknown[], field: string) =>
        expectRefused(
          api(),
          api(),
          { query: SET_RULES, variables: { y: 2050, rules: r } },
          { code: 'BAD_USER_INPUT', field, tables: ['duty_rule'], reread: snapshot },
        );
      await refuse([{ key: 'PROPOSAL', minCount: -1, points: 10 }], 'rules[0].minCount');
      await refuse([{ key: 'PROPOSAL', minCount: 1, points: -10 }], 'rules[0].points');
      await refuse(
        [
          { key: 'PROPOSAL', minCount: 1, points: 10 },
          { key: 'PROPOSAL', minCount: 2, points: 10 },
        ],
        'rules[1].key',
      );
      await refuse([], 'rules');
      await expectRefused(
        api(),
        officer,
        { query: SET_RULES, variables: { y: 2050, rules } },
        { code: 'FORBIDDEN', tables: ['duty_rule'], reread: snapshot },
      );
    });

    it('edits single stored rules, one per key and year', async () => {
      const CREATE = `mutation($input: DutyRuleInput!) { createDutyRule(input: $input) { id key minCount points version } }`;
      const { createDutyRule: r } = await api().ok(CREATE, {
        input: { year: 2052, key: 'DUTY_REPORT', minCount: 1, points: 15 },
      });
      await expectRefused(
        api(),
        api(),
        { query: CREATE, variables: { input: { year: 2052, key: 'DUTY_REPORT', minCount: 1, points: 15 } } },
        { code: 'BAD_USER_INPUT', field: 'input.key', tables: ['duty_rule'] },
      );
      await expectRefused(
        api(),
        api(),
        { query: CREATE, variables: { input: { year: 2052, key: 'PROPOSAL', minCount: -2, points: 15 } } },
        { code: 'BAD_USER_INPUT', field: 'input.minCount', tables: ['duty_rule'] },
      );
      const { updateDutyRule: u } = await api().ok(
        `mutation($id: ID!) { updateDutyRule(id: $id, input: { points: 25 }) { points version } }`,
        { id: r.id },
      );
      expect(u).toEqual({ points: 25, version: 2 });
      expect((await api().ok(RULE_SET, { y: 2052 })).dutyRuleSet).toMatchObject({
        isDefault: false,
        rules: [{ key: 'DUTY_REPORT', points: 25 }],
      });
      expect((await api().ok(`mutation($id: ID!) { deleteDutyRule(id: $id) }`, { id: r.id })).deleteDutyRule).toBe(
        true,
      );
      expect((await api().ok(RULE_SET, { y: 2052 })).dutyRuleSet.isDefault).toBe(true);
    });

    it('keeps duty reports (述职报告) by member and year, one each', async () => {
      const { createDutyReport: d } = await api().ok(CREATE_REPORT, {
        input: { memberId: own[0].id, year: 2053, submittedOn: '2054-01-10', title: '2053年度履职报告' },
      });
      expect(d).toMatchObject({ memberId: own[0].id, year: 2053, member: { id: own[0].id }, version: 1 });
      const refuse = (input: Record<string, unknown>, field: string) =>
        expectRefused(
          api(),
          api(),
          { query: CREATE_REPORT, variables: { input } },
          { code: 'BAD_USER_INPUT', field, tables: ['duty_report'] },
        );
      await refuse({ memberId: own[0].id, year: 2053, submittedOn: '2054-02-01' }, 'input.year');
      await refuse({ memberId: own[1].id, year: 2053, submittedOn: '2052-12-31' }, 'input.submittedOn');
      await refuse({ memberId: '99999', year: 2053, submittedOn: '2054-01-10' }, 'input.memberId');
      const { updateDutyReport: u } = await api().ok(UPDATE_REPORT, { id: d.id, input: { title: '修订' } });
      expect(u).toMatchObject({ title: '修订', version: 2 });
      const list = await api().ok(
        `query($m: ID!) { dutyReports(filter: { memberId: $m, year: 2053 }) { totalCount } byTownship: dutyReports(filter: { townshipId: "1", year: 2053 }) { totalCount } }`,
        { m: own[0].id },
      );
      expect(list).toEqual({ dutyReports: { totalCount: 1 }, byTownship: { totalCount: 1 } });
      expect((await api().ok(DELETE_REPORT, { id: d.id })).deleteDutyReport).toBe(true);
    });

    it('confines an officer to their own members’ duty reports', async () => {
      const { createDutyReport: mine } = await officer.ok(CREATE_REPORT, {
        input: { memberId: own[1].id, year: 2055, submittedOn: '2055-12-20' },
      });
      const { createDutyReport: theirs } = await api().ok(CREATE_REPORT, {
        input: { memberId: other[0].id, year: 2055, submittedOn: '2055-12-20' },
      });
      expect((await officer.ok(GET_REPORT, { id: theirs.id })).dutyReport).toBeNull();
      expect((await officer.ok(GET_REPORT, { id: mine.id })).dutyReport.memberId).toBe(own[1].id);
      expect(
        (await officer.ok(`{ dutyReports(filter: { townshipId: "2" }) { totalCount } }`)).dutyReports.totalCount,
      ).toBe(0);
      const listed = await officer.ok(`{ dutyReports(page: { limit: 500 }) { nodes { member { townshipId } } } }`);
      expect(
        new Set(listed.dutyReports.nodes.map((n: { member: { townshipId: string } }) => n.member.townshipId)),
      ).toEqual(new Set(['1']));
      const T = ['duty_report'];
      await expectRefused(
        api(),
        officer,
        {
          query: CREATE_REPORT,
          variables: { input: { memberId: other[1].id, year: 2055, submittedOn: '2055-12-20' } },
        },
        { code: 'BAD_USER_INPUT', field: 'input.memberId', tables: T },
      );
      await expectRefused(
        api(),
        officer,
        { query: UPDATE_REPORT, variables: { id: mine.id, input: { memberId: other[1].id } } },
        {
          code: 'BAD_USER_INPUT',
          field: 'input.memberId',
          tables: T,
          reread: () => api().ok(GET_REPORT, { id: mine.id }),
        },
      );
      await expectRefused(
        api(),
        officer,
        { query: UPDATE_REPORT, variables: { id: theirs.id, input: { title: '越权' } } },
        { code: 'FORBIDDEN', tables: T, reread: () => api().ok(GET_REPORT, { id: theirs.id }) },
      );
      await expectRefused(
        api(),
        officer,
        { query: DELETE_REPORT, variables: { id: theirs.id } },
        { code: 'FORBIDDEN', tables: T },
      );
      expect((await officer.ok(DELETE_REPORT, { id: mine.id })).deleteDutyReport).toBe(true);
    });

    it('counts a member’s duties of the year from the records and checks them against the rules', async () => {
      const YEAR = 2056;
      const m = await newMember(api(), '1', '履职统计委员');
      const db = api().server.db;
      const proposal = async (year: number, leadMemberId: string, serialNo: number) => {
        const { identifiers } = await db.getRepository(Proposal).insert({
          year,
          serialNo,
          title: `履职统计提案${serialNo}`,
          category: 'OTHER' as never,
          proposerKind: 'JOINT' as never,
          leadMemberId: Number(leadMemberId),
          townshipId: 1,
          status: 'ACCEPTED' as never,
          reviewDecision: 'ACCEPTED' as never,
          submittedOn: `${year}-01-08`,
        });
        return Number(identifiers[0].id);
      };
      const led = await proposal(YEAR, m.id, 9001);
      await db.getRepository(ProposalSigner).insert({ proposalId: led, memberId: Number(m.id), isLead: true });
      const coSigned = await proposal(YEAR, own[0].id, 9002);
      await db.getRepository(ProposalSigner).insert([
        { proposalId: coSigned, memberId: Number(own[0].id), isLead: true },
        { proposalId: coSigned, memberId: Number(m.id), isLead: false },
      ]);
      await proposal(YEAR - 1, m.id, 9003); // another year
      const createReport = (submittedOn: string, submitterIds: string[]) =>
        api().ok(`mutation($input: OpinionReportInput!) { createOpinionReport(input: $input) { id } }`, {
          input: { title: '履职统计社情', submittedOn, townshipId: '1', submitterIds },
        });
      await createReport(`${YEAR}-03-01`, [m.id, own[0].id]);
      await createReport(`${YEAR - 1}-03-01`, [m.id]);
      const activity = (kind: string, attendance: string, extra: Record<string, unknown> = {}) =>
        api().ok(`mutation($input: ActivityInput!) { createActivity(input: $input) { id } }`, {
          input: {
            kind,
            title: '履职统计活动',
            heldOn: `${YEAR}-06-01`,
            townshipId: '1',
            participants: [{ memberId: m.id, attendance }],
            ...extra,
          },
        });
      await activity('RESEARCH', 'PRESENT', { reportTitle: '关于产业发展的调研报告' });
      await activity('RESEARCH', 'PRESENT', { heldOn: `${YEAR}-07-01` }); // no report: not counted, as researchReports does not count it
      await activity('INSPECTION', 'PRESENT', { townshipId: null });
      await activity('INSPECTION', 'EXCUSED');
      await activity('MEETING', 'PRESENT', { townshipId: null, meetingKind: 'PLENARY' });
      await activity('MEETING', 'ABSENT', { townshipId: null, meetingKind: 'PLENARY', heldOn: `${YEAR}-01-05` });
      await activity('MEETING', 'PRESENT', { meetingKind: 'REGULAR' });
      await api().ok(CREATE_REPORT, { input: { memberId: m.id, year: YEAR, submittedOn: `${YEAR + 1}-01-15` } });

      const record = (await api().ok(RECORD, { m: m.id, y: YEAR })).memberDutyRecord;
      expect(record.counts).toEqual({
        proposals: 2,
        opinionReports: 1,
        researchOrInspections: 2,
        dutyReports: 1,
        plenaryAttendances: 1,
      });
      expect(record).toMatchObject({
        memberId: m.id,
        year: YEAR,
        allMet: true,
        points: 50,
        missed: [],
        defaultRules: true,
      });
      expect(
        record.outcomes.map((o: { key: string; actual: number; met: boolean }) => [o.key, o.actual, o.met]),
      ).toEqual([
        ['PROPOSAL', 2, true],
        ['OPINION_REPORT', 1, true],
        ['RESEARCH_OR_INSPECTION', 2, true],
        ['DUTY_REPORT', 1, true],
        ['PLENARY_ATTENDANCE', 1, true],
      ]);

      await api().ok(SET_RULES, {
        y: YEAR,
        rules: [
          { key: 'PROPOSAL', minCount: 3, points: 20 },
          { key: 'PLENARY_ATTENDANCE', minCount: 1, points: 5 },
        ],
      });
      const strict = await api().ok(
        `query($ids: [ID!]) { members(filter: { ids: $ids }) { nodes { duty(year: ${YEAR}) { allMet points missed defaultRules outcomes { key met points } } } } }`,
        { ids: [m.id] },
      );
      expect(strict.members.nodes[0].duty).toEqual({
        allMet: false,
        points: 5,
        missed: ['PROPOSAL'],
        defaultRules: false,
        outcomes: [
          { key: 'PROPOSAL', met: false, points: 0 },
          { key: 'PLENARY_ATTENDANCE', met: true, points: 5 },
        ],
      });
      const empty = (await api().ok(RECORD, { m: m.id, y: YEAR + 10 })).memberDutyRecord;
      expect(empty).toMatchObject({ allMet: false, points: 0, missed: FOUR_ONES });

      expect((await officer.ok(RECORD, { m: other[0].id, y: YEAR })).memberDutyRecord).toBeNull();
      expect((await officer.ok(RECORD, { m: m.id, y: YEAR })).memberDutyRecord.points).toBe(5);
      expect((await api().ok(RECORD, { m: '99999', y: YEAR })).memberDutyRecord).toBeNull();
      expectError(await api().gql(RECORD, { m: m.id, y: 'x' }), 'BAD_USER_INPUT');
    });

    it('aggregates duty for a list of members in a constant number of statements', async () => {
      await buildYearOfRecords(api(), county, 2024);
      const query = `query($n: Int!) { members(page: { limit: $n }) { nodes { name duty(year: 2024) { points allMet counts { proposals plenaryAttendances } } } } }`;
      const small = await statements(api(), query, { n: 5 });
      const large = await statements(api(), query, { n: 200 });
      expect(large.data.members.nodes.length).toBeGreaterThan(10);
      // count + page + four GROUP BY counts + the year's rules
      expect(small.count).toBeLessThanOrEqual(7);
      expect(large.count).toBe(small.count);
      expect(
        large.data.members.nodes.some((n: { duty: { counts: { proposals: number } } }) => n.duty.counts.proposals > 0),
      ).toBe(true);
      expect(
        large.data.members.nodes.some(
          (n: { duty: { counts: { plenaryAttendances: number } } }) => n.duty.counts.plenaryAttendances > 0,
        ),
      ).toBe(true);
    });
  },
  { demo: false },
);
