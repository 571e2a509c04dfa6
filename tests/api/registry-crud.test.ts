import { beforeAll, expect, it } from 'vitest';
import { describeOnDatabases, type Client } from '../support/api';
import { createEach } from '../support/builders-b';
import { buildSmallCounty, type SmallCounty } from '../support/small-county';

interface Listed {
  id: string;
  name: string;
  townshipId: string;
  sectorId: string;
  workUnit: string | null;
  title: string | null;
  phone: string | null;
}

/** The text search is tried on this character: in the names of some members built below, the work unit or title of others. */
const TERM = '钟';
const SURNAMES = `${TERM}韩冯曹彭`;

interface MoreMembers {
  ids: string[];
  /** The members whose name, work unit or title holds TERM. */
  withTerm: string[];
}

/**
 * 50 more members than the small county's 14, so that two pages of 30 are full, spread over its
 * townships and sectors, with birth dates out of id order (every seventh has none).
 */
async function moreMembers(admin: Client, county: SmallCounty): Promise<MoreMembers> {
  const townships = Object.values(county.townships);
  const pad = (n: number) => String(n).padStart(2, '0');
  const inputs = Array.from({ length: 50 }, (_, i) => ({
    name: `${SURNAMES[i % SURNAMES.length]}委员${i + 1}`,
    gender: i % 2 ? 'FEMALE' : 'MALE',
    affiliation: 'NON_PARTY',
    birthDate: i % 7 === 6 ? null : `${1950 + ((i * 17) % 40)}-${pad((i % 12) + 1)}-${pad((i % 28) + 1)}`,
    workUnit: i === 3 ? `${TERM}山村村民委员会` : null,
    title: i === 8 ? `${TERM}楼社区主任` : null,
    sectorId: county.sectors[Math.floor(i / townships.length) % county.sectors.length],
    townshipId: townships[i % townships.length],
    kind: 'COUNTY_MEMBER',
    term: '第十一届',
    joinedOn: '2022-01-10',
  }));
  const ids = await createEach(admin, 'createMember', 'MemberInput', inputs);
  const withTerm = ids.filter((_, i) =>
    [inputs[i].name, inputs[i].workUnit, inputs[i].title].some((text) => text?.includes(TERM)),
  );
  return { ids, withTerm };
}

const sortedIds = (nodes: { id: string }[]) => nodes.map((n) => n.id).sort();

