import { expect, it } from 'vitest';
import { describeOnDatabases, postGraphQL } from '../support/api';

describeOnDatabases('query limits, login rate limit, CSRF', (api) => {
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
      expect(res.errors?.[0].extensions?.code, `${query.slice(0, 60)} → ${JSON.stringify(res.errors?.[0])}`).toBe('QUERY_TOO_COMPLEX');
      return Date.now() - started;
    };
    const typenames = (n: number) => Array.from({ length: n }, (_, i) => `t${i}: __typename`).join(' ');
    await tooComplex(`{ ${typenames(100)} }`);
    await tooComplex(`query { ...F } fragment F on Query { ${typenames(200)} }`);
    await tooComplex(`{ ${Array.from({ length: 800 }, () => 'me { id }').join(' ')} }`);
    await tooComplex(`{ ${Array.from({ length: 740 }, () => 'me { id }').join(' ')} }`);
    // a small fragment spread many times is counted where it is used
    await tooComplex(`query { ${Array.from({ length: 120 }, () => '...F').join(' ')} } fragment F on Query { me { id username role } townships { totalCount } }`);
    await api().ok(`{ a: __typename b: __typename me { id } }`);
  });

  it('names the value sent when an id is not a number', async () => {
    const res = await api().gql(`{ members(filter: { sectorId: "abc" }) { totalCount } }`);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toContain('abc');
  });

  it('lets the console’s ordinary nested queries through', async () => {
    await api().ok(`{ committees { nodes { members { role member { name sector { name } township { name memberCount } } } } } }`);
  });

  it('answers RATE_LIMITED on the 6th wrong password in a row, even with the right one', async () => {
    const login = (password: string) => api().anonymous.gql(`mutation($p: String!) { login(username: "unit", password: $p) { token } }`, { p: password });
    for (let i = 1; i <= 5; i++) expect((await login(`wrong-${i}`)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await login('wrong-6')).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect((await login('demo1234')).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    // other users are not locked by it
    expect((await api().anonymous.gql(`mutation { login(username: "leader", password: "demo1234") { token } }`)).data).toBeTruthy();
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
});
