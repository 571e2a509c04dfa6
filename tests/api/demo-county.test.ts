import { expect, it } from 'vitest';
import { describeOnDatabases } from '../support/api';

describeOnDatabases('demo county on first start', (api) => {
  it('answers the foundation query: ≥15 townships, ≥300 members, each with sector and township names', async () => {
    const data = await api().ok(`{
      townships { totalCount }
      members(page: { limit: 100 }) { totalCount nodes { name sector { name } township { name } } }
    }`);
    expect(data.townships.totalCount).toBeGreaterThanOrEqual(15);
    expect(data.members.totalCount).toBeGreaterThanOrEqual(300);
    expect(data.members.nodes).toHaveLength(100);
    for (const node of data.members.nodes) {
      expect(node.name).toMatch(/^[\u4e00-\u9fa5·]{2,6}$/);
      expect(node.sector.name).toBeTruthy();
      expect(node.township.name).toMatch(/(镇|乡|街道)$/);
    }
  });

  it('has the standard sectors, six committees with rosters and about thirty handling units', async () => {
    const data = await api().ok(`{
      sectors(page: { limit: 100 }) { totalCount nodes { name category } }
      committees { totalCount nodes { name memberCount members { role member { name } } } }
      handlingUnits(page: { limit: 100 }) { totalCount }
    }`);
    expect(data.sectors.totalCount).toBeGreaterThanOrEqual(20);
    const names = data.sectors.nodes.map((s: { name: string }) => s.name);
    for (const n of ['中共', '民革', '九三学社', '无党派人士', '工商联', '教育界', '特邀人士'])
      expect(names).toContain(n);
    expect(data.committees.totalCount).toBe(6);
    for (const c of data.committees.nodes) {
      expect(c.memberCount).toBeGreaterThan(0);
      expect(c.members[0].role).toBe('DIRECTOR');
      expect(c.members[0].member.name).toBeTruthy();
    }
    expect(data.handlingUnits.totalCount).toBeGreaterThanOrEqual(25);
  });

  it('is deterministic: the same first member and township every time', async () => {
    const data = await api().ok(
      `{ members(page:{limit:1}) { nodes { id name phone } } townships(page:{limit:1}) { nodes { code name } } }`,
    );
    expect(data.members.nodes[0].id).toBe('1');
    expect(data.townships.nodes[0].code).toMatch(/^\d{9}$/);
    // pinned so that a change to the generator is a conscious one (screenshots and tests rely on it)
    expect(`${data.townships.nodes[0].name}/${data.members.nodes[0].name}`).toMatchSnapshot();
  });
});
