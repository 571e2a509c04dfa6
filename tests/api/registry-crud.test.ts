import { expect, it } from 'vitest';
import { describeOnDatabases } from '../support/api';

describeOnDatabases('registry CRUD, filters, search, sort and pages', (api) => {
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
    expect((await api().ok(`mutation($id: ID!) { deleteTownship(id: $id) }`, { id: t.id })).deleteTownship).toBe(true);
    expect((await api().ok(`query($id: ID!) { township(id: $id) { id } }`, { id: t.id })).township).toBeNull();
  });

  it('filters members by township and sector, searches Chinese text, and counts consistently', async () => {
    const all = await api().ok(
      `{ members(page:{limit:500}) { totalCount nodes { id name townshipId sectorId workUnit } } }`,
    );
    const sample = all.members.nodes[5];
    const byTownship = await api().ok(
      `query($t: ID!) { members(filter: { townshipId: $t }, page:{limit:500}) { totalCount nodes { townshipId } } }`,
      { t: sample.townshipId },
    );
    expect(byTownship.members.totalCount).toBe(
      all.members.nodes.filter((m: { townshipId: string }) => m.townshipId === sample.townshipId).length,
    );
    expect(new Set(byTownship.members.nodes.map((m: { townshipId: string }) => m.townshipId))).toEqual(
      new Set([sample.townshipId]),
    );
    const both = await api().ok(
      `query($t: ID!, $s: ID!) { members(filter: { townshipId: $t, sectorId: $s }) { totalCount } }`,
      { t: sample.townshipId, s: sample.sectorId },
    );
    expect(both.members.totalCount).toBe(
      all.members.nodes.filter(
        (m: { townshipId: string; sectorId: string }) =>
          m.townshipId === sample.townshipId && m.sectorId === sample.sectorId,
      ).length,
    );
    const surname = sample.name.slice(0, 1);
    const search = await api().ok(
      `query($q: String!) { members(filter: { q: $q }, page:{limit:500}) { totalCount nodes { name workUnit title phone } } }`,
      { q: surname },
    );
    expect(search.members.totalCount).toBeGreaterThan(0);
    for (const m of search.members.nodes)
      expect(`${m.name}${m.workUnit ?? ''}${m.title ?? ''}${m.phone ?? ''}`).toContain(surname);
  });

  it('treats LIKE wildcards in q literally', async () => {
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
  });

  it('filters by ids and returns empty for an empty list', async () => {
    const res = await api().ok(
      `{ a: sectors(filter: { ids: ["1", "3"] }) { totalCount nodes { id } } b: sectors(filter: { ids: [] }) { totalCount } }`,
    );
    expect(res.a.nodes.map((n: { id: string }) => n.id)).toEqual(['1', '3']);
    expect(res.b.totalCount).toBe(0);
  });

  it('archives members instead of deleting them', async () => {
    const { createMember: m } = await api().ok(
      `mutation { createMember(input: { name: "归档测试", gender: MALE, affiliation: CPC, sectorId: "1", townshipId: "2", kind: COUNTY_MEMBER, term: "第十一届", joinedOn: "2022-01-10" }) { id status ethnicity archivedAt } }`,
    );
    expect(m).toMatchObject({ status: 'ACTIVE', ethnicity: '汉族', archivedAt: null });
    expect((await api().ok(`mutation($id: ID!) { deleteMember(id: $id) }`, { id: m.id })).deleteMember).toBe(true);
    const listed = await api().ok(
      `{ members(filter: { q: "归档测试" }) { totalCount } all: members(filter: { q: "归档测试", includeArchived: true }) { nodes { archivedAt } } }`,
    );
    expect(listed.members.totalCount).toBe(0);
    expect(listed.all.nodes[0].archivedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect((await api().ok(`query($id: ID!) { member(id: $id) { name } }`, { id: m.id })).member.name).toBe('归档测试');
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

    const { createCommittee: c } = await api().ok(
      `mutation { createCommittee(input: { name: "测试委员会", members: [{ memberId: "3", role: MEMBER }, { memberId: "2", role: DIRECTOR }] }) { id memberCount members { role member { id } } } }`,
    );
    expect(c.members).toEqual([
      { role: 'DIRECTOR', member: { id: '2' } },
      { role: 'MEMBER', member: { id: '3' } },
    ]);
    const dup = await api().gql(
      `mutation($id: ID!) { updateCommittee(id: $id, input: { members: [{ memberId: "2", role: DIRECTOR }, { memberId: "2", role: MEMBER }] }) { id } }`,
      { id: c.id },
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
});

describeOnDatabases('sorting by id', (api) => {
  it('honours a descending id sort', async () => {
    const res = await api().ok(`{ sectors(sort: [{ field: ID, order: DESC }], page: { limit: 3 }) { nodes { id } } }`);
    const ids = res.sectors.nodes.map((n: { id: string }) => Number(n.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(ids[0]).toBeGreaterThan(20);
  });
});

describeOnDatabases('cached reference data', (api) => {
  it('shows a renamed township in nested fields at once', async () => {
    const read = async () =>
      (await api().ok(`{ members(filter: { townshipId: "3" }, page: { limit: 1 }) { nodes { township { name } } } }`))
        .members.nodes[0].township.name;
    const before = await read();
    await api().ok(`mutation { updateTownship(id: "3", input: { name: "改名测试镇" }) { name } }`);
    expect(await read()).toBe('改名测试镇');
    await api().ok(`mutation($n: String!) { updateTownship(id: "3", input: { name: $n }) { name } }`, { n: before });
    expect(await read()).toBe(before);
  });
});
