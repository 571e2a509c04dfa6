import { beforeAll, expect, it } from 'vitest';
import { describeOnDatabases, loginToken, client, type Client } from '../support/api';
import { buildSmallCounty } from '../support/small-county';

/** A login token speaks for the user as the user is now, not as they were when it was issued. */
describeOnDatabases(
  'login tokens follow the user record',
  (api) => {
    let officerId: string;

    beforeAll(async () => {
      await buildSmallCounty(api());
      const { users } = await api().ok(`{ users(filter: { q: "officer" }) { nodes { id username version } } }`);
      officerId = users.nodes.find((u: { username: string }) => u.username === 'officer').id;
    });

    const fresh = async (): Promise<Client> => client(api().server.url, await loginToken(api().server.url, 'officer'));

    it('refuses a disabled user’s token on its next request, and accepts it again once enabled', async () => {
      const officer = await fresh();
      expect((await officer.ok(`{ me { username } }`)).me.username).toBe('officer');
      await api().ok(`mutation($id: ID!) { updateUser(id: $id, input: { disabled: true }) { id } }`, { id: officerId });
      const refused = await officer.gql(`{ members { totalCount } }`);
      expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(refused.status).toBe(401);
      await api().ok(`mutation($id: ID!) { updateUser(id: $id, input: { disabled: false }) { id } }`, {
        id: officerId,
      });
      expect((await officer.ok(`{ me { username } }`)).me.username).toBe('officer');
    });

    it('applies a changed township at once: the old token reads the new township only', async () => {
      const officer = await fresh();
      const before = await officer.ok(`{ members(page: { limit: 100 }) { nodes { townshipId } } }`);
      expect(new Set(before.members.nodes.map((m: { townshipId: string }) => m.townshipId))).toEqual(new Set(['1']));
      await api().ok(`mutation($id: ID!) { updateUser(id: $id, input: { townshipId: "2" }) { id } }`, {
        id: officerId,
      });
      const after = await officer.ok(`{ members(page: { limit: 100 }) { nodes { townshipId } } }`);
      expect(new Set(after.members.nodes.map((m: { townshipId: string }) => m.townshipId))).toEqual(new Set(['2']));
      await api().ok(`mutation($id: ID!) { updateUser(id: $id, input: { townshipId: "1" }) { id } }`, {
        id: officerId,
      });
    });

    it('refuses the token of a deleted user', async () => {
      await api().ok(
        `mutation { createUser(input: { username: "temp", displayName: "临时", role: LEADER, password: "demo1234" }) { id } }`,
      );
      const temp = client(api().server.url, await loginToken(api().server.url, 'temp'));
      const { users } = await api().ok(`{ users(filter: { q: "temp" }) { nodes { id username } } }`);
      const id = users.nodes.find((u: { username: string }) => u.username === 'temp').id;
      expect((await temp.ok(`{ me { username } }`)).me.username).toBe('temp');
      await api().ok(`mutation($id: ID!) { deleteUser(id: $id) }`, { id });
      expect((await temp.gql(`{ me { username } }`)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });
  },
  { demo: false },
);
