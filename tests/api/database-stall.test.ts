import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from '@cppcc/server/src/index';
import { seedDemoCounty } from '@cppcc/demo';
import { client, loginToken } from '../support/api';
import { startOwnMariaDb } from '../support/own-mariadb';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const BOUND_MS = 3000; // the default DB_TIMEOUT_MS

/**
 * The database process paused (SIGSTOP) under load, as a hung host or a stuck disk does: every
 * request is answered within the bound plus 1 s, with DATABASE_UNAVAILABLE (or, for a write
 * whose commit got no answer, WRITE_OUTCOME_UNKNOWN); after SIGCONT the server answers normally
 * within 2 s. A mariadbd of the test's own, never the shared one.
 */
describe('MariaDB paused under load', () => {
  const cleanups: (() => Promise<unknown> | void)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it('answers every request within the bound, then recovers by itself', async () => {
    const db = await startOwnMariaDb();
    cleanups.push(() => db.stop());
    const server = await startServer({
      databaseUrl: db.url,
      port: 0,
      host: '127.0.0.1',
      seed: seedDemoCounty,
      jwtSecret: 'stall-'.padEnd(40, 'x'),
    });
    cleanups.push(() => server.close());
    const admin = client(server.url, await loginToken(server.url, 'admin'));
    const outcomes: { at: number; ms: number; code: string | null }[] = [];
    const t0 = Date.now();
    let stop = false;
    const fire = async (i: number) => {
      const started = Date.now();
      const res =
        i % 4 === 0
          ? await admin.gql(
              `mutation($n: String!) { createMember(input: { name: $n, gender: MALE, affiliation: CPC, sectorId: "1", townshipId: "2", kind: COUNTY_MEMBER, term: "第十一届", joinedOn: "2026-01-10" }) { id } }`,
              { n: `停顿${i}` },
            )
          : await admin.gql(`{ members(page: { limit: 50 }) { totalCount nodes { name township { name } } } }`);
      outcomes.push({
        at: started - t0,
        ms: Date.now() - started,
        code: res.errors ? String(res.errors[0].extensions?.code) : null,
      });
    };
    const running: Promise<void>[] = [];
    const load = (async () => {
      for (let i = 0; !stop; i++) {
        running.push(fire(i)); // 10 requests/s, not waiting for answers
        await sleep(100);
      }
    })();
    await sleep(1000);
    const pausedAt = Date.now() - t0;
    db.process.kill('SIGSTOP');
    await sleep(6000);
    db.process.kill('SIGCONT');
    const resumedAt = Date.now() - t0;
    let recoveredAt = Infinity;
    while (Date.now() - t0 - resumedAt < 5000) {
      const res = await admin.gql(`{ townships { totalCount } }`);
      if (!res.errors) {
        recoveredAt = Date.now() - t0;
        break;
      }
      await sleep(100);
    }
    await sleep(500);
    stop = true;
    await load;
    await Promise.all(running);

    const during = outcomes.filter((o) => o.at > pausedAt + 100 && o.at < resumedAt - BOUND_MS - 1000);
    expect(during.length).toBeGreaterThan(10);
    for (const o of during) {
      expect(o.ms, `answered within the bound + 1 s (${JSON.stringify(o)})`).toBeLessThan(BOUND_MS + 1000);
      expect(['DATABASE_UNAVAILABLE', 'WRITE_OUTCOME_UNKNOWN']).toContain(o.code);
    }
    expect(Math.max(...outcomes.map((o) => o.ms))).toBeLessThan(BOUND_MS + 1000);
    expect(recoveredAt - resumedAt, 'recovery after SIGCONT').toBeLessThan(2000);
    const after = outcomes.filter((o) => o.at > recoveredAt + 100);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((o) => o.code === null)).toBe(true);
  }, 90_000);
});
