import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createScratchMysqlDatabase, mysqlReachable, startServer, type RunningServer } from '@cppcc/server/src/index';
import { seedDemoCounty } from '@cppcc/demo';
import { client, loginToken, TEST_MYSQL_URL, type Client } from '../support/api';
import { TcpProxy } from '../support/tcp-proxy';

const ci = process.env.CI === 'true' || process.env.CI === '1';
const mysqlUp = await mysqlReachable(TEST_MYSQL_URL);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Outcome {
  at: number;
  ms: number;
  code: string | null; // null = success
  write: boolean;
}

/** Mixed reads and multi-row writes from several workers until `stop`. */
async function load(api: Client, stop: () => boolean, outcomes: Outcome[], created: Set<string>, t0: number) {
  let n = 0;
  const worker = async (w: number) => {
    while (!stop()) {
      n += 1;
      const i = n;
      const started = Date.now();
      let res;
      const write = i % 3 !== 2;
      try {
        if (i % 3 === 0) {
          const name = `故障${w}x${i}`;
          res = await api.gql(
            `mutation($n: String!) { createMember(input: { name: $n, gender: MALE, affiliation: CPC, sectorId: "1", townshipId: "2", kind: COUNTY_MEMBER, term: "第十一届", joinedOn: "2026-01-10" }) { id } }`,
            { n: name },
          );
          if (!res.errors) created.add(name);
        } else if (i % 3 === 1) {
          const members = [1, 2, 3, 4, 5].map((k) => ({
            memberId: String(((i + k) % 40) + 1),
            role: k === 1 ? 'DIRECTOR' : 'MEMBER',
          }));
          res = await api.gql(
            `mutation($m: [CommitteeMemberInput!]) { updateCommittee(id: "2", input: { members: $m }) { id } }`,
            { m: members },
          );
        } else {
          res = await api.gql(`{ members(page: { limit: 50 }) { totalCount nodes { name township { name } } } }`);
        }
        outcomes.push({
          at: started - t0,
          ms: Date.now() - started,
          code: res.errors ? String(res.errors[0].extensions?.code) : null,
          write,
        });
      } catch (error) {
        outcomes.push({ at: started - t0, ms: Date.now() - started, code: `HTTP:${(error as Error).message}`, write });
      }
    }
  };
  await Promise.all([1, 2, 3, 4, 5, 6].map(worker));
}

/**
 * The database goes away for two seconds under load: requests fail fast with
 * DATABASE_UNAVAILABLE, /readyz answers 503, the server stays up and recovers within 5 s,
 * and nothing is half-written.
 */
