// npm run bench:load — a mixed workload against the product on MySQL (70% lists with nested
// fields, 20% single reads, 10% mutations), then the same list query against the product and
// against a minimal graphql-js + mysql2 baseline, each with autocannon at 50 connections.
// The list runs alternate product and baseline in 15 s slices, `duration` seconds each in all.
// Usage: node tests/bench/load-bench.mjs [--duration 60] [--connections 50]
import { execFileSync, spawn } from 'node:child_process';
import autocannon from 'autocannon';
import server from '@cppcc/server';
import { imageCommand, repoRoot as root } from '../support/image-command.mjs';

const argv = process.argv.slice(2);
const arg = (name, fallback) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
const duration = Number(arg('duration', 60));
const connections = Number(arg('connections', 50));

// Both servers run as a county server runs the product (docker/Dockerfile): NODE_ENV=production,
// which among other things turns off graphql-js's development-only instanceof checks.
function start(cmd, args, env, readyUrl) {
  const child = spawn(cmd, args, {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const ready = (async () => {
    for (let i = 0; i < 600; i++) {
      if (
        await fetch(readyUrl).then(
          (r) => r.ok || r.status === 400,
          () => false,
        )
      )
        return;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`${cmd} ${args.join(' ')} did not become ready`);
  })();
  return { child, ready };
}

const LIST = `query MemberList($o: Int!) { members(page: { offset: $o, limit: 25 }) { totalCount nodes { id name sector { name } township { name } } } }`;
const SINGLE = `query MemberOne($id: ID!) { member(id: $id) { id name phone workUnit sector { name } township { name } } }`;
const UPDATE = `mutation MemberTitle($id: ID!, $t: String) { updateMember(id: $id, input: { title: $t }) { id version } }`;

// Shared machines drift by ±20% within minutes, so the list query alternates between product and
// baseline in slices (each gets `duration` seconds in all) and the ratio compares the totals.
const SLICES = Math.max(1, Math.round(duration / 15));

let current; // the running autocannon instance, stopped on Ctrl-C
process.on('SIGINT', () => current?.stop());

/** One autocannon run; response times are kept so that several slices give exact percentiles. */
function cannon(url, requests, seconds) {
  let graphqlErrors = 0;
  const times = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        requests: requests.map((r) => ({
          ...r,
          onResponse: (status, body) => {
            if (status !== 200 || body.includes('"errors"')) graphqlErrors += 1;
          },
        })),
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          seconds,
          total: result.requests.total,
          times,
          errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, ms) => times.push(ms));
    current = instance;
  });
}

function report(title, slices) {
  const seconds = slices.reduce((n, s) => n + s.seconds, 0);
  const total = slices.reduce((n, s) => n + s.total, 0);
  const times = slices.flatMap((s) => s.times).sort((a, b) => a - b);
  const at = (q) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0);
  const summary = {
    title,
    reqPerSec: total / seconds,
    p50: at(0.5),
    p99: at(0.99),
    total,
    errors: slices.reduce((n, s) => n + s.errors, 0),
  };
  console.log(
    `${title.padEnd(38)} ${summary.reqPerSec.toFixed(0).padStart(6)} req/s  p50 ${String(summary.p50).padStart(4)} ms  p99 ${String(summary.p99).padStart(5)} ms  ${total} requests in ${seconds} s, ${summary.errors} errors`,
  );
  return summary;
}

const scratch = await server.createScratchMysqlDatabase(process.env.TEST_MYSQL_URL, 'cppcc_load');
const children = [];
try {
  // Production mode loads no demo data by itself: seed the scratch database first (npm run seed).
  execFileSync('node', ['packages/demo/dist/seed-command.js'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: scratch.url },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const port = 4700 + Math.floor(Math.random() * 200);
  const [node, ...args] = imageCommand(); // the server as the image starts it
  const product = start(
    node,
    args,
    { DATABASE_URL: scratch.url, PORT: String(port), JWT_SECRET: 'load-'.padEnd(40, 'x') },
    `http://127.0.0.1:${port}/readyz`,
  );
  children.push(product.child);
  await product.ready;
  const base = `http://127.0.0.1:${port}`;
  const post = async (query, variables, token) =>
    (
      await (
        await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query, variables }),
        })
      ).json()
    ).data;
  const { login } = await post(`mutation { login(username: "admin", password: "demo1234") { token } }`);
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${login.token}` };
  const { members } = await post(
    `{ members(page: { limit: 300 }) { totalCount nodes { id } } }`,
    undefined,
    login.token,
  );
  const ids = members.nodes.map((n) => n.id);
  const maxOffset = Math.max(0, members.totalCount - 25);
  const body = (query, variables) => ({
    method: 'POST',
    path: '/graphql',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  // 10-request cycle per connection: 7 lists (different pages), 2 single reads, 1 mutation
  const mixed = [
    ...[0, 1, 2, 3, 4, 5, 6].map((i) => body(LIST, { o: (i * 37) % maxOffset })),
    body(SINGLE, { id: ids[3] }),
    body(SINGLE, { id: ids[50] }),
    body(UPDATE, { id: ids[100], t: '主任' }),
  ];
  const listOnly = [0, 1, 2, 3, 4, 5, 6].map((i) => body(LIST, { o: (i * 37) % maxOffset }));

  const basePort = port + 500;
  const baseline = start(
    'node',
    ['tests/bench/baseline-server.mjs', scratch.url, String(basePort)],
    {},
    `http://127.0.0.1:${basePort}/`,
  );
  children.push(baseline.child);
  await baseline.ready;

  console.log(
    `autocannon: ${connections} connections, ${duration} s per target, product and baseline on MySQL (${members.totalCount} members)\n`,
  );
  const mix = report('product, mixed 70/20/10', [await cannon(`${base}/graphql`, mixed, duration)]);
  // Both warmed up (JIT, pools) before the counted slices; the product is warm from the mixed run already.
  const baselineList = listOnly.map((r) => ({ ...r, headers: { 'content-type': 'application/json' } }));
  await cannon(`${base}/graphql`, listOnly, 5);
  await cannon(`http://127.0.0.1:${basePort}/graphql`, baselineList, 5);
  const productSlices = [];
  const baselineSlices = [];
  for (let i = 0; i < SLICES; i++) {
    const seconds = Math.round(duration / SLICES);
    productSlices.push(await cannon(`${base}/graphql`, listOnly, seconds));
    baselineSlices.push(await cannon(`http://127.0.0.1:${basePort}/graphql`, baselineList, seconds));
  }
  const list = report('product, list query only', productSlices);
  const minimal = report('baseline graphql-js + mysql2, list', baselineSlices);
  const perSlice = productSlices.map((p, i) => (p.total / baselineSlices[i].total).toFixed(2)).join(', ');
  const ratio = list.reqPerSec / minimal.reqPerSec;
  console.log(
    `\nratio product/baseline on the list query: ${ratio.toFixed(2)} (goal ≥ 0.6; ${SLICES} alternating slices: ${perSlice}); errors in the mixed run: ${mix.errors} (goal 0)`,
  );
} finally {
  for (const c of children) c.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  await scratch.drop();
}
process.exit(0);
