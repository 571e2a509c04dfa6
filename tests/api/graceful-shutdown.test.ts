import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createScratchMysqlDatabase, mysqlReachable } from '@cppcc/server/src/index';
import { loginToken, TEST_MYSQL_URL } from '../support/api';
import { freePort, postOnce, seedDemo, startChildServer, type RawResponse } from '../support/child-server';
import type { AddressInfo } from 'node:net';

const ci = process.env.CI === 'true' || process.env.CI === '1';
const mysqlUp = await mysqlReachable(TEST_MYSQL_URL);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Heavy requests of the kinds an operator's console sends.
const HEAVY = [
  `{ townshipComparison(year: 2025) { metrics { key total mean median } rows { townshipId values { key value rank previous } } } }`,
  `{ members(page: { limit: 500 }) { totalCount nodes { id name duty(year: 2025) { allMet points missed } } } }`,
  `{ auditEntries(page: { limit: 500 }) { totalCount nodes { id action entityType after } } }`,
];

function expectAnswered(responses: RawResponse[]) {
  const resets = responses.filter((r) => r.status === null);
  expect(
    resets.map((r) => r.error),
    'requests without any HTTP response',
  ).toEqual([]);
  for (const r of responses) {
    if (r.status === 200) expect(r.body.errors, JSON.stringify(r.body.errors)).toBeUndefined();
    else {
      expect(r.status).toBe(503);
      expect(r.body.errors[0].extensions.code).toBe('SERVER_SHUTTING_DOWN');
    }
  }
}

const databases: { name: string; url: () => Promise<{ url: string; drop(): Promise<void> }>; skip: boolean }[] = [
  {
    name: 'SQLite',
    skip: false,
    url: async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cppcc-shutdown-'));
      return {
        url: `sqlite:${path.join(dir, 'shutdown.db')}`,
        drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
      };
    },
  },
  { name: 'MariaDB', skip: !mysqlUp && !ci, url: () => createScratchMysqlDatabase(TEST_MYSQL_URL, 'cppcc_shutdown') },
];

for (const database of databases) {
  describe.skipIf(database.skip)(`graceful shutdown on ${database.name}`, () => {
    const cleanups: (() => Promise<unknown> | void)[] = [];
    afterAll(async () => {
      for (const c of cleanups.reverse()) await c();
    });
    let dbUrl = '';
    const prepared = (async () => {
      const db = await database.url();
      cleanups.push(() => db.drop());
      seedDemo(db.url);
      dbUrl = db.url;
    })();

    it('answers all 60 concurrent heavy requests when SIGTERM comes 20 ms after them, and exits 0', async () => {
      await prepared;
      const server = await startChildServer(dbUrl);
      cleanups.push(() => void server.child.kill('SIGKILL'));
      const token = await loginToken(server.url, 'admin');
      const requests = Array.from({ length: 60 }, (_, i) => postOnce(server.url, HEAVY[i % HEAVY.length], token));
      await sleep(20);
      const killedAt = Date.now();
      server.child.kill('SIGTERM');
      const responses = await Promise.all(requests);
      const code = await server.exited;
      const exitMs = Date.now() - killedAt;
      expectAnswered(responses);
      expect(responses.filter((r) => r.status === 200).length, 'requests answered in full').toBeGreaterThan(0);
      expect(code, server.output()).toBe(0);
      expect(exitMs).toBeLessThan(25_000);
    }, 90_000);

    it('turns /readyz to 503 at once and tells keep-alive clients to close after answering', async () => {
      await prepared;
      const server = await startChildServer(dbUrl);
      cleanups.push(() => void server.child.kill('SIGKILL'));
      const token = await loginToken(server.url, 'admin');
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      cleanups.push(() => agent.destroy());
      const keepAlive = (query: string) =>
        new Promise<{ status: number; connection: string | undefined }>((resolve, reject) => {
          const body = JSON.stringify({ query });
          const req = http.request(
            `${server.url}/graphql`,
            {
              method: 'POST',
              agent,
              headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            },
            (res) => {
              res.resume();
              res.on('end', () => resolve({ status: res.statusCode!, connection: res.headers.connection }));
            },
          );
          req.on('error', reject);
          req.end(body);
        });
      expect((await keepAlive(`{ townships { totalCount } }`)).connection).toBe('keep-alive');
      // twenty requests queued on one keep-alive connection, SIGTERM while they run
      const queued = Array.from({ length: 20 }, () => keepAlive(HEAVY[1]));
      await sleep(20);
      server.child.kill('SIGTERM');
      await sleep(50);
      const ready = await new Promise<number>((resolve) => {
        const req = http.get(`${server.url}/readyz`, { agent: false }, (res) => resolve(res.statusCode!));
        req.on('error', () => resolve(0));
      });
      expect(ready).toBe(503);
      const answered = await Promise.all(queued);
      expect(answered.map((a) => a.status)).toEqual(answered.map(() => 200));
      expect(
        answered.some((a) => a.connection === 'close'),
        'clients told to close',
      ).toBe(true);
      expect(await server.exited).toBe(0);
    }, 90_000);
  });
}