async function scenario(
  server: RunningServer,
  fault: { down(): Promise<void> | void; up(): Promise<void> | void; readsFail: boolean },
) {
  const admin = client(server.url, await loginToken(server.url, 'admin'));
  const outcomes: Outcome[] = [];
  const created = new Set<string>();
  const t0 = Date.now();
  let stopped = false;
  const running = load(admin, () => stopped, outcomes, created, t0);
  await sleep(1200);
  const downAt = Date.now() - t0;
  await fault.down();
  await sleep(400);
  const ready = await fetch(`${server.url}/readyz`);
  if (fault.readsFail) {
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
  }
  await sleep(1600);
  const upAt = Date.now() - t0;
  await fault.up();
  // recovery: the first fully successful read after the database returns
  let recoveredAt = Infinity;
  while (Date.now() - t0 - upAt < 10_000) {
    const res = await admin.gql(`{ townships { totalCount } }`);
    if (!res.errors) {
      recoveredAt = Date.now() - t0;
      break;
    }
    await sleep(100);
  }
  await sleep(800);
  stopped = true;
  await running;

  expect(recoveredAt - upAt, 'recovery after the database returns').toBeLessThan(5000);
  expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  // A write whose connection drops between COMMIT and its answer cannot know whether it
  // landed: it says WRITE_OUTCOME_UNKNOWN (never a read, never a success it cannot vouch for).
  for (const o of outcomes)
    expect(
      o.write ? [null, 'DATABASE_UNAVAILABLE', 'WRITE_OUTCOME_UNKNOWN'] : [null, 'DATABASE_UNAVAILABLE'],
    ).toContain(o.code);
  const during = outcomes.filter((o) => o.at > downAt + 300 && o.at < upAt - 100);
  expect(during.length).toBeGreaterThan(3);
  const failed = during.filter((o) => o.code === 'DATABASE_UNAVAILABLE' || o.code === 'WRITE_OUTCOME_UNKNOWN');
  if (fault.readsFail) expect(failed.length).toBe(during.length);
  else expect(failed.length).toBeGreaterThan(0);
  expect(Math.max(...during.map((o) => o.ms)), 'requests fail fast while the database is away').toBeLessThan(2500);
  expect(outcomes.filter((o) => o.at > recoveredAt + 200).every((o) => o.code === null)).toBe(true);

  // nothing half-written: members and their CREATE audit entries match one to one
  const { members } = await admin.ok(`{ members(filter: { q: "故障" }, page: { limit: 500 }) { nodes { id name } } }`);
  const { auditEntries } = await admin.ok(
    `{ auditEntries(filter: { entityType: "Member", action: "CREATE" }, page: { limit: 500 }) { nodes { entityId } } }`,
  );
  const memberIds = members.nodes.map((m: { id: string }) => m.id).sort();
  const auditIds = auditEntries.nodes.map((e: { entityId: string }) => e.entityId).sort();
  expect(auditIds).toEqual(memberIds);
  for (const name of created)
    expect(
      members.nodes.some((m: { name: string }) => m.name === name),
      name,
    ).toBe(true);
  // rosters are replaced whole or not at all
  const { committee } = await admin.ok(`{ committee(id: "2") { members { role } } }`);
  expect(committee.members).toHaveLength(5);
  expect(committee.members.filter((m: { role: string }) => m.role === 'DIRECTOR')).toHaveLength(1);
  return outcomes;
}

describe.skipIf(!mysqlUp && !ci)('MySQL goes away under load', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it('fails fast, stays up, recovers, and leaves nothing half-written', async () => {
    const scratch = await createScratchMysqlDatabase(TEST_MYSQL_URL, 'cppcc_fault');
    cleanups.push(() => scratch.drop());
    const target = new URL(scratch.url);
    const proxy = new TcpProxy({ host: target.hostname, port: Number(target.port || 3306) });
    await proxy.up();
    cleanups.push(() => proxy.down());
    target.port = String(proxy.port);
    const server = await startServer({
      databaseUrl: target.toString(),
      port: 0,
      host: '127.0.0.1',
      seed: seedDemoCounty,
      jwtSecret: 'fault-'.padEnd(40, 'x'),
    });
    cleanups.push(() => server.close());
    const outcomes = await scenario(server, { down: () => proxy.down(), up: () => proxy.up(), readsFail: true });
    expect(outcomes.some((o) => o.code === 'DATABASE_UNAVAILABLE')).toBe(true);
  }, 60_000);
});

// In WAL mode readers never wait for a writer, so another process's write lock stops writes
// (they fail within the 2 s busy timeout) while reads go on: the server degrades, not stops.
describe('SQLite write-locked by another process under load', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it('fails fast, stays up, recovers, and leaves nothing half-written', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cppcc-fault-'));
    cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'fault.db');
    const server = await startServer({
      databaseUrl: `sqlite:${file}`,
      port: 0,
      host: '127.0.0.1',
      seed: seedDemoCounty,
      jwtSecret: 'fault-'.padEnd(40, 'x'),
    });
    cleanups.push(() => server.close());
    let locker: Database.Database | null = null;
    await scenario(server, {
      readsFail: false,
      down() {
        locker = new Database(file, { timeout: 5000 });
        locker.exec('BEGIN IMMEDIATE');
        locker.exec(`UPDATE township SET director = director WHERE id = 1`);
      },
      up() {
        locker?.exec('COMMIT');
        locker?.close();
        locker = null;
      },
    });
  }, 60_000);
});
