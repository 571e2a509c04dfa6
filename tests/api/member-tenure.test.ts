import { beforeAll, expect, it } from 'vitest';
import { describeOnDatabases, type Client } from '../support/api';
import { buildSmallCounty, type SmallCounty } from '../support/small-county';

// A member's tenure is dated history: a year's figures count a member in the township where they
// were organised that year, so an edit today never changes a past year (docs/metrics.md, Attribution).

const COMPARE = `query($y: Int!) { townshipComparison(year: $y, metrics: ["activeMembers", "proposalsSubmitted", "studySessions", "memberParticipationRate"]) {
  rows { townshipId values { key value } } } }`;
const TRANSFER = `mutation($id: ID!, $input: TransferMemberInput!, $v: Int) { transferMember(id: $id, input: $input, expectedVersion: $v) {
  id townshipId version tenures { townshipId startsOn endsOn endReason } } }`;
const STATUS = `mutation($id: ID!, $input: MemberStatusChangeInput!) { changeMemberStatus(id: $id, input: $input) { id status leftOn leaveReason version } }`;
const REAPPOINT = `mutation($id: ID!, $input: ReappointMemberInput!) { reappointMember(id: $id, input: $input) { id term status terms { term startsOn } } }`;
const MEMBER = `query($id: ID!) { member(id: $id) { id townshipId status term version needsDetails tenures { townshipId startsOn endsOn endReason endNote } terms { term startsOn } } }`;

type Figures = Record<string, Record<string, number | null>>;

async function figures(admin: Client, year: number): Promise<Figures> {
  const data = await admin.ok(COMPARE, { y: year });
  const out: Figures = {};
  for (const row of data.townshipComparison.rows as { townshipId: string; values: { key: string; value: number }[] }[])
    out[row.townshipId] = Object.fromEntries(row.values.map((v) => [v.key, v.value]));
  return out;
}

const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;
const field = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.field;

