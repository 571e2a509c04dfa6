import { beforeAll, expect, it } from 'vitest';
import { describeOnDatabases, type Api } from '../support/api';
import { insertMembers } from '../support/member-history';
import { buildSmallCounty, type SmallCounty } from '../support/small-county';
import { rowCount } from './work-records-fixtures';

async function expectBadInput(api: Api, query: string, variables: Record<string, unknown>, field: string | RegExp) {
  const res = await api.gql(query, variables);
  expect(res.errors, JSON.stringify(res)).toBeTruthy();
  const [error] = res.errors!;
  expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  if (typeof field === 'string') expect(error.extensions?.field).toBe(field);
  else expect(String(error.extensions?.field)).toMatch(field);
  expect(error.message.length).toBeGreaterThan(3);
  return error;
}

const CREATE_MEMBER = `mutation($input: MemberInput!) { createMember(input: $input) { id name version } }`;
const CREATE_TOWNSHIP = `mutation($input: TownshipInput!) { createTownship(input: $input) { id code name version } }`;
const MEMBER_TABLES = ['member', 'member_tenure', 'member_term'];

/** On a county the suite builds: every refused input names a sector and township that exist. */
describeOnDatabases(
  'registry validation and errors',
  (api) => {
    let county: SmallCounty;
    beforeAll(async () => {
      county = await buildSmallCounty(api());
    });

    /** A valid member of the officer's township; each test spoils one field. */
    function memberInput(overrides: Record<string, unknown> = {}) {
      return {
        name: '测试委员',
        gender: 'FEMALE',
        affiliation: 'NON_PARTY',
        sectorId: county.sectors[0],
        townshipId: county.townships.own,
        kind: 'COUNTY_MEMBER',
        term: '第十一届',
        phone: '13900001111',
        birthDate: '1980-05-06',
        joinedOn: '2022-01-10',
        ...overrides,
      };
    }

    it('refuses empty and over-long names, naming the field', async () => {
      await expectBadInput(api(), CREATE_MEMBER, { input: memberInput({ name: '  ' }) }, 'input.name');
      await expectBadInput(api(), CREATE_MEMBER, { input: memberInput({ name: '张'.repeat(51) }) }, 'input.name');
      await expectBadInput(
        api(),
        CREATE_TOWNSHIP,
        { input: { code: '341122999', name: '', kind: 'TOWN' } },
        'input.name',
      );
    });

    it('refuses unknown sectorId and townshipId', async () => {
      await expectBadInput(api(), CREATE_MEMBER, { input: memberInput({ sectorId: '99999' }) }, 'input.sectorId');
      await expectBadInput(api(), CREATE_MEMBER, { input: memberInput({ townshipId: '99999' }) }, 'input.townshipId');
      await expectBadInput(api(), CREATE_MEMBER, { input: memberInput({ townshipId: 'abc' }) }, 'input.townshipId');
    });

    it('refuses a duplicate or malformed township code', async () => {
      const own = await api().ok(`query($id: ID!) { township(id: $id) { code } }`, { id: county.townships.own });
      await expectBadInput(
        api(),
        CREATE_TOWNSHIP,
        { input: { code: own.township.code, name: '重复镇', kind: 'TOWN' } },
        'input.code',
      );
      await expectBadInput(
        api(),
        CREATE_TOWNSHIP,
        { input: { code: '12345', name: '短码镇', kind: 'TOWN' } },
        'input.code',
      );
    });

    it('refuses malformed phones, future birth dates and leaving before joining', async () => {
      await expectBadInput(api(), CREATE_MEMBER, { input: memberInput({ phone: '12345' }) }, 'input.phone');
      await expectBadInput(
        api(),
        CREATE_MEMBER,
        { input: memberInput({ birthDate: '2999-01-01' }) },
        'input.birthDate',
      );
      await expectBadInput(
        api(),
        CREATE_MEMBER,
        { input: memberInput({ joinedOn: '2022-01-10', leftOn: '2021-12-31' }) },
        'input.leftOn',
      );
      await expectBadInput(api(), CREATE_MEMBER, { input: memberInput({ birthDate: '1980-02-30' }) }, /birthDate/);
    });

    it('refuses unknown enum values and wrong types with the field', async () => {
      await expectBadInput(api(), CREATE_MEMBER, { input: memberInput({ gender: 'OTHER' }) }, /gender/);
      await expectBadInput(api(), CREATE_MEMBER, { input: { ...memberInput(), name: 42 } }, /name/);
    });

    it('bounds pages: limit over 500 and negative offset', async () => {
      const over = await api().gql(`{ members(page:{limit:501}) { totalCount } }`);
      expect(over.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'page.limit' });
      const negative = await api().gql(`{ members(page:{offset:-1}) { totalCount } }`);
      expect(negative.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'page.offset' });
      // More members than the largest page, written straight to the database (500 API calls would be slow).
      const before = (await api().ok(`{ members { totalCount } }`)).members.totalCount as number;
      const townships = Object.values(county.townships).map(Number);
      await insertMembers(
        api().server.db,
        Array.from({ length: 500 }, (_, i) => ({
          id: 1001 + i,
          name: `分页委员${i + 1}`,
          gender: 'MALE' as never,
          affiliation: 'NON_PARTY' as never,
          sectorId: Number(county.sectors[i % county.sectors.length]),
          townshipId: townships[i % townships.length],
          kind: 'COUNTY_MEMBER' as never,
          term: '第十一届',
        })),
      );
      const max = await api().ok(`{ members(page:{limit:500}) { totalCount nodes { id } } }`);
      expect(max.members.totalCount).toBe(before + 500);
      expect(max.members.nodes.length).toBe(500);
    });

    it('stores nothing when validation fails', async () => {
      const before = await api().ok(`{ members(filter:{q:"测试委员"}) { totalCount } }`);
      const rows = await Promise.all(MEMBER_TABLES.map((t) => rowCount(api(), t)));
      await expectBadInput(api(), CREATE_MEMBER, { input: memberInput({ phone: 'x' }) }, 'input.phone');
      const after = await api().ok(`{ members(filter:{q:"测试委员"}) { totalCount } }`);
      expect(after.members.totalCount).toBe(before.members.totalCount);
      expect(await Promise.all(MEMBER_TABLES.map((t) => rowCount(api(), t)))).toEqual(rows);
    });

    it('answers CONFLICT for a stale expectedVersion and changes nothing', async () => {
      const { createMember } = await api().ok(CREATE_MEMBER, { input: memberInput({ name: '版本测试' }) });
      expect(createMember.version).toBe(1);
      const update = `mutation($id: ID!, $input: MemberPatch!, $v: Int) { updateMember(id: $id, input: $input, expectedVersion: $v) { name version } }`;
      const first = await api().ok(update, { id: createMember.id, input: { title: '主任' }, v: 1 });
      expect(first.updateMember.version).toBe(2);
      const stale = await api().gql(update, { id: createMember.id, input: { title: '副主任' }, v: 1 });
      expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
      const now = await api().ok(`query($id: ID!) { member(id: $id) { title version } }`, { id: createMember.id });
      expect(now.member).toEqual({ title: '主任', version: 2 });
    });

    it('answers NOT_FOUND for updates of missing records and null for missing single reads', async () => {
      const res = await api().gql(`mutation { updateSector(id: "99999", input: { name: "x" }) { id } }`);
      expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const read = await api().ok(`{ sector(id: "99999") { id } member(id: "nope") { id } }`);
      expect(read).toEqual({ sector: null, member: null });
    });

    it('refuses to delete a township or sector that still has members', async () => {
      const ids = { t: county.townships.own, s: county.sectors[0] };
      const res = await api().gql(`mutation($t: ID!) { deleteTownship(id: $t) }`, { t: ids.t });
      expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
      const sector = await api().gql(`mutation($s: ID!) { deleteSector(id: $s) }`, { s: ids.s });
      expect(sector.errors?.[0].extensions?.code).toBe('CONFLICT');
      // Both built with members: the refusal left them in place.
      const still = await api().ok(`query($t: ID!, $s: ID!) { township(id: $t) { id } sector(id: $s) { id } }`, ids);
      expect(still).toEqual({ township: { id: ids.t }, sector: { id: ids.s } });
    });
  },
  { demo: false },
);
