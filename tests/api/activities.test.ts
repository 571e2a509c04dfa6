import { beforeAll, expect, it } from 'vitest';
import { describeOnDatabases, type Client } from '../support/api';
import { createEach } from '../support/builders-b';
import { buildSmallCounty } from '../support/small-county';
import { expectError, expectRefused, membersOf, newMember, statements, type DemoMember } from './work-records-fixtures';

const FIELDS = `id version kind title heldOn year townshipId meetingKind consultationScale suggestionsMade suggestionsAdopted donationYuan
  township { id name } participantCount presentCount participants { memberId attendance member { id name } }`;
const CREATE = `mutation($input: ActivityInput!) { createActivity(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: ActivityPatch!, $v: Int) { updateActivity(id: $id, input: $input, expectedVersion: $v) { ${FIELDS} } }`;
const DELETE = `mutation($id: ID!) { deleteActivity(id: $id) }`;
const GET = `query($id: ID!) { activity(id: $id) { ${FIELDS} } }`;
const ATTEND = `mutation($a: ID!, $m: ID!, $att: Attendance!) { setActivityAttendance(activityId: $a, memberId: $m, attendance: $att) { version presentCount participants { memberId attendance } } }`;
const TABLES = ['activity', 'activity_participant'];

const study = (over: Record<string, unknown> = {}) => ({
  kind: 'STUDY',
  title: '理论学习中心组集中学习',
  heldOn: '2030-03-12',
  townshipId: '1',
  ...over,
});

