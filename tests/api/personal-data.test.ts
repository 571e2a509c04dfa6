import { beforeAll, expect, it } from 'vitest';
import { describeOnDatabases, type Client } from '../support/api';
import { buildCountyRecords } from '../support/county-records';
import { buildSmallCounty } from '../support/small-county';

// Personal fields (a member's phone and birth date, a unit contact's phone) are shown whole to
// county admins and to the officers of the member's own township; to leaders, handling units and
// API tokens they are masked, unless an admin issued the token with the personal-data permission.

const MOBILE = /1[3-9]\d{9}/;
const MASKED_MOBILE = /^1[3-9]\d\*{4}\d{4}$/;
const ISO_DATE = /\b(19|20)\d{2}-\d{2}-\d{2}\b/;

const CREATE_TOKEN = `mutation($input: ApiTokenInput!) { createApiToken(input: $input) { secret token { id personalData } } }`;
const MEMBER_FIELDS = 'id townshipId phone birthDate birthYear personalDataMasked';

interface MemberView {
  id: string;
  townshipId: string;
  phone: string | null;
  birthDate: string | null;
  birthYear: number | null;
  personalDataMasked: boolean;
}

/** What a handling unit may read of the places a member is nested in. */
const NESTED_FOR_UNITS = `
  proposals(page: { limit: 50 }) { nodes { leadMember { ${MEMBER_FIELDS} } coSigners { ${MEMBER_FIELDS} } } }
  handlingUnits(page: { limit: 100 }) { nodes { id contactPhone } }`;

/** Every place a member is nested in another record, in one document. */
const NESTED = `{ ${NESTED_FOR_UNITS}
  committees(page: { limit: 50 }) { nodes { members { member { ${MEMBER_FIELDS} } } } }
  activities(page: { limit: 50 }) { nodes { participants { member { ${MEMBER_FIELDS} } } } }
  opinionReports(page: { limit: 50 }) { nodes { submitters { ${MEMBER_FIELDS} } } }
  specialSupervisors(page: { limit: 50 }) { nodes { member { ${MEMBER_FIELDS} } } }
}`;

function expectMasked(m: MemberView, full: MemberView) {
  expect(m.personalDataMasked).toBe(true);
  expect(m.phone).toMatch(MASKED_MOBILE);
  expect(m.phone!.slice(0, 3) + m.phone!.slice(-4)).toBe(full.phone!.slice(0, 3) + full.phone!.slice(-4));
  expect(m.birthDate).toBeNull();
  expect(m.birthYear).toBe(Number(full.birthDate!.slice(0, 4)));
}

function expectFull(m: MemberView, full: MemberView) {
  expect(m).toEqual(full);
  expect(m.personalDataMasked).toBe(false);
  expect(m.phone).toMatch(MOBILE);
  expect(m.birthDate).toMatch(ISO_DATE);
}

