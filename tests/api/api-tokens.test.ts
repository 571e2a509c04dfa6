import { beforeAll, expect, it } from 'vitest';
import { describeOnDatabases } from '../support/api';
import { buildSmallCounty, type SmallCounty } from '../support/small-county';

const CREATE = `mutation($input: ApiTokenInput!) { createApiToken(input: $input) { secret token { id name role readOnly prefix lastUsedAt revokedAt } } }`;

/** On a county the suite builds: a token reads the townships and members made here. */
describeOnDatabases(
  'API tokens for other systems',
  (api) => {
    let county: SmallCounty;
    beforeAll(async () => {
      county = await buildSmallCounty(api());
    });

    it('shows the secret once, reads with it, records use, and stores only a hash', async () => {
      const { createApiToken } = await api().ok(CREATE, { input: { name: '市政协平台', role: 'API_CLIENT' } });
      expect(createApiToken.secret).toMatch(/^cppcc_\d+_[A-Za-z0-9_-]{40,}$/);
      expect(createApiToken.token).toMatchObject({ readOnly: true, lastUsedAt: null });
      const client = api().withToken(createApiToken.secret);
      const data = await client.ok(`{ townships { totalCount } members { totalCount } }`);
      expect(data.townships.totalCount).toBe(Object.keys(county.townships).length);
      expect(data.members.totalCount).toBe(Object.values(county.members).flat().length);
      const listed = await api().ok(`query($id: ID!) { apiToken(id: $id) { lastUsedAt } }`, {
        id: createApiToken.token.id,
      });
      expect(listed.apiToken.lastUsedAt).not.toBeNull();
      const raw = await api().server.db.query(`SELECT tokenHash FROM api_token WHERE id = ?`, [
        Number(createApiToken.token.id),
      ]);
      expect(raw[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);
      // The secret part may itself hold '_' (base64url), so cut after the id, not at every '_'.
      expect(JSON.stringify(raw)).not.toContain(/^cppcc_\d+_(.+)$/.exec(createApiToken.secret)![1]);
    });

    it('is read-only by default', async () => {
      const { createApiToken } = await api().ok(CREATE, { input: { name: '大屏', role: 'API_CLIENT' } });
      const res = await api()
        .withToken(createApiToken.secret)
        .gql(`mutation { createSector(input: { name: "令牌写入", category: SECTOR }) { id } }`);
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('fails on the next request once revoked', async () => {
      const { createApiToken } = await api().ok(CREATE, { input: { name: '将被吊销', role: 'LEADER' } });
      const client = api().withToken(createApiToken.secret);
      await client.ok(`{ townships { totalCount } }`);
      await api().ok(`mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, { id: createApiToken.token.id });
      const res = await client.gql(`{ townships { totalCount } }`);
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('refuses expired, forged and malformed tokens', async () => {
      const { createApiToken } = await api().ok(CREATE, {
        input: { name: '短期', role: 'API_CLIENT', expiresAt: new Date(Date.now() + 1500).toISOString() },
      });
      await api().withToken(createApiToken.secret).ok(`{ townships { totalCount } }`);
      await new Promise((r) => setTimeout(r, 1700));
      expect(
        (await api().withToken(createApiToken.secret).gql(`{ townships { totalCount } }`)).errors?.[0].extensions?.code,
      ).toBe('UNAUTHENTICATED');
      const forged = createApiToken.secret.slice(0, -4) + 'AAAA';
      expect((await api().withToken(forged).gql(`{ townships { totalCount } }`)).errors?.[0].extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
      expect(
        (await api().withToken('cppcc_1_short').gql(`{ townships { totalCount } }`)).errors?.[0].extensions?.code,
      ).toBe('UNAUTHENTICATED');
      expect(
        (await api().withToken('not.a.jwt').gql(`{ townships { totalCount } }`)).errors?.[0].extensions?.code,
      ).toBe('UNAUTHENTICATED');
    });

    it('scopes a township token like an officer of that township', async () => {
      const { createApiToken } = await api().ok(CREATE, {
        input: { name: '镇大屏', role: 'API_CLIENT', townshipId: county.townships.other },
      });
      const res = await api()
        .withToken(createApiToken.secret)
        .ok(`{ members(page: { limit: 500 }) { totalCount nodes { id townshipId } } }`);
      // Exactly the neighbour's members: none of the officer's or the third township's.
      expect(res.members.totalCount).toBe(county.members.other.length);
      expect(res.members.nodes.map((m: { id: string }) => m.id).sort()).toEqual([...county.members.other].sort());
      expect(new Set(res.members.nodes.map((m: { townshipId: string }) => m.townshipId))).toEqual(
        new Set([county.townships.other]),
      );
    });

    it('validates token input', async () => {
      const res = await api().gql(CREATE, { input: { name: '', role: 'TOWNSHIP_OFFICER' } });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      const fields = (res.errors?.[0].extensions?.fields as { field: string }[]).map((f) => f.field);
      expect(fields).toEqual(expect.arrayContaining(['input.name', 'input.townshipId']));
    });
  },
  { demo: false },
);
