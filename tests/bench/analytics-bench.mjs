// npm run bench:analytics — province-scale township comparison against hand-written SQL.
// Usage: node tests/bench/analytics-bench.mjs [--db sqlite|mysql|both] [--scale full|small]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';
process.env.LOG_LEVEL ??= 'warn'; // request lines would drown the figures
const { default: server } = await import('@cppcc/server');

const argv = process.argv.slice(2);
const arg = (name, fallback) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
const which = arg('db', 'both');
const SCALES = {
  // 1,000 townships × 10 years: 1,000,000 activities, 3,000,000 participant rows, 100,000 proposals, 200,000 opinion reports
  full: {
    townships: 1000,
    years: 10,
    firstYear: 2016,
    membersPer: 30,
    activitiesPer: 100,
    participantsPer: 3,
    proposalsPer: 10,
    opinionsPer: 20,
  },
  small: {
    townships: 100,
    years: 3,
    firstYear: 2023,
    membersPer: 20,
    activitiesPer: 40,
    participantsPer: 3,
    proposalsPer: 8,
    opinionsPer: 10,
  },
};
const scale = SCALES[arg('scale', 'full')];
const YEAR = scale.firstYear + scale.years - 1;
const RUNS = 5;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (n) => `${n.toFixed(0)} ms`;

/** Loads in a child process, so the generator's memory never counts as the server's. */
function load(kind, url) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [fileURLToPath(new URL('./province-load.mjs', import.meta.url)), kind, url, JSON.stringify(scale)],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`loader exited ${code}`))));
  });
}

// The same figures written by hand: per township for the year and the year before, in the fewest statements.
const BASELINE = (y) => [
  [
    `SELECT townshipId, year, COUNT(*) n, SUM(reviewDecision='ACCEPTED') acc, SUM(reviewDecision='ACCEPTED' AND isKey=1) k, SUM(reviewDecision='ACCEPTED' AND firstReplyOn IS NOT NULL) rep,
     SUM(reviewDecision='ACCEPTED' AND firstReplyOn <= deadline) ontime, SUM(reviewDecision='ACCEPTED' AND satisfaction IS NOT NULL) fb, SUM(reviewDecision='ACCEPTED' AND satisfaction='SATISFIED') s,
     SUM(reviewDecision='ACCEPTED' AND satisfaction='BASICALLY_SATISFIED') bs, SUM(reviewDecision='ACCEPTED' AND implementation='IMPLEMENTED') im, SUM(reviewDecision='ACCEPTED' AND implementation='IN_PROGRESS') ip
     FROM proposal WHERE year IN (?, ?) GROUP BY townshipId, year`,
    [y, y - 1],
  ],
  [
    `SELECT townshipId, year, kind, consultationScale, COUNT(*) n, SUM(reportTitle IS NOT NULL) rpt, SUM(suggestionsMade) sm, SUM(suggestionsAdopted) sa, SUM(donationYuan) d
     FROM activity WHERE year IN (?, ?) GROUP BY townshipId, year, kind, consultationScale`,
    [y, y - 1],
  ],
  [
    `SELECT a.townshipId, a.year, SUM(p.attendance='PRESENT') pr, COUNT(*) n FROM activity a JOIN activity_participant p ON p.activityId=a.id WHERE a.year IN (?, ?) GROUP BY a.townshipId, a.year`,
    [y, y - 1],
  ],
  [`SELECT m.townshipId, COUNT(*) n FROM member m WHERE m.status='ACTIVE' GROUP BY m.townshipId`, []],
  [
    `SELECT a.year, m.townshipId, COUNT(DISTINCT p.memberId) n FROM activity a JOIN activity_participant p ON p.activityId=a.id AND p.attendance='PRESENT' JOIN member m ON m.id=p.memberId WHERE a.year IN (?, ?) GROUP BY a.year, m.townshipId`,
    [y, y - 1],
  ],
  [
    `SELECT townshipId, year, COUNT(*) n, SUM(status='ADOPTED') ad, SUM(adoptionLevel IN ('PROVINCE','NATIONAL')) pv, SUM(leaderInstruction=1) li FROM opinion_report WHERE year IN (?, ?) GROUP BY townshipId, year`,
    [y, y - 1],
  ],
  [
    `SELECT t.year, COUNT(DISTINCT t.id) n, COUNT(i.id) items, SUM(i.status='DONE') done FROM supervision_target t LEFT JOIN rectification_item i ON i.targetId=t.id WHERE t.year IN (?, ?) GROUP BY t.year`,
    [y, y - 1],
  ],
  [
    `SELECT wp.townshipId, wp.year, i.kind, i.target, (SELECT COUNT(*) FROM activity a WHERE a.townshipId=wp.townshipId AND a.year=wp.year AND a.kind=i.kind) act
     FROM work_plan wp JOIN work_plan_item i ON i.planId=wp.id WHERE wp.year IN (?, ?)`,
    [y, y - 1],
  ],
  [
    `SELECT a.year, p.memberId, SUM(a.kind IN ('RESEARCH','INSPECTION')) ri, SUM(a.kind='MEETING' AND a.meetingKind='PLENARY') pl FROM activity a JOIN activity_participant p ON p.activityId=a.id AND p.attendance='PRESENT' WHERE a.year IN (?, ?) GROUP BY a.year, p.memberId`,
    [y, y - 1],
  ],
  [
    `SELECT r.year, s.memberId, COUNT(*) n FROM opinion_submitter s JOIN opinion_report r ON r.id=s.reportId WHERE r.year IN (?, ?) GROUP BY r.year, s.memberId`,
    [y, y - 1],
  ],
  [`SELECT year, leadMemberId, COUNT(*) n FROM proposal WHERE year IN (?, ?) GROUP BY year, leadMemberId`, [y, y - 1]],
  [`SELECT year, memberId, COUNT(*) n FROM duty_report WHERE year IN (?, ?) GROUP BY year, memberId`, [y, y - 1]],
];

