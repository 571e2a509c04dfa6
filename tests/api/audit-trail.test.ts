import { beforeAll, expect, it } from 'vitest';
import { describeOnDatabases, type Api } from '../support/api';
import { buildSmallCounty, type SmallCounty } from '../support/small-county';

interface Entry {
  action: string;
  entityType: string;
  entityId: string | null;
  before: string | null;
  after: string | null;
  actorName: string | null;
  requestId: string | null;
  clientAddress: string | null;
}

async function entriesSince(api: Api, afterId: number): Promise<(Entry & { id: string })[]> {
  const res = await api.ok(
    `{ auditEntries(sort: [{ field: ID, order: DESC }], page: { limit: 50 }) { nodes { id action entityType entityId before after actorName requestId clientAddress } } }`,
  );
  return res.auditEntries.nodes.filter((e: { id: string }) => Number(e.id) > afterId).reverse();
}

async function lastId(api: Api): Promise<number> {
  const res = await api.ok(`{ auditEntries(sort: [{ field: ID, order: DESC }], page: { limit: 1 }) { nodes { id } } }`);
  return Number(res.auditEntries.nodes[0]?.id ?? 0);
}

/** Runs one mutation and returns the audit entries it left. */
async function auditOf(api: Api, query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) {
  const before = await lastId(api);
  const res = await api.gql(query, variables, headers);
  return { res, entries: await entriesSince(api, before) };
}

describeOnDatabases(
  'audit trail',
  (api) => {
    let county: SmallCounty;
    let adminName: string;

    beforeAll(async () => {
      county = await buildSmallCounty(api());
      adminName = (await api().ok(`{ me { displayName } }`)).me.displayName;
    });

    it('writes exactly one entry per mutation, with before and after, actor and request id', async () => {
      const created = await auditOf(
        api(),
        `mutation { createSector(input: { name: "审计界", category: SECTOR }) { id } }`,
        undefined,
        { 'x-request-id': 'req-audit-1' },
      );
      const id = (created.res.data as { createSector: { id: string } }).createSector.id;
      expect(created.entries).toHaveLength(1);
      expect(created.entries[0]).toMatchObject({
        action: 'CREATE',
        entityType: 'Sector',
        entityId: id,
        before: null,
        actorName: adminName,
        requestId: 'req-audit-1',
      });
      expect(JSON.parse(created.entries[0].after!)).toMatchObject({ name: '审计界', category: 'SECTOR' });
      expect(created.entries[0].clientAddress).toBeTruthy();

      const updated = await auditOf(
        api(),
        `mutation($id: ID!) { updateSector(id: $id, input: { name: "审计界二" }) { id } }`,
        { id },
      );
      expect(updated.entries).toHaveLength(1);
      expect(JSON.parse(updated.entries[0].before!).name).toBe('审计界');
      expect(JSON.parse(updated.entries[0].after!).name).toBe('审计界二');

      const deleted = await auditOf(api(), `mutation($id: ID!) { deleteSector(id: $id) }`, { id });
      expect(deleted.entries.map((e) => [e.action, JSON.parse(e.before!).name, e.after])).toEqual([
        ['DELETE', '审计界二', null],
      ]);
    });

    it('covers every registry, user and token mutation type', async () => {
      const { townships, sectors, members, committee } = county;
      const cases: [string, string, Record<string, unknown>?][] = [
        ['Township', `mutation { createTownship(input: { code: "341122777", name: "审计镇", kind: TOWN }) { id } }`],
        [
          'Member',
          `mutation { createMember(input: { name: "审计委员", gender: MALE, affiliation: CPC, sectorId: "${sectors[0]}", townshipId: "${townships.own}", kind: COUNTY_MEMBER, term: "第十一届", joinedOn: "2021-01-10" }) { id } }`,
        ],
        ['Member', `mutation { deleteMember(id: "${members.own[1]}") }`],
        [
          'HandlingUnit',
          `mutation { createHandlingUnit(input: { name: "县审计测试局", kind: GOVERNMENT_DEPARTMENT }) { id } }`,
        ],
        [
          'Committee',
          `mutation { updateCommittee(id: "${committee}", input: { members: [{ memberId: "${members.other[1]}", role: DIRECTOR }] }) { id } }`,
        ],
        [
          'User',
          `mutation { createUser(input: { username: "audit.user", displayName: "审计用户", password: "password1", role: LEADER }) { id } }`,
        ],
        ['ApiToken', `mutation { createApiToken(input: { name: "审计令牌" }) { secret } }`],
      ];
      for (const [type, query] of cases) {
        const { res, entries } = await auditOf(api(), query);
        expect(res.errors, query).toBeUndefined();
        expect(
          entries.map((e) => e.entityType),
          query,
        ).toEqual([type]);
        expect(entries[0].after ?? '').not.toMatch(/passwordHash|tokenHash/);
      }
    });

    it('writes none for a failed mutation', async () => {
      const member = county.members.own[0];
      const failures = [
        `mutation { createSector(input: { name: "", category: SECTOR }) { id } }`,
        `mutation { updateMember(id: "${member}", input: { phone: "123" }) { id } }`,
        `mutation { updateMember(id: "${member}", input: { title: "x" }, expectedVersion: 99) { id } }`,
        // a township with members is not deleted
        `mutation { deleteTownship(id: "${county.townships.own}") }`,
        `mutation { updateCommittee(id: "${county.committee}", input: { members: [{ memberId: "99999", role: MEMBER }] }) { id } }`,
      ];
      for (const query of failures) {
        const { res, entries } = await auditOf(api(), query);
        expect(res.errors?.length, query).toBeGreaterThan(0);
        expect(entries, query).toEqual([]);
      }
    });

    it('records logins and failed logins, and filters by action, entity and date range', async () => {
      const before = await lastId(api());
      await api().anonymous.gql(`mutation { login(username: "leader", password: "wrong-password") { token } }`);
      await api().anonymous.ok(`mutation { login(username: "leader", password: "demo1234") { token } }`);
      const entries = await entriesSince(api(), before);
      expect(entries.map((e) => [e.action, e.entityId])).toEqual([
        ['LOGIN_FAILED', 'leader'],
        ['LOGIN', 'leader'],
      ]);
      const from = new Date(Date.now() - 60_000).toISOString();
      const filtered = await api().ok(
        `query($from: DateTime!) { auditEntries(filter: { action: "LOGIN", entityType: "User", from: $from }) { totalCount nodes { action } } }`,
        { from },
      );
      expect(filtered.auditEntries.totalCount).toBeGreaterThan(0);
      expect(filtered.auditEntries.nodes.every((n: { action: string }) => n.action === 'LOGIN')).toBe(true);
      const future = await api().ok(`{ auditEntries(filter: { from: "2999-01-01T00:00:00Z" }) { totalCount } }`);
      expect(future.auditEntries.totalCount).toBe(0);
    });
  },
  { demo: false },
);