/**
 * A minimal load balancer: round robin over the instances whose /readyz says 200 (checked every
 * 100 ms), and a request whose connection is refused goes to the next instance — what nginx or
 * a cloud load balancer does with `proxy_next_upstream error`.
 */
function balancer(ports: number[]) {
  const ready = new Map<number, boolean>(ports.map((p) => [p, true]));
  const probe = setInterval(() => {
    for (const port of ports) {
      const req = http.get({ host: '127.0.0.1', port, path: '/readyz', agent: false, timeout: 500 }, (res) => {
        ready.set(port, res.statusCode === 200);
        res.resume();
      });
      req.on('error', () => ready.set(port, false));
      req.on('timeout', () => req.destroy());
    }
  }, 100);
  let next = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const attempt = (tries: number) => {
        const candidates = ports.filter((p) => ready.get(p));
        const port = (candidates.length ? candidates : ports)[next++ % (candidates.length || ports.length)];
        const up = http.request(
          {
            host: '127.0.0.1',
            port,
            path: req.url,
            method: req.method,
            headers: { ...req.headers, host: `127.0.0.1:${port}` },
            agent: false,
          },
          (upRes) => {
            res.writeHead(upRes.statusCode!, upRes.headers);
            upRes.pipe(res);
          },
        );
        up.on('error', (e: NodeJS.ErrnoException) => {
          if (e.code === 'ECONNREFUSED' && tries < 50) {
            ready.set(port, false);
            setTimeout(() => attempt(tries + 1), 20);
          } else {
            res.writeHead(502, { 'content-type': 'application/json' });
            res.end(
              JSON.stringify({ errors: [{ message: `upstream ${e.code}`, extensions: { code: `PROXY_${e.code}` } }] }),
            );
          }
        });
        up.end(body);
      };
      attempt(0);
    });
  });
  return {
    server,
    async listen() {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    async close() {
      clearInterval(probe);
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

describe.skipIf(!mysqlUp && !ci)('rolling restart of two instances behind a proxy (MariaDB)', () => {
  const cleanups: (() => Promise<unknown> | void)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it('loses no request while each instance is restarted in turn', async () => {
    const db = await createScratchMysqlDatabase(TEST_MYSQL_URL, 'cppcc_rolling');
    cleanups.push(() => db.drop());
    seedDemo(db.url);
    const ports = [await freePort(), await freePort()];
    const instances = [await startChildServer(db.url, {}, ports[0]), await startChildServer(db.url, {}, ports[1])];
    cleanups.push(() => instances.forEach((s) => s.child.kill('SIGKILL')));
    const lb = balancer(ports);
    const url = await lb.listen();
    cleanups.push(() => lb.close());
    const token = await loginToken(url, 'admin');

    const outcomes: RawResponse[] = [];
    let stop = false;
    const queries = [
      `{ townships { totalCount nodes { name } } }`,
      `{ members(page: { limit: 100 }) { totalCount nodes { name } } }`,
      HEAVY[0],
    ];
    const worker = async (w: number) => {
      for (let i = 0; !stop; i++) outcomes.push(await postOnce(url, queries[(w + i) % queries.length], token));
    };
    const load = Promise.all(Array.from({ length: 10 }, (_, w) => worker(w)));
    for (const k of [0, 1]) {
      await sleep(1500);
      instances[k].child.kill('SIGTERM');
      expect(await instances[k].exited, instances[k].output()).toBe(0);
      instances[k] = await startChildServer(db.url, {}, ports[k]);
    }
    await sleep(1500);
    stop = true;
    await load;
    expect(outcomes.length).toBeGreaterThan(30);
    const failed = outcomes.filter((o) => o.status !== 200 || o.body?.errors);
    expect(
      failed.map((o) => o.error ?? JSON.stringify(o.body).slice(0, 200)),
      'lost or failed requests',
    ).toEqual([]);
    for (const s of instances) s.child.kill('SIGTERM');
    await Promise.all(instances.map((s) => s.exited));
  }, 120_000);
});
