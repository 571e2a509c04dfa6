// npm run bench:hostile — server CPU time per hostile query (oversized documents that the query
// limits must refuse cheaply), against an ordinary small query answered by the same server in
// the same run. The product runs as the image starts it (production mode) on a seeded SQLite file;
// CPU time is read from the server process's /proc/<pid>/stat (user + system), so the client's own
// work does not count. Goal: ≤ 20 ms of server CPU per hostile query.
// Usage: node tests/bench/hostile-bench.mjs [--requests 200]
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { imageCommand, repoRoot as root } from '../support/image-command.mjs';

const argv = process.argv.slice(2);
const requests = Number(argv.includes('--requests') ? argv[argv.indexOf('--requests') + 1] : 200);
const GOAL_MS = 20;

const repeat = (n, text) => Array.from({ length: n }, () => text).join(' ');
const aliases = (n, field) => Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ');
let deep = 'id';
for (let i = 0; i < 30; i++) deep = `township { ${deep} }`;

// The hostile documents of issue 24's report and the limits test (tests/api/limits.test.ts).
const HOSTILE = [
  ['740× me { id } (7.4 KB)', `{ ${repeat(740, 'me { id }')} }`],
  ['800 repeated fields', `{ ${repeat(800, 'me { id }')} }`],
  ['100 __typename aliases', `{ ${aliases(100, '__typename')} }`],
  ['200 __typename in a fragment', `query { ...F } fragment F on Query { ${aliases(200, '__typename')} }`],
  [
    '120 fragment spreads',
    `query { ${repeat(120, '...F')} } fragment F on Query { me { id username role } townships { totalCount } }`,
  ],
  ['1,000 aliases of a list', `{ ${aliases(1000, 'townships { totalCount }')} }`],
  ['30-deep nesting', `{ members { nodes { ${deep} } } }`],
  ['2,900 tokens of __typename', `{ ${repeat(2900, '__typename')} }`],
];
const ORDINARY = `{ me { id username role } }`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cppcc-hostile-'));
const databaseUrl = `sqlite:${path.join(dir, 'bench.db')}`;
const env = {
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URL: databaseUrl,
  JWT_SECRET: 'hostile-'.padEnd(40, 'x'),
  LOG_LEVEL: 'warn',
};
execFileSync('node', ['packages/demo/dist/seed-command.js'], {
  cwd: root,
  env,
  stdio: ['ignore', 'ignore', 'inherit'],
});
const port = 4900 + Math.floor(Math.random() * 200);
const [node, ...args] = imageCommand();
const child = spawn(node, args, {
  cwd: root,
  env: { ...env, PORT: String(port) },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const base = `http://127.0.0.1:${port}`;

/** User + system CPU time of the server process so far, in milliseconds. */
function serverCpuMs() {
  const fields = fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
  return (ticks * 1000) / Number(execFileSync('getconf', ['CLK_TCK']).toString().trim());
}

try {
  for (
    let i = 0;
    i < 600 &&
    !(await fetch(`${base}/readyz`).then(
      (r) => r.ok,
      () => false,
    ));
    i++
  )
    await new Promise((r) => setTimeout(r, 250));
  const post = (query, token) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    }).then((r) => r.json());
  const { data } = await post(`mutation { login(username: "admin", password: "demo1234") { token } }`);
  const token = data.login.token;

  /** Server CPU and wall time per request over `requests` sequential requests (after a warm-up). */
  const measure = async (query, expectCode) => {
    for (let i = 0; i < 20; i++) await post(query, token);
    const first = await post(query, token);
    const code = first.errors?.[0]?.extensions?.code ?? 'OK';
    if (code !== expectCode)
      throw new Error(`expected ${expectCode}, got ${code}: ${JSON.stringify(first).slice(0, 200)}`);
    const cpu = serverCpuMs();
    const started = performance.now();
    for (let i = 0; i < requests; i++) await post(query, token);
    return { cpu: (serverCpuMs() - cpu) / requests, wall: (performance.now() - started) / requests };
  };

  const ordinary = await measure(ORDINARY, 'OK');
  console.log(`server CPU per request, ${requests} sequential requests each, production mode on SQLite\n`);
  console.log(
    `${'ordinary { me { id username role } }'.padEnd(36)} ${ordinary.cpu.toFixed(2).padStart(6)} ms CPU  ${ordinary.wall.toFixed(2).padStart(6)} ms wall  (baseline)`,
  );
  let worst = 0;
  for (const [title, query] of HOSTILE) {
    const m = await measure(query, 'QUERY_TOO_COMPLEX');
    worst = Math.max(worst, m.cpu);
    console.log(
      `${title.padEnd(36)} ${m.cpu.toFixed(2).padStart(6)} ms CPU  ${m.wall.toFixed(2).padStart(6)} ms wall  ratio ${(m.cpu / ordinary.cpu).toFixed(2)}  (${(query.length / 1024).toFixed(1)} KB)`,
    );
  }
  console.log(
    `\nworst hostile query: ${worst.toFixed(2)} ms of server CPU (goal ≤ ${GOAL_MS} ms): ${worst <= GOAL_MS ? 'met' : 'NOT met'}`,
  );
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  fs.rmSync(dir, { recursive: true, force: true });
}
