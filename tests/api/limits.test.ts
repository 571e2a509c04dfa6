import { beforeAll, expect, it } from 'vitest';
import { describeOnDatabases, postGraphQL } from '../support/api';
import { buildSmallCounty } from '../support/small-county';

describeOnDatabases(
  'query limits, login rate limit, CSRF',
  (api) => {
    // The logins (unit, officer, leader) and a committee roster for the nested query.
    beforeAll(() => buildSmallCounty(api()));

    it('answers QUERY_TOO_COMPLEX for a 30-deep query, quickly', async () => {
      let q = 'id';
      for (let i = 0; i < 30; i++) q = `township { ${q} }`;
      const started = Date.now();
      const res = await api().gql(`{ members { nodes { ${q} } } }`);
      expect(res.errors?.some((e) => e.extensions?.code === 'QUERY_TOO_COMPLEX')).toBe(true);
      expect(res.data ?? null).toBeNull();
      expect(Date.now() - started).toBeLessThan(5_000);
    });

    it('answers QUERY_TOO_COMPLEX for 1,000 aliases', async () => {
      const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: townships { totalCount }`).join(' ');
      const res = await api().gql(`{ ${aliases} }`);
      expect(res.errors?.some((e) => e.extensions?.code === 'QUERY_TOO_COMPLEX')).toBe(true);
      expect(res.data ?? null).toBeNull();
    });

    it('counts aliases and repeated fields the same whatever the field, through fragments, before validation grows with size', async () => {
      const tooComplex = async (query: string) => {
        const started = Date.now();
        const res = await api().gql(query);
        expect(res.errors?.[0].extensions?.code, `${query.slice(0, 60)} → ${JSON.stringify(res.errors?.[0])}`).toBe(
          'QUERY_TOO_COMPLEX',
        );
        return Date.now() - started;
      };
      const typenames = (n: number) => Array.from({ length: n }, (_, i) => `t${i}: __typename`).join(' ');
      await tooComplex(`{ ${typenames(100)} }`);
      await tooComplex(`query { ...F } fragment F on Query { ${typenames(200)} }`);
      await tooComplex(`{ ${Array.from({ length: 800 }, () => 'me { id }').join(' ')} }`);
      await tooComplex(`{ ${Array.from({ length: 740 }, () => 'me { id }').join(' ')} }`);
      // a small fragment spread many times is counted where it is used
      await tooComplex(
        `query { ${Array.from({ length: 120 }, () => '...F').join(' ')} } fragment F on Query { me { id username role } townships { totalCount } }`,
      );
      await api().ok(`{ a: __typename b: __typename me { id } }`);
    });

    it('runs no other validation rule over an oversized document (their work grows with its size)', async () => {
      // An unknown field would be a second error if the other rules still walked the document.
      const res = await api().gql(`{ nope ${Array.from({ length: 740 }, () => 'me { id }').join(' ')} }`);
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
      const small = await api().gql(`{ nope me { id } }`);
      expect(small.errors?.[0].message).toContain('nope');
    });

    it('names the value sent when an id is not a number', async () => {
      const res = await api().gql(`{ members(filter: { sectorId: "abc" }) { totalCount } }`);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].message).toContain('abc');
    });

    it('lets the console’s ordinary nested queries through', async () => {
      const { committees } = await api().ok(
        `{ committees { nodes { members { role member { name sector { name } township { name memberCount } } } } } }`,
      );
      // The small county's committee: the nesting was walked, not answered empty.
      expect(committees.nodes[0].members).toHaveLength(3);
      expect(committees.nodes[0].members[0].member.township.memberCount).toBeGreaterThan(0);
    });

    // The server trusts the loopback proxy, so X-Forwarded-For names the client's address.
    const loginFrom = (address: string, username: string, password: string) =>
      api().anonymous.gql(
        `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
        { u: username, p: password },
        { 'x-forwarded-for': address },
      );

    it('slows down one username from one address after 4 wrong passwords, saying when to try again; the real user elsewhere still signs in', async () => {
      for (let i = 1; i <= 4; i++) {
        const res = await loginFrom('203.0.113.5', 'unit', `wrong-${i}`);
        expect(res.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
        expect(res.errors?.[0].extensions?.retryAfterSeconds).toBeUndefined();
      }
      const fifth = await loginFrom('203.0.113.5', 'unit', 'wrong-5');
      expect(fifth.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', retryAfterSeconds: 30 });
      // while waiting, even the right password is refused there, with the time left
      const waiting = await loginFrom('203.0.113.5', 'unit', 'demo1234');
      expect(waiting.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
      expect(waiting.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
      expect(waiting.errors?.[0].extensions?.retryAfterSeconds).toBeLessThanOrEqual(30);
      expect(waiting.errors?.[0].message).toMatch(
        /^登录失败次数过多，请 \d+ 秒后（北京时间 \d\d:\d\d:\d\d 以后）再试$/,
      );
      // the real user on another address is not affected, nor are other users
      expect((await loginFrom('198.51.100.20', 'unit', 'demo1234')).data?.login).toBeTruthy();
      expect((await loginFrom('203.0.113.5', 'leader', 'demo1234')).data?.login).toBeTruthy();
      // the count lives in the database (every instance reads the same), not in process memory
      const [row] = await api().server.db.query(
        `SELECT failures FROM login_throttle WHERE username = 'unit' AND clientAddress = '203.0.113.5'`,
      );
      expect(Number(row.failures)).toBe(5);
    });

    it('lets a county admin lift the wait at once, with an audit entry; nobody else may', async () => {
      for (let i = 1; i <= 5; i++) await loginFrom('203.0.113.6', 'officer', `wrong-${i}`);
      expect((await loginFrom('203.0.113.6', 'officer', 'demo1234')).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
      const { users } = await api().ok(`{ users(filter: { q: "officer" }) { nodes { username loginBlockedUntil } } }`);
      expect(users.nodes.find((u: { username: string }) => u.username === 'officer').loginBlockedUntil).toBeTruthy();
      const leader = await api().as('leader');
      expect((await leader.gql(`mutation { unlockLogin(username: "officer") }`)).errors?.[0].extensions?.code).toBe(
        'FORBIDDEN',
      );
      expect((await api().ok(`mutation { unlockLogin(username: "officer") }`)).unlockLogin).toBe(1);
      expect((await loginFrom('203.0.113.6', 'officer', 'demo1234')).data?.login).toBeTruthy();
      const { auditEntries } = await api().ok(
        `{ auditEntries(filter: { action: "LOGIN_UNLOCKED" }) { nodes { entityType entityId actorName } } }`,
      );
      expect(auditEntries.nodes[0]).toMatchObject({ entityType: 'User', entityId: 'officer' });
    });

    it('makes one address that tries many usernames wait (password spraying)', async () => {
      for (let i = 0; i < 30; i++) await loginFrom('203.0.113.7', `nobody${i}`, 'wrong');
      const res = await loginFrom('203.0.113.7', 'admin', 'demo1234');
      expect(res.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
      expect((await loginFrom('198.51.100.21', 'admin', 'demo1234')).data?.login).toBeTruthy();
    });

    it('refuses a plain GET without a CSRF preflight header, accepts one with it', async () => {
      const url = `${api().url}/graphql?query=${encodeURIComponent('{ __typename }')}`;
      const plain = await fetch(url);
      expect(plain.status).toBe(400);
      const ok = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
      expect(ok.status).toBe(200);
    });

    it('answers malformed documents with BAD_USER_INPUT, not a crash', async () => {
      const res = await postGraphQL(api().url, '{ members { ', undefined, {});
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  },
  { trustProxy: 'loopback', demo: false },
);