// The server's own statements for the year and the year before, run straight through the driver:
// what the same SQL costs without TypeORM, GraphQL, formulas and HTTP.
const { yearStatements } = await import('@cppcc/server/dist/analytics/township-aggregates.js');
const SERVER_SQL = (y) => [...yearStatements(y), ...yearStatements(y - 1)];

async function baselineRunner(kind, url, statementsOf) {
  if (kind === 'sqlite') {
    const db = new Database(url.replace(/^sqlite:/, ''), { readonly: true });
    const statements = statementsOf(YEAR).map(([sql, params]) => [db.prepare(sql), params]);
    return { run: async () => statements.forEach(([s, p]) => s.all(p)), close: async () => db.close() };
  }
  const pool = mysql.createPool({ uri: url, connectionLimit: 4 });
  return {
    run: async () => {
      for (const [sql, params] of statementsOf(YEAR)) await pool.query(sql, params);
    },
    close: () => pool.end(),
  };
}

async function bench(kind) {
  let url;
  let dispose;
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cppcc-bench-'));
    url = `sqlite:${path.join(dir, 'province.db')}`;
    dispose = async () => fs.rmSync(dir, { recursive: true, force: true });
  } else {
    const scratch = await server.createScratchMysqlDatabase(process.env.TEST_MYSQL_URL, 'cppcc_bench');
    url = scratch.url;
    dispose = () => scratch.drop();
  }
  try {
    const options = {
      databaseUrl: url,
      port: 0,
      host: '127.0.0.1',
      firstAdmin: { username: 'admin', password: 'bench-password' },
      jwtSecret: 'bench-'.padEnd(40, 'x'),
    };
    await (await server.startServer(options)).close(); // migrate the empty database
    const loaded = await load(kind, url);
    console.log(`[${kind}] loaded ${loaded.rows.toLocaleString()} rows in ${loaded.seconds.toFixed(1)} s`);
    const app = await server.startServer(options);
    const post = async (query, variables, token) => {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          connection: 'close',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = await res.json();
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    const { login } = await post(`mutation { login(username: "admin", password: "bench-password") { token } }`);
    const query = `query($y: Int!) { townshipComparison(year: $y) { metrics { key total mean median } rows { townshipId values { key value rank previous } } } }`;
    const check = await post(query, { y: YEAR }, login.token); // warm-up
    const rowsReturned = check.townshipComparison.rows.length;
    // The API's runs first, with RSS sampled only then: the SQL baselines run in this process
    // too, and their result arrays would otherwise count as the server's memory.
    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
    const loop = monitorEventLoopDelay({ resolution: 10 });
    const apiTimes = [];
    loop.enable();
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await post(query, { y: YEAR }, login.token);
      apiTimes.push(performance.now() - t);
    }
    loop.disable();
    clearInterval(sampler);
    const baselines = {
      handWritten: await baselineRunner(kind, url, BASELINE),
      serverSqlRaw: await baselineRunner(kind, url, SERVER_SQL),
    };
    const sqlTimes = { handWritten: [], serverSqlRaw: [] };
    for (const b of Object.values(baselines)) await b.run(); // warm-up
    for (let i = 0; i < RUNS; i++) {
      for (const [name, b] of Object.entries(baselines)) {
        const t = performance.now();
        await b.run();
        sqlTimes[name].push(performance.now() - t);
      }
    }
    for (const b of Object.values(baselines)) await b.close();
    await app.close();
    const api = median(apiTimes);
    const handWritten = median(sqlTimes.handWritten);
    const serverSqlRaw = median(sqlTimes.serverSqlRaw);
    // The ratio is against the faster of the two SQL baselines.
    const sql = Math.min(handWritten, serverSqlRaw);
    const result = {
      kind,
      townships: rowsReturned,
      api,
      sql,
      ratio: api / sql,
      peakRssMb: peakRss / 2 ** 20,
      loopP99: loop.percentile(99) / 1e6,
    };
    console.log(
      `[${kind}] townshipComparison(${YEAR}, all metrics, ${rowsReturned} townships): API ${ms(api)}; SQL baselines: hand-written ${ms(handWritten)}, server's statements raw ${ms(serverSqlRaw)} → ratio ${result.ratio.toFixed(2)} (goal ≤ 2); peak RSS ${result.peakRssMb.toFixed(0)} MB (goal < 500); event-loop delay p99 during API ${result.loopP99.toFixed(0)} ms`,
    );
    return result;
  } finally {
    await dispose();
  }
}

// Each database in its own process: peak RSS is then that run's server alone.
async function inChild(kind) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [fileURLToPath(import.meta.url), '--db', kind, '--scale', arg('scale', 'full'), '--json'],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(
        String(d)
          .split('\n')
          .filter((l) => !l.startsWith('{"result"'))
          .join('\n'),
      );
    });
    child.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('{"result"'));
      return code === 0 && line ? resolve(JSON.parse(line).result) : reject(new Error(`${kind} run exited ${code}`));
    });
  });
}

if (argv.includes('--json')) {
  const result = await bench(which);
  console.log(JSON.stringify({ result }));
  process.exit(0);
}
const kinds = which === 'both' ? ['sqlite', 'mysql'] : [which];
const results = [];
for (const kind of kinds) results.push(await inChild(kind));
console.log('\nsummary');
for (const r of results)
  console.log(
    `  ${r.kind.padEnd(6)} ratio ${r.ratio.toFixed(2)}  API ${ms(r.api)}  SQL ${ms(r.sql)}  peak RSS ${r.peakRssMb.toFixed(0)} MB  ${r.ratio <= 2 && r.peakRssMb < 500 ? 'goal met' : 'GOAL MISSED'}`,
  );
process.exit(0);