describeOnDatabases(
  'activities: records, participants and attendance',
  (api) => {
    let own: DemoMember[];
    let other: DemoMember[];
    let officer: Client;

    beforeAll(async () => {
      await buildSmallCounty(api());
      ({ own, other } = await membersOf(api()));
      officer = await api().as('officer');
    });

    it('creates, updates and deletes an activity with its participants, one audit entry each', async () => {
      const { createActivity: a } = await api().ok(CREATE, {
        input: study({
          kind: 'CONSULTATION',
          consultationScale: 'MICRO',
          title: '  田埂协商会  ',
          suggestionsMade: 5,
          suggestionsAdopted: 3,
          participants: [{ memberId: own[0].id }, { memberId: own[1].id, attendance: 'EXCUSED' }],
        }),
      });
      expect(a).toMatchObject({
        title: '田埂协商会',
        year: 2030,
        townshipId: '1',
        township: { id: '1' },
        version: 1,
        participantCount: 2,
        presentCount: 1,
        suggestionsMade: 5,
        suggestionsAdopted: 3,
        donationYuan: 0,
      });
      expect(a.participants).toEqual([
        { memberId: own[0].id, attendance: 'PRESENT', member: { id: own[0].id, name: own[0].name } },
        { memberId: own[1].id, attendance: 'EXCUSED', member: { id: own[1].id, name: own[1].name } },
      ]);
      const { updateActivity: u } = await api().ok(UPDATE, {
        id: a.id,
        v: 1,
        input: { heldOn: '2031-01-05', participants: [{ memberId: own[2].id, attendance: 'ABSENT' }] },
      });
      expect(u).toMatchObject({
        year: 2031,
        version: 2,
        participantCount: 1,
        presentCount: 0,
        participants: [{ memberId: own[2].id, attendance: 'ABSENT' }],
      });
      const stale = await api().gql(UPDATE, { id: a.id, v: 1, input: { title: '过期的修改' } });
      expectError(stale, 'CONFLICT');
      const audit = await api().ok(
        `query($e: String!) { auditEntries(filter: { entityType: "Activity", entityId: $e }) { nodes { action } } }`,
        { e: a.id },
      );
      expect(audit.auditEntries.nodes.map((n: { action: string }) => n.action)).toEqual(['CREATE', 'UPDATE']);
      expect((await api().ok(DELETE, { id: a.id })).deleteActivity).toBe(true);
      expect((await api().ok(GET, { id: a.id })).activity).toBeNull();
      const [left] = await api().server.db.query(
        `SELECT COUNT(*) AS n FROM activity_participant WHERE activityId = ${Number(a.id)}`,
      );
      expect(Number(left.n)).toBe(0);
    });

    it('keeps kind-specific fields: a meeting kind for meetings, a scale for consultations, donations for charity', async () => {
      const { createActivity: m } = await api().ok(CREATE, {
        input: study({ kind: 'MEETING', meetingKind: 'PLENARY', title: '全体委员会议' }),
      });
      expect(m).toMatchObject({ kind: 'MEETING', meetingKind: 'PLENARY', consultationScale: null });
      const { createActivity: c } = await api().ok(CREATE, {
        input: study({ kind: 'CHARITY', title: '结对帮扶慰问', donationYuan: 12000 }),
      });
      expect(c.donationYuan).toBe(12000);
      // Changing the kind away from MEETING means clearing the meeting kind.
      await expectRefused(
        api(),
        api(),
        { query: UPDATE, variables: { id: m.id, input: { kind: 'STUDY' } } },
        {
          code: 'BAD_USER_INPUT',
          field: 'input.meetingKind',
          tables: TABLES,
          reread: () => api().ok(GET, { id: m.id }),
        },
      );
      expect(
        (await api().ok(UPDATE, { id: m.id, input: { kind: 'STUDY', meetingKind: null } })).updateActivity,
      ).toMatchObject({ kind: 'STUDY', meetingKind: null, version: 2 });
    });

    it('refuses bad input naming the field, storing nothing and auditing nothing', async () => {
      const refuse = (input: Record<string, unknown>, field: string) =>
        expectRefused(
          api(),
          api(),
          { query: CREATE, variables: { input } },
          { code: 'BAD_USER_INPUT', field, tables: TABLES },
        );
      await refuse(study({ donationYuan: -500, participants: [{ memberId: own[0].id }] }), 'input.donationYuan');
      await refuse(study({ kind: 'MEETING' }), 'input.meetingKind');
      await refuse(study({ kind: 'CONSULTATION' }), 'input.consultationScale');
      await refuse(
        study({ kind: 'INSPECTION', suggestionsMade: 2, suggestionsAdopted: 3 }),
        'input.suggestionsAdopted',
      );
      await refuse(study({ peopleReached: -1 }), 'input.peopleReached');
      await refuse(study({ title: '  ' }), 'input.title');
      await refuse(study({ townshipId: '99999' }), 'input.townshipId');
      await refuse(
        study({ participants: [{ memberId: own[0].id }, { memberId: own[0].id }] }),
        'input.participants[1].memberId',
      );
      await refuse(study({ participants: [{ memberId: '99999' }] }), 'input.participants[0].memberId');
      const withdrawn = await newMember(api(), '1', '退出委员', 'WITHDRAWN');
      await refuse(
        study({ participants: [{ memberId: own[0].id }, { memberId: withdrawn.id }] }),
        'input.participants[1].memberId',
      );
      const archived = await newMember(api(), '1', '归档委员');
      await api().ok(`mutation($id: ID!) { deleteMember(id: $id) }`, { id: archived.id });
      await refuse(study({ participants: [{ memberId: archived.id }] }), 'input.participants[0].memberId');
      // An update refused on its participants leaves the activity and its list as they were.
      const { createActivity: a } = await api().ok(CREATE, {
        input: study({ participants: [{ memberId: own[0].id }] }),
      });
      await expectRefused(
        api(),
        api(),
        { query: UPDATE, variables: { id: a.id, input: { title: '改名', participants: [{ memberId: '99999' }] } } },
        {
          code: 'BAD_USER_INPUT',
          field: 'input.participants[0].memberId',
          tables: TABLES,
          reread: () => api().ok(GET, { id: a.id }),
        },
      );
    });

    it('records attendance of participants only', async () => {
      const { createActivity: a } = await api().ok(CREATE, {
        input: study({ participants: [{ memberId: own[0].id, attendance: 'ABSENT' }, { memberId: own[1].id }] }),
      });
      const { setActivityAttendance: s } = await api().ok(ATTEND, { a: a.id, m: own[0].id, att: 'PRESENT' });
      expect(s).toMatchObject({ version: 2, presentCount: 2 });
      const audit = await api().ok(
        `query($e: String!) { auditEntries(filter: { entityType: "Activity", entityId: $e, action: "SET_ATTENDANCE" }) { nodes { before after } } }`,
        { e: a.id },
      );
      expect(JSON.parse(audit.auditEntries.nodes[0].before).participant).toEqual({
        memberId: Number(own[0].id),
        attendance: 'ABSENT',
      });
      expect(JSON.parse(audit.auditEntries.nodes[0].after).participant).toEqual({
        memberId: Number(own[0].id),
        attendance: 'PRESENT',
      });
      await expectRefused(
        api(),
        api(),
        { query: ATTEND, variables: { a: a.id, m: own[3].id, att: 'PRESENT' } },
        { code: 'BAD_USER_INPUT', field: 'memberId', tables: TABLES, reread: () => api().ok(GET, { id: a.id }) },
      );
      expectError(await api().gql(ATTEND, { a: '99999', m: own[0].id, att: 'PRESENT' }), 'NOT_FOUND');
    });

    it('lets only the county admin organise county activities', async () => {
      const { createActivity: county } = await api().ok(CREATE, {
        input: study({ townshipId: null, title: '县政协全体会议', kind: 'MEETING', meetingKind: 'PLENARY' }),
      });
      expect(county).toMatchObject({ townshipId: null, township: null });
      await expectRefused(
        api(),
        officer,
        { query: CREATE, variables: { input: study({ townshipId: null }) } },
        { code: 'FORBIDDEN', tables: TABLES },
      );
      await expectRefused(
        api(),
        officer,
        { query: CREATE, variables: { input: study({ townshipId: undefined }) } },
        { code: 'FORBIDDEN', tables: TABLES },
      );
    });

    it('confines an officer to their township: reads, filters, writes and participants', async () => {
      const { createActivity: mine } = await officer.ok(CREATE, {
        input: study({ title: '本镇学习', participants: [{ memberId: own[0].id }] }),
      });
      expect(mine.townshipId).toBe('1');
      const { createActivity: theirs } = await api().ok(CREATE, {
        input: study({ townshipId: '2', title: '外镇学习', participants: [{ memberId: other[0].id }] }),
      });
      // reads
      expect((await officer.ok(GET, { id: theirs.id })).activity).toBeNull();
      expect(
        (await officer.ok(`{ activities(filter: { townshipId: "2" }) { totalCount nodes { id } } }`)).activities,
      ).toEqual({ totalCount: 0, nodes: [] });
      const listed = await officer.ok(
        `{ activities(page: { limit: 500 }, filter: { year: 2030 }) { nodes { townshipId } } }`,
      );
      expect(new Set(listed.activities.nodes.map((n: { townshipId: string | null }) => n.townshipId))).toEqual(
        new Set(['1']),
      );
      // writes
      await expectRefused(
        api(),
        officer,
        { query: UPDATE, variables: { id: mine.id, input: { townshipId: '2' } } },
        { code: 'FORBIDDEN', tables: TABLES, reread: () => api().ok(GET, { id: mine.id }) },
      );
      await expectRefused(
        api(),
        officer,
        { query: UPDATE, variables: { id: theirs.id, input: { title: '越权修改' } } },
        { code: 'FORBIDDEN', tables: TABLES, reread: () => api().ok(GET, { id: theirs.id }) },
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
        { query: ATTEND, variables: { a: theirs.id, m: other[0].id, att: 'ABSENT' } },
        { code: 'FORBIDDEN', tables: TABLES },
      );
      // another township's member, whether on create or update: refused as "not found or not yours"
      await expectRefused(
        api(),
        officer,
        {
          query: CREATE,
          variables: { input: study({ participants: [{ memberId: own[1].id }, { memberId: other[1].id }] }) },
        },
        { code: 'BAD_USER_INPUT', field: 'input.participants[1].memberId', tables: TABLES },
      );
      await expectRefused(
        api(),
        officer,
        { query: UPDATE, variables: { id: mine.id, input: { participants: [{ memberId: other[1].id }] } } },
        {
          code: 'BAD_USER_INPUT',
          field: 'input.participants[0].memberId',
          tables: TABLES,
          reread: () => api().ok(GET, { id: mine.id }),
        },
      );
      const ok = await officer.ok(UPDATE, {
        id: mine.id,
        input: { participants: [{ memberId: own[0].id, attendance: 'EXCUSED' }, { memberId: own[1].id }] },
      });
      expect(ok.updateActivity).toMatchObject({ participantCount: 2, presentCount: 1 });
      expect((await officer.ok(DELETE, { id: mine.id })).deleteActivity).toBe(true);
    });

    it('shows an officer the county activities their members attended, with their own members only', async () => {
      const { createActivity: attended } = await api().ok(CREATE, {
        input: study({
          townshipId: null,
          kind: 'MEETING',
          meetingKind: 'PLENARY',
          title: '县政协十一届三次全体会议',
          participants: [{ memberId: own[0].id }, { memberId: other[0].id }],
        }),
      });
      const { createActivity: notAttended } = await api().ok(CREATE, {
        input: study({ townshipId: null, title: '县政协常委学习', participants: [{ memberId: other[1].id }] }),
      });
      const seen = (await officer.ok(GET, { id: attended.id })).activity;
      expect(seen.participants).toEqual([
        { memberId: own[0].id, attendance: 'PRESENT', member: { id: own[0].id, name: own[0].name } },
      ]);
      expect((await officer.ok(GET, { id: notAttended.id })).activity).toBeNull();
      const county = await officer.ok(
        `{ activities(filter: { county: true }, page: { limit: 500 }) { nodes { id } } }`,
      );
      const ids = county.activities.nodes.map((n: { id: string }) => n.id);
      expect(ids).toContain(attended.id);
      expect(ids).not.toContain(notAttended.id);
    });

    it('filters by kind, year, township, county, dates, member and text', async () => {
      const member = await newMember(api(), '1', '筛选委员');
      const make = (over: Record<string, unknown>) =>
        api()
          .ok(CREATE, { input: study({ title: '筛选测试活动', ...over }) })
          .then((d) => d.createActivity.id as string);
      const a = await make({ heldOn: '2032-02-01', participants: [{ memberId: member.id }] });
      const b = await make({ heldOn: '2032-05-01', kind: 'INSPECTION' });
      const c = await make({ heldOn: '2032-08-01', townshipId: null });
      const ids = async (filter: Record<string, unknown>) =>
        (
          await api().ok(
            `query($f: ActivityFilter) { activities(filter: $f, page: { limit: 500 }) { totalCount nodes { id } } }`,
            { f: { q: '筛选测试', ...filter } },
          )
        ).activities.nodes.map((n: { id: string }) => n.id);
      expect(await ids({ year: 2032 })).toEqual([a, b, c]);
      expect(await ids({ kind: 'INSPECTION' })).toEqual([b]);
      expect(await ids({ townshipId: '1', year: 2032 })).toEqual([a, b]);
      expect(await ids({ county: true, year: 2032 })).toEqual([c]);
      expect(await ids({ county: false, year: 2032 })).toEqual([a, b]);
      expect(await ids({ from: '2032-05-01', to: '2032-08-01' })).toEqual([b, c]);
      expect(await ids({ memberId: member.id })).toEqual([a]);
      const sorted = await api().ok(
        `{ activities(filter: { q: "筛选测试" }, sort: [{ field: HELD_ON, order: DESC }]) { nodes { id } } }`,
      );
      expect(sorted.activities.nodes.map((n: { id: string }) => n.id)).toEqual([c, b, a]);
    });

    it('costs the same few statements for 5 and for 100 activities with nested participants', async () => {
      const query = `query($n: Int!) { activities(page: { limit: $n }) { totalCount nodes { title township { name } participantCount presentCount participants { attendance member { name township { name } } } } } }`;
      // Activities of both townships and of the county, with participants from each: more than a page of 5.
      await createEach(
        api(),
        'createActivity',
        'ActivityInput',
        Array.from({ length: 12 }, (_, i) => {
          const members = i % 3 === 2 ? [...own, ...other] : i % 3 ? other : own;
          return study({
            title: `批量活动${i}`,
            townshipId: i % 3 === 2 ? null : members[0].townshipId,
            participants: members.slice(0, 3).map((m, k) => ({ memberId: m.id, attendance: k ? 'PRESENT' : 'ABSENT' })),
          });
        }),
      );
      const { activities } = await api().ok(`{ activities { totalCount } }`);
      // Both pages short of the total, so that both count it (a short last page needs no COUNT).
      const small = await statements(api(), query, { n: 5 });
      const large = await statements(api(), query, { n: Math.min(100, activities.totalCount - 1) });
      expect(large.data.activities.nodes.length).toBeGreaterThan(5);
      expect(
        large.data.activities.nodes.filter((n: { participantCount: number }) => n.participantCount > 0).length,
      ).toBeGreaterThan(5);
      // count + page + townships + participants + members + members' townships
      expect(small.count).toBeLessThanOrEqual(6);
      expect(large.count).toBe(small.count);
    });
  },
  { demo: false },
);