/** On a county the suite builds: the small county and 50 more members (64 in three townships and three sectors). */
describeOnDatabases(
  'registry CRUD, filters, search, sort and pages',
  (api) => {
    let county: SmallCounty;
    let more: MoreMembers;
    beforeAll(async () => {
      county = await buildSmallCounty(api());
      more = await moreMembers(api(), county);
    });

    it('creates, reads, updates and deletes a township', async () => {
      const { createTownship: t } = await api().ok(
        `mutation { createTownship(input: { code: "341122888", name: "新建测试镇", kind: TOWN, bodyName: "新建测试镇政协工委", bodyKind: WORK_COMMITTEE, director: "王建国" }) { id code name kind bodyKind version memberCount } }`,
      );
      expect(t).toMatchObject({
        code: '341122888',
        name: '新建测试镇',
        kind: 'TOWN',
        bodyKind: 'WORK_COMMITTEE',
        version: 1,
        memberCount: 0,
      });
      const { updateTownship: u } = await api().ok(
        `mutation($id: ID!) { updateTownship(id: $id, input: { director: "李明", bodyName: null }, expectedVersion: 1) { director bodyName version name } }`,
        { id: t.id },
      );
      expect(u).toEqual({ director: '李明', bodyName: null, version: 2, name: '新建测试镇' });
      const found = await api().ok(`{ townships(filter: { q: "新建测试" }) { totalCount nodes { id } } }`);
      expect(found.townships.nodes.map((n: { id: string }) => n.id)).toEqual([t.id]);
      expect((await api().ok(`mutation($id: ID!) { deleteTownship(id: $id) }`, { id: t.id })).deleteTownship).toBe(
        true,
      );
      expect((await api().ok(`query($id: ID!) { township(id: $id) { id } }`, { id: t.id })).township).toBeNull();
    });

    it('filters members by township and sector, searches Chinese text, and counts consistently', async () => {
      const all = await api().ok(
        `{ members(page:{limit:500}) { totalCount nodes { id name townshipId sectorId workUnit title phone } } }`,
      );
      const nodes: Listed[] = all.members.nodes;
      expect(sortedIds(nodes)).toEqual([...Object.values(county.members).flat(), ...more.ids].sort());
      // The first of the 50: a member of the officer's township whose name holds TERM.
      const sample = nodes.find((m) => m.id === more.ids[0])!;
      expect(sample).toMatchObject({ townshipId: county.townships.own, name: `${TERM}委员1` });
      const byTownship = await api().ok(
        `query($t: ID!) { members(filter: { townshipId: $t }, page:{limit:500}) { totalCount nodes { id townshipId } } }`,
        { t: sample.townshipId },
      );
      const ofTownship = nodes.filter((m) => m.townshipId === sample.townshipId);
      expect(byTownship.members.totalCount).toBe(ofTownship.length);
      expect(sortedIds(byTownship.members.nodes)).toEqual(sortedIds(ofTownship));
      expect(ofTownship.length).toBeGreaterThan(county.members.own.length);
      expect(ofTownship.length).toBeLessThan(nodes.length);
      expect(new Set(byTownship.members.nodes.map((m: { townshipId: string }) => m.townshipId))).toEqual(
        new Set([sample.townshipId]),
      );
      const both = await api().ok(
        `query($t: ID!, $s: ID!) { members(filter: { townshipId: $t, sectorId: $s }, page:{limit:500}) { totalCount nodes { id } } }`,
        { t: sample.townshipId, s: sample.sectorId },
      );
      const ofBoth = ofTownship.filter((m) => m.sectorId === sample.sectorId);
      expect(both.members.totalCount).toBe(ofBoth.length);
      expect(sortedIds(both.members.nodes)).toEqual(sortedIds(ofBoth));
      expect(ofBoth.length).toBeLessThan(ofTownship.length);
      const search = await api().ok(
        `query($q: String!) { members(filter: { q: $q }, page:{limit:500}) { totalCount nodes { id name workUnit title phone } } }`,
        { q: TERM },
      );
      // Names, a work unit and a title hold it: each is searched.
      expect(search.members.totalCount).toBe(more.withTerm.length);
      expect(sortedIds(search.members.nodes)).toEqual([...more.withTerm].sort());
      for (const m of search.members.nodes)
        expect(`${m.name}${m.workUnit ?? ''}${m.title ?? ''}${m.phone ?? ''}`).toContain(TERM);
      expect(search.members.nodes.some((m: Listed) => m.workUnit?.includes(TERM))).toBe(true);
      expect(search.members.nodes.some((m: Listed) => m.title?.includes(TERM))).toBe(true);
    });

    it('treats LIKE wildcards in q literally', async () => {
      // There are members and townships a wildcard would match.
      const any = await api().ok(`{ members { totalCount } townships { totalCount } }`);
      expect(any.members.totalCount).toBeGreaterThan(0);
      expect(any.townships.totalCount).toBeGreaterThan(0);
      const res = await api().ok(
        `{ members(filter: { q: "%" }) { totalCount } townships(filter: { q: "_" }) { totalCount } }`,
      );
      expect(res).toEqual({ members: { totalCount: 0 }, townships: { totalCount: 0 } });
    });

    it('sorts, defaults to a stable order by id, and pages without overlap', async () => {
      const p1 = await api().ok(`{ members(page: { offset: 0, limit: 30 }) { nodes { id } } }`);
      const p2 = await api().ok(`{ members(page: { offset: 30, limit: 30 }) { nodes { id } } }`);
      const ids = [...p1.members.nodes, ...p2.members.nodes].map((n: { id: string }) => Number(n.id));
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
      expect(new Set(ids).size).toBe(60);
      const sorted = await api().ok(
        `{ members(sort: [{ field: BIRTH_DATE, order: DESC }], page:{limit:50}) { nodes { birthDate } } }`,
      );
      const dates = sorted.members.nodes.map((n: { birthDate: string }) => n.birthDate).filter(Boolean);
      expect(dates).toEqual([...dates].sort().reverse());
      // The latest birth dates of all the members built, not merely some ordered ones.
      const all = await api().ok(`{ members(page:{limit:500}) { nodes { birthDate } } }`);
      const every = all.members.nodes.map((n: { birthDate: string }) => n.birthDate).filter(Boolean);
      expect(dates.length).toBeGreaterThan(40);
      expect(dates).toEqual([...every].sort().reverse().slice(0, dates.length));
    });

    it('filters by ids and returns empty for an empty list', async () => {
      const picked = [county.sectors[0], county.sectors[2]];
      const res = await api().ok(
        `query($ids: [ID!]) { a: sectors(filter: { ids: $ids }) { totalCount nodes { id } } b: sectors(filter: { ids: [] }) { totalCount } }`,
        { ids: picked },
      );
      expect(res.a.nodes.map((n: { id: string }) => n.id)).toEqual(picked);
      expect(res.b.totalCount).toBe(0);
    });

    it('archives members instead of deleting them', async () => {
      const { createMember: m } = await api().ok(
        `mutation($s: ID!, $t: ID!) { createMember(input: { name: "归档测试", gender: MALE, affiliation: CPC, sectorId: $s, townshipId: $t, kind: COUNTY_MEMBER, term: "第十一届", joinedOn: "2022-01-10" }) { id status ethnicity archivedAt } }`,
        { s: county.sectors[0], t: county.townships.other },
      );
      expect(m).toMatchObject({ status: 'ACTIVE', ethnicity: '汉族', archivedAt: null });
      expect((await api().ok(`mutation($id: ID!) { deleteMember(id: $id) }`, { id: m.id })).deleteMember).toBe(true);
      const listed = await api().ok(
        `{ members(filter: { q: "归档测试" }) { totalCount } all: members(filter: { q: "归档测试", includeArchived: true }) { nodes { archivedAt } } }`,
      );
      expect(listed.members.totalCount).toBe(0);
      expect(listed.all.nodes[0].archivedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect((await api().ok(`query($id: ID!) { member(id: $id) { name } }`, { id: m.id })).member.name).toBe(
        '归档测试',
      );
    });

    it('manages sectors, handling units and committee rosters', async () => {
      const { createSector: s } = await api().ok(
        `mutation { createSector(input: { name: "测试界", category: SECTOR, sortOrder: 99 }) { id name memberCount } }`,
      );
      expect(s.memberCount).toBe(0);
      expect((await api().ok(`mutation($id: ID!) { deleteSector(id: $id) }`, { id: s.id })).deleteSector).toBe(true);

      const { createHandlingUnit: u } = await api().ok(
        `mutation { createHandlingUnit(input: { name: "县测试局", kind: GOVERNMENT_DEPARTMENT, contactPhone: "0556-5123456" }) { id name } }`,
      );
      await api().ok(`mutation($id: ID!) { deleteHandlingUnit(id: $id) }`, { id: u.id });
      const units = await api().ok(
        `{ handlingUnits(filter: { q: "县测试局" }) { totalCount } archived: handlingUnits(filter: { q: "县测试局", includeArchived: true }) { totalCount } }`,
      );
      expect(units).toEqual({ handlingUnits: { totalCount: 0 }, archived: { totalCount: 1 } });

      // Two members of the officer's township, listed director first whatever the order given.
      const [director, member] = [county.members.own[1], county.members.own[2]];
      const { createCommittee: c } = await api().ok(
        `mutation($d: ID!, $m: ID!) { createCommittee(input: { name: "测试委员会", members: [{ memberId: $m, role: MEMBER }, { memberId: $d, role: DIRECTOR }] }) { id memberCount members { role member { id } } } }`,
        { d: director, m: member },
      );
      expect(c.members).toEqual([
        { role: 'DIRECTOR', member: { id: director } },
        { role: 'MEMBER', member: { id: member } },
      ]);
      const dup = await api().gql(
        `mutation($id: ID!, $d: ID!) { updateCommittee(id: $id, input: { members: [{ memberId: $d, role: DIRECTOR }, { memberId: $d, role: MEMBER }] }) { id } }`,
        { id: c.id, d: director },
      );
      expect(dup.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.members[1].memberId' });
      const missing = await api().gql(
        `mutation($id: ID!) { updateCommittee(id: $id, input: { members: [{ memberId: "99999", role: MEMBER }] }) { id } }`,
        { id: c.id },
      );
      expect(missing.errors?.[0].extensions?.field).toBe('input.members[0].memberId');
      const still = await api().ok(
        `query($id: ID!) { committee(id: $id) { memberCount version } members(filter: { committeeId: $id }) { totalCount } }`,
        { id: c.id },
      );
      expect(still).toEqual({ committee: { memberCount: 2, version: 1 }, members: { totalCount: 2 } });
    });
  },
  { demo: false },
);

/** On sectors the suite creates: more than 20, so the ids cross a digit (a text sort would put "9" first). */
describeOnDatabases(
  'sorting by id',
  (api) => {
    let sectors: string[];
    beforeAll(async () => {
      const inputs = Array.from({ length: 21 }, (_, i) => ({ name: `排序界${i + 1}`, category: 'SECTOR' }));
      sectors = await createEach(api(), 'createSector', 'SectorInput', inputs);
    });

    it('honours a descending id sort', async () => {
      const res = await api().ok(
        `{ sectors(sort: [{ field: ID, order: DESC }], page: { limit: 3 }) { nodes { id } } }`,
      );
      const ids = res.sectors.nodes.map((n: { id: string }) => Number(n.id));
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
      expect(ids[0]).toBeGreaterThan(20);
      expect(ids).toEqual(sectors.slice(-3).reverse().map(Number));
    });
  },
  { demo: false },
);

/** On the small county: its third township and that township's members. */
describeOnDatabases(
  'cached reference data',
  (api) => {
    let county: SmallCounty;
    beforeAll(async () => {
      county = await buildSmallCounty(api());
    });

    it('shows a renamed township in nested fields at once', async () => {
      const id = county.townships.third;
      const read = async () =>
        (
          await api().ok(
            `query($t: ID!) { members(filter: { townshipId: $t }, page: { limit: 1 }) { nodes { township { name } } } }`,
            { t: id },
          )
        ).members.nodes[0].township.name;
      const before = await read();
      expect(before).toBe((await api().ok(`query($t: ID!) { township(id: $t) { name } }`, { t: id })).township.name);
      await api().ok(`mutation($t: ID!) { updateTownship(id: $t, input: { name: "改名测试镇" }) { name } }`, { t: id });
      expect(await read()).toBe('改名测试镇');
      await api().ok(`mutation($t: ID!, $n: String!) { updateTownship(id: $t, input: { name: $n }) { name } }`, {
        t: id,
        n: before,
      });
      expect(await read()).toBe(before);
    });
  },
  { demo: false },
);
