import { expect, it } from 'vitest';
import { referenceCache } from '@cppcc/server/src/core/reference-cache';
import { Sector } from '@cppcc/server/src/sectors/sector.entity';
import { Township } from '@cppcc/server/src/townships/township.entity';
import { User } from '@cppcc/server/src/users/user.entity';
import { describeOnDatabases, type Api } from '../support/api';

/**
 * Sectors, townships and the users a token is checked against come from a short-lived process
 * cache; drop it to count the cold path (one statement each), whatever ran before.
 */
function coldReferenceCache(api: Api): void {
  referenceCache.invalidate(api.server.db, Sector);
  referenceCache.invalidate(api.server.db, Township);
  referenceCache.invalidate(api.server.db, User);
}

const NESTED = `query($n: Int!) { members(page: { limit: $n }) { totalCount nodes { name sector { name } township { name memberCount } } } }`;

async function statementsFor(api: Api, n: number, cold = true): Promise<number> {
  if (cold) coldReferenceCache(api);
  const before = api.server.queries.count;
  const data = await api.ok(NESTED, { n });
  expect(data.members.nodes).toHaveLength(n);
  for (const node of data.members.nodes) expect(node.sector.name && node.township.name).toBeTruthy();
  return api.server.queries.count - before;
}

describeOnDatabases('nested relations are batched', (api) => {
  it('issues the same small number of SQL statements for 10 and for 200 members', async () => {
    const small = await statementsFor(api(), 10);
    const large = await statementsFor(api(), 200);
    // users (the token's user) + count + page + sectors + townships + memberCount GROUP BY
    expect(small).toBeLessThanOrEqual(6);
    expect(large).toBe(small);
    // warm: users, sectors and townships from the cache
    expect(await statementsFor(api(), 200, false)).toBe(small - 3);
  });

  it('needs at most 5 statements for members with nested sector and township', async () => {
    coldReferenceCache(api());
    const before = api().server.queries.count;
    await api().ok(`{ members(page: { limit: 200 }) { totalCount nodes { sector { name } township { name } } } }`);
    expect(api().server.queries.count - before).toBeLessThanOrEqual(5);
  });

  it('batches committee rosters and their members', async () => {
    coldReferenceCache(api());
    const before = api().server.queries.count;
    const data = await api().ok(`{ committees { nodes { members { role member { name township { name } } } } } }`);
    expect(data.committees.nodes.length).toBe(6);
    // users + count + page + memberships IN + members IN + townships IN
    expect(api().server.queries.count - before).toBeLessThanOrEqual(6);
  });
});