describeOnDatabases(
  'member tenure history',
  (api) => {
    let county: SmallCounty;
    let moved: string;
    const own = () => county.townships.own;
    const other = () => county.townships.other;

    beforeAll(async () => {
      county = await buildSmallCounty(api());
      moved = county.members.own[1];
      // Work of the member before and after a transfer in mid-2023.
      const activity = (heldOn: string, townshipId: string) =>
        api().ok(`mutation($input: ActivityInput!) { createActivity(input: $input) { id } }`, {
          input: {
            kind: 'STUDY',
            title: `集中学习 ${heldOn}`,
            heldOn,
            townshipId,
            participants: [{ memberId: moved, attendance: 'PRESENT' }],
          },
        });
      await activity('2022-05-10', own());
      await activity('2024-05-10', other());
      await api().ok(TRANSFER, {
        id: moved,
        input: { townshipId: other(), effectiveOn: '2023-07-01', note: '工作调动' },
      });
    });

    it('keeps a transferred member’s earlier years with the old township and later ones with the new', async () => {
      const member = (await api().ok(MEMBER, { id: moved })).member;
      expect(member.townshipId).toBe(other());
      expect(member.tenures).toEqual([
        {
          townshipId: own(),
          startsOn: '2021-01-10',
          endsOn: '2023-06-30',
          endReason: 'TRANSFERRED',
          endNote: '工作调动',
        },
        { townshipId: other(), startsOn: '2023-07-01', endsOn: null, endReason: null, endNote: null },
      ]);
      const y2022 = await figures(api(), 2022);
      expect([y2022[own()].activeMembers, y2022[other()].activeMembers]).toEqual([6, 6]);
      expect(y2022[own()].studySessions).toBe(1);
      // Every member of township 1 in 2022 was present at something only through the moved member.
      expect(y2022[own()].memberParticipationRate).toBeCloseTo(1 / 6, 6);
      // 2023: counted where they ended the year.
      const y2023 = await figures(api(), 2023);
      expect([y2023[own()].activeMembers, y2023[other()].activeMembers]).toEqual([5, 7]);
      const y2024 = await figures(api(), 2024);
      expect([y2024[own()].activeMembers, y2024[other()].activeMembers]).toEqual([5, 7]);
      expect(y2024[other()].memberParticipationRate).toBeCloseTo(1 / 7, 6);
      expect(y2024[own()].memberParticipationRate).toBe(0);
    });

    it('gives the member’s duty to the township of each year', async () => {
      const duty = async (year: number) =>
        (
          await api().ok(`query($y: Int!) { memberDuty(year: $y) { memberId townshipId } }`, { y: year })
        ).memberDuty.find((d: { memberId: string }) => d.memberId === moved);
      expect((await duty(2022)).townshipId).toBe(own());
      expect((await duty(2024)).townshipId).toBe(other());
    });

    it('attributes a proposal to the lead’s township on the day it was submitted', async () => {
      const submit = (submittedOn: string) =>
        api().ok(`mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id townshipId year } }`, {
          input: {
            title: `关于乡村道路养护的建议 ${submittedOn}`,
            category: 'URBAN_RURAL',
            proposerKind: 'MEMBER',
            leadMemberId: moved,
            submittedOn,
          },
        });
      const before = (await submit('2023-03-01')).submitProposal;
      const after = (await submit('2024-03-01')).submitProposal;
      expect([before.townshipId, before.year]).toEqual([own(), 2023]);
      expect([after.townshipId, after.year]).toEqual([other(), 2024]);
    });

    it('does not change 2021–2025 when a member joins in 2026', async () => {
      const years = [2021, 2022, 2023, 2024, 2025];
      const before = await Promise.all(years.map((y) => figures(api(), y)));
      const { createMember } = await api().ok(
        `mutation($input: MemberInput!) { createMember(input: $input) { id status needsDetails } }`,
        {
          input: {
            name: '新任委员',
            gender: 'FEMALE',
            affiliation: 'NON_PARTY',
            sectorId: county.sectors[0],
            townshipId: own(),
            kind: 'COUNTY_MEMBER',
            term: '第十一届',
            joinedOn: '2026-02-01',
          },
        },
      );
      expect(createMember).toMatchObject({ status: 'ACTIVE', needsDetails: false });
      expect(await Promise.all(years.map((y) => figures(api(), y)))).toEqual(before);
      expect((await figures(api(), 2026))[own()].activeMembers).toBe(6);
    });

    it('refuses a new member without a joining date, naming the field', async () => {
      const res = await api().gql(`mutation($input: MemberInput!) { createMember(input: $input) { id } }`, {
        input: {
          name: '无日期委员',
          gender: 'MALE',
          affiliation: 'CPC',
          sectorId: county.sectors[0],
          townshipId: own(),
          kind: 'COUNTY_MEMBER',
          term: '第十一届',
        },
      });
      expect([code(res), field(res)]).toEqual(['BAD_USER_INPUT', 'input.joinedOn']);
    });

    it('refuses 退出 without a date or a reason, and changes nothing', async () => {
      const id = county.members.other[2];
      const before = (await api().ok(MEMBER, { id })).member;
      const noDate = await api().gql(STATUS, { id, input: { status: 'WITHDRAWN', reason: '因病' } });
      expect([code(noDate), field(noDate)]).toEqual(['BAD_USER_INPUT', 'input.effectiveOn']);
      const noReason = await api().gql(STATUS, { id, input: { status: 'WITHDRAWN', effectiveOn: '2024-06-30' } });
      expect([code(noReason), field(noReason)]).toEqual(['BAD_USER_INPUT', 'input.reason']);
      expect((await api().ok(MEMBER, { id })).member).toEqual(before);
    });

    it('counts a withdrawn member up to the year they left', async () => {
      const id = county.members.other[3];
      const done = (
        await api().ok(STATUS, { id, input: { status: 'WITHDRAWN', effectiveOn: '2024-06-30', reason: '工作变动' } })
      ).changeMemberStatus;
      expect(done).toMatchObject({ status: 'WITHDRAWN', leftOn: '2024-06-30', leaveReason: '工作变动' });
      expect((await figures(api(), 2024))[other()].activeMembers).toBe(7);
      expect((await figures(api(), 2025))[other()].activeMembers).toBe(6);
    });

    it('keeps both terms on re-appointment and reopens a member whose term had ended', async () => {
      const id = county.members.third[0];
      await api().ok(STATUS, { id, input: { status: 'TERM_ENDED', effectiveOn: '2025-12-27' } });
      const again = (await api().ok(REAPPOINT, { id, input: { term: '第十二届', startsOn: '2025-12-28' } }))
        .reappointMember;
      expect(again).toMatchObject({
        term: '第十二届',
        status: 'ACTIVE',
        terms: [
          { term: '第十一届', startsOn: '2021-01-10' },
          { term: '第十二届', startsOn: '2025-12-28' },
        ],
      });
      const twice = await api().gql(REAPPOINT, { id, input: { term: '第十二届', startsOn: '2026-01-01' } });
      expect([code(twice), field(twice)]).toEqual(['BAD_USER_INPUT', 'input.term']);
    });

    it('changes township, status and term only through the dated verbs', async () => {
      const id = county.members.own[2];
      const update = `mutation($id: ID!, $input: MemberPatch!) { updateMember(id: $id, input: $input) { id } }`;
      for (const [key, value] of [
        ['townshipId', other()],
        ['status', 'REVOKED'],
        ['term', '第十二届'],
      ]) {
        const res = await api().gql(update, { id, input: { [key]: value } });
        expect([code(res), field(res)]).toEqual(['BAD_USER_INPUT', `input.${key}`]);
      }
      // The whole edit form sends them unchanged: that is no change.
      const member = (await api().ok(MEMBER, { id })).member;
      await api().ok(update, { id, input: { townshipId: member.townshipId, status: member.status, title: '主任' } });
    });

    it('lets only the county transfer, and an officer end their own township’s members', async () => {
      const officer = await api().as('officer');
      const res = await officer.gql(TRANSFER, {
        id: county.members.own[3],
        input: { townshipId: other(), effectiveOn: '2025-01-01' },
      });
      expect(code(res)).toBe('FORBIDDEN');
      const foreign = await officer.gql(STATUS, {
        id: county.members.other[4],
        input: { status: 'REVOKED', effectiveOn: '2025-01-01' },
      });
      expect(code(foreign)).toBe('FORBIDDEN');
      const ownEnd = await officer.ok(STATUS, {
        id: county.members.own[4],
        input: { status: 'REVOKED', effectiveOn: '2025-01-01' },
      });
      expect(ownEnd.changeMemberStatus.status).toBe('REVOKED');
    });

    it('refuses a transfer dated before the member joined, or to the same township, and a stale version', async () => {
      const id = county.members.own[5];
      const early = await api().gql(TRANSFER, { id, input: { townshipId: other(), effectiveOn: '2020-01-01' } });
      expect([code(early), field(early)]).toEqual(['BAD_USER_INPUT', 'input.effectiveOn']);
      const same = await api().gql(TRANSFER, { id, input: { townshipId: own(), effectiveOn: '2025-01-01' } });
      expect([code(same), field(same)]).toEqual(['BAD_USER_INPUT', 'input.townshipId']);
      const stale = await api().gql(TRANSFER, { id, input: { townshipId: other(), effectiveOn: '2025-01-01' }, v: 99 });
      expect(code(stale)).toBe('CONFLICT');
      expect((await api().ok(MEMBER, { id })).member.townshipId).toBe(own());
    });
  },
  { demo: false },
);