/** On a county the suite builds, with members nested in a record of every kind (tests/support/county-records.ts). */
describeOnDatabases(
  'personal data is masked for callers without the right to it',
  (api) => {
    let own: MemberView; // a member of the officer's township, as the admin reads it
    let other: MemberView; // a member of another township
    let officerTownship: string;

    const member = async (client: Client, id: string) =>
      (await client.ok(`query($id: ID!) { member(id: $id) { ${MEMBER_FIELDS} } }`, { id })).member as MemberView;
    const memberList = async (client: Client, ids: string[]) =>
      (await client.ok(`query($ids: [ID!]) { members(filter: { ids: $ids }) { nodes { ${MEMBER_FIELDS} } } }`, { ids }))
        .members.nodes as MemberView[];
    const unitOfUnitUser = async () =>
      (await api().ok(`{ users(filter: { q: "unit" }) { nodes { username handlingUnitId } } }`)).users.nodes.find(
        (u: { username: string }) => u.username === 'unit',
      ).handlingUnitId as string;
    const token = async (input: Record<string, unknown>) =>
      (await api().ok(CREATE_TOKEN, { input })).createApiToken as {
        secret: string;
        token: { id: string; personalData: boolean };
      };

    beforeAll(async () => {
      await buildCountyRecords(api(), await buildSmallCounty(api()));
      const officer = await api().as('officer');
      const ownRow = (await officer.ok(`{ members(page: { limit: 1 }) { nodes { id townshipId } } }`)).members.nodes[0];
      officerTownship = ownRow.townshipId;
      own = await member(api(), ownRow.id);
      const all = (await api().ok(`{ members(page: { limit: 500 }) { nodes { ${MEMBER_FIELDS} } } }`)).members
        .nodes as MemberView[];
      other = all.find((m) => m.townshipId !== officerTownship && m.phone && m.birthDate)!;
      expect(own.phone).toMatch(MOBILE);
      expect(own.birthDate).toMatch(ISO_DATE);
      expect(other).toBeDefined();
    });

    it('shows full values to the admin and to the member’s own township officer', async () => {
      expectFull(own, own);
      expect(own.birthYear).toBe(Number(own.birthDate!.slice(0, 4)));
      const officer = await api().as('officer');
      expectFull(await member(officer, own.id), own);
      expectFull((await memberList(officer, [own.id]))[0], own);
    });

    it('masks phone and birth date for a leader, in lists and single reads', async () => {
      const leader = await api().as('leader');
      for (const full of [own, other]) {
        expectMasked(await member(leader, full.id), full);
        expectMasked((await memberList(leader, [full.id]))[0], full);
      }
    });

    it('masks them for an API token, and shows them to a token issued with the personal-data permission', async () => {
      const plain = api().withToken((await token({ name: '大屏（无个人信息）', role: 'API_CLIENT' })).secret);
      expectMasked(await member(plain, own.id), own);
      expectMasked((await memberList(plain, [other.id]))[0], other);
      // an admin-role token is still a token: no permission, no personal data
      const adminToken = api().withToken(
        (await token({ name: '管理令牌', role: 'COUNTY_ADMIN', readOnly: false })).secret,
      );
      expectMasked(await member(adminToken, own.id), own);

      const granted = await token({ name: '省平台（含个人信息）', role: 'API_CLIENT', personalData: true });
      expect(granted.token.personalData).toBe(true);
      const withGrant = api().withToken(granted.secret);
      expectFull(await member(withGrant, own.id), own);
      expectFull((await memberList(withGrant, [other.id]))[0], other);
    });

    it('shows the grant in the token list and in the audit trail, and lets only a signed-in admin give it', async () => {
      const granted = await token({ name: '审计可见的授权', role: 'API_CLIENT', personalData: true });
      const plain = await token({ name: '默认不授权', role: 'API_CLIENT' });
      expect(plain.token.personalData).toBe(false);
      const list = (await api().ok(`{ apiTokens(page: { limit: 200 }) { nodes { id personalData } } }`)).apiTokens
        .nodes as { id: string; personalData: boolean }[];
      expect(list.find((t) => t.id === granted.token.id)?.personalData).toBe(true);
      expect(list.find((t) => t.id === plain.token.id)?.personalData).toBe(false);

      const audit = (
        await api().ok(
          `query($id: String) { auditEntries(filter: { entityType: "ApiToken", entityId: $id }) { nodes { action actorName after } } }`,
          { id: granted.token.id },
        )
      ).auditEntries.nodes as { action: string; actorName: string; after: string }[];
      expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(['CREATE', 'GRANT_PERSONAL_DATA']));
      expect(JSON.parse(audit.find((e) => e.action === 'CREATE')!.after).personalData).toBe(true);

      // a token cannot hand out what it was not given, even an admin-role read-write one
      const adminToken = api().withToken(
        (await token({ name: '管理令牌二', role: 'COUNTY_ADMIN', readOnly: false })).secret,
      );
      const refused = await adminToken.gql(CREATE_TOKEN, {
        input: { name: '越权授权', role: 'API_CLIENT', personalData: true },
      });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.personalData' });
    });

    it('masks members nested in proposals, committees, activities, opinions and supervisors, and unit contacts', async () => {
      const admin = await api().ok(NESTED);
      const fullText = JSON.stringify(admin);
      expect(fullText).toMatch(MOBILE);
      expect(fullText).toMatch(/"birthDate":"\d{4}-\d{2}-\d{2}"/);
      const callers: [string, Client, string][] = [
        ['leader', await api().as('leader'), NESTED],
        ['unit', await api().as('unit'), `{ ${NESTED_FOR_UNITS} }`],
        ['token', api().withToken((await token({ name: '嵌套读取', role: 'API_CLIENT' })).secret), NESTED],
      ];
      const ownUnit = await unitOfUnitUser();
      for (const [who, client, query] of callers) {
        const data = await client.ok(query);
        // the unit user reads its own unit's contact whole (tested below); everything else is masked
        if (who === 'unit')
          data.handlingUnits.nodes = data.handlingUnits.nodes.filter((u: { id: string }) => u.id !== ownUnit);
        const text = JSON.stringify(data);
        // no full mobile number and no birth date anywhere in the answer
        expect(text.match(new RegExp(MOBILE.source, 'g')) ?? [], who).toEqual([]);
        expect(text, who).not.toMatch(/"birthDate":"\d/);
      }
      // each nesting path did carry members, and they came masked
      const byLeader = await callers[0][1].ok(NESTED);
      for (const section of ['proposals', 'committees', 'activities', 'opinionReports', 'specialSupervisors']) {
        const text = JSON.stringify(byLeader[section]);
        expect(text, section).toMatch(/"phone":"1\d\d\*{4}\d{4}"/);
        expect(text, section).toMatch(/"personalDataMasked":true/);
        expect(text, section).not.toMatch(/"personalDataMasked":false/);
      }
    });

    it('shows a unit its own contact phone, masks other units’ contacts for non-admins', async () => {
      const admin = (await api().ok(`{ handlingUnits(page: { limit: 100 }) { nodes { id contactPhone } } }`))
        .handlingUnits.nodes as { id: string; contactPhone: string | null }[];
      const unitUser = await api().as('unit');
      const unitView = (await unitUser.ok(`{ handlingUnits(page: { limit: 100 }) { nodes { id contactPhone } } }`))
        .handlingUnits.nodes as { id: string; contactPhone: string | null }[];
      const leaderView = (
        await (await api().as('leader')).ok(`{ handlingUnits(page: { limit: 100 }) { nodes { id contactPhone } } }`)
      ).handlingUnits.nodes as { id: string; contactPhone: string | null }[];
      const ownUnit = await unitOfUnitUser();
      for (const full of admin.filter((u) => u.contactPhone)) {
        const seenByUnit = unitView.find((u) => u.id === full.id)!.contactPhone;
        const seenByLeader = leaderView.find((u) => u.id === full.id)!.contactPhone;
        expect(seenByLeader).not.toBe(full.contactPhone);
        expect(seenByLeader).toContain('****');
        expect(seenByUnit).toBe(full.id === ownUnit ? full.contactPhone : seenByLeader);
      }
    });

    it('does not let a masked caller find members by phone', async () => {
      const q = own.phone!.slice(3, 9);
      const found = async (client: Client) =>
        (
          (await client.ok(`query($q: String) { members(filter: { q: $q }) { nodes { id } } }`, { q })).members
            .nodes as {
            id: string;
          }[]
        ).map((m) => m.id);
      expect(await found(api())).toContain(own.id);
      expect(await found(await api().as('officer'))).toContain(own.id);
      expect(await found(await api().as('leader'))).not.toContain(own.id);
      expect(await found(api().withToken((await token({ name: '搜索', role: 'API_CLIENT' })).secret))).not.toContain(
        own.id,
      );
    });

    it('masks personal fields inside audit snapshots for an admin-role token without the permission', async () => {
      await api().ok(`mutation($id: ID!) { updateMember(id: $id, input: { title: "隐私测试职务" }) { id } }`, {
        id: own.id,
      });
      const query = `query($id: String) { auditEntries(filter: { entityType: "Member", entityId: $id, action: "UPDATE" }) { nodes { before after } } }`;
      const byAdmin = (await api().ok(query, { id: own.id })).auditEntries.nodes as { before: string; after: string }[];
      expect(JSON.parse(byAdmin.at(-1)!.after)).toMatchObject({ phone: own.phone, birthDate: own.birthDate });
      const adminToken = api().withToken((await token({ name: '审计读取', role: 'COUNTY_ADMIN' })).secret);
      const byToken = (await adminToken.ok(query, { id: own.id })).auditEntries.nodes as {
        before: string;
        after: string;
      }[];
      for (const snap of [byToken.at(-1)!.before, byToken.at(-1)!.after].map((s) => JSON.parse(s))) {
        expect(snap.phone).toMatch(MASKED_MOBILE);
        expect(snap.birthDate).toBeNull();
        expect(snap.title).toBeDefined();
      }
    });

    it('masks the same way in mutation answers of a writing token', async () => {
      const writer = api().withToken(
        (await token({ name: '镇写入', role: 'TOWNSHIP_OFFICER', townshipId: officerTownship, readOnly: false }))
          .secret,
      );
      const res = await writer.ok(
        `mutation($id: ID!) { updateMember(id: $id, input: { title: "令牌写入" }) { ${MEMBER_FIELDS} } }`,
        { id: own.id },
      );
      expectMasked(res.updateMember, own);
    });
  },
  { demo: false },
);
