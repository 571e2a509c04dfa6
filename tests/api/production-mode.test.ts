import { getIntrospectionQuery } from 'graphql';
import { expect, it } from 'vitest';
import { describeOnDatabases } from '../support/api';

describeOnDatabases(
  'production mode',
  (api) => {
    it('has no demo data and no demo users; the first admin comes from the environment', async () => {
      const data = await api().ok(`{ townships { totalCount } users { nodes { username role } } }`);
      expect(data.townships.totalCount).toBe(0);
      expect(data.users.nodes).toEqual([{ username: 'admin', role: 'COUNTY_ADMIN' }]);
      const demo = await api().anonymous.gql(`mutation { login(username: "officer", password: "demo1234") { token } }`);
      expect(demo.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('answers introspection only to signed-in callers', async () => {
      const anon = await api().anonymous.gql(getIntrospectionQuery());
      expect(anon.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const signedIn = await api().ok(getIntrospectionQuery());
      expect(signedIn.__schema).toBeTruthy();
    });

    it('sends no stack traces, SQL or suggestions in errors', async () => {
      const responses = [
        await api().gql(`{ townshipz { totalCount } }`),
        await api().gql(`mutation { createTownship(input: { code: "1", name: "", kind: TOWN }) { id } }`),
        await api().gql(`{ members(filter: { q: "'; DROP TABLE member; --" }) { totalCount } }`),
      ];
      for (const res of responses) {
        const text = JSON.stringify(res);
        expect(text).not.toMatch(/stacktrace|at \w+ \(|SELECT |INSERT |Did you mean/i);
      }
      expect(responses[2].data).toEqual({ members: { totalCount: 0 } });
    });
  },
  { demo: false, production: true },
);
