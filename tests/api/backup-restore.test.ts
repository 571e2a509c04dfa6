import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import {
  createScratchMysqlDatabase,
  mysqlReachable,
  parseDatabaseUrl,
  startServer,
  type RunningServer,
} from '@cppcc/server/src/index';
import { seedDemoCounty } from '@cppcc/demo';
import { openDatabase } from '@cppcc/server/src/app/database';
import { backupDatabase, BackupError, inspectDump, readDumpLines, restoreDatabase } from '@cppcc/server/src/backup';
import { client, DEMO_PASSWORD, loginToken, TEST_MYSQL_URL, type Client } from '../support/api';

/*
 * Backup and restore across databases: the demo county on SQLite, changed through the API,
 * dumped, loaded into a fresh MySQL database, compared table by table and row by row; then
 * MySQL → dump → a fresh SQLite file, compared again; refusals; ids continue after a restore.
 * Where no MySQL answers (and CI is not set) the MySQL target is replaced by a second SQLite
 * file, with a notice.
 */

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');
const CLI_BACKUP = path.join(ROOT, 'apps/server/dist/cli/backup.js');
const CLI_RESTORE = path.join(ROOT, 'apps/server/dist/cli/restore.js');
const JWT = 'test-secret-'.padEnd(40, 'x');
const ciRun = process.env.CI === 'true' || process.env.CI === '1';
const mysqlUp = await mysqlReachable(TEST_MYSQL_URL);
if (!mysqlUp && !ciRun)
  console.warn(
    `[backup-restore] MySQL not reachable at ${TEST_MYSQL_URL}: the MySQL legs run on SQLite instead (they are mandatory where CI=true).`,
  );

// ── an independent reading of every table, for comparison ─────────────────────────────────

type Kind = 'datetime' | 'date' | 'boolean' | 'number' | 'other';
type Row = Record<string, unknown>;

function kindOf(type: unknown): Kind {
  if (type === Date) return 'datetime';
  if (type === Boolean) return 'boolean';
  if (type === Number) return 'number';
  const t = String(type).toLowerCase();
  if (t === 'datetime' || t === 'timestamp') return 'datetime';
  if (t === 'date') return 'date';
  if (t === 'boolean' || t === 'bool') return 'boolean';
  if (/^(decimal|numeric|float|double|real|int|integer|tinyint|smallint|bigint)$/.test(t)) return 'number';
  return 'other';
}

/** Milliseconds since the epoch, truncated to `digits` fractional digits (MySQL DATETIME(0) keeps whole seconds). */
function instant(value: unknown, digits: number): number | null {
  if (value == null) return null;
  const ms =
    value instanceof Date
      ? value.getTime()
      : Date.parse(
          String(value)
            .replace(' ', 'T')
            .replace(/(\.\d{3})\d+/, '$1') + (/[zZ]|[+-]\d\d:?\d\d$/.test(String(value)) ? '' : 'Z'),
        );
  expect(Number.isNaN(ms), `datetime ${String(value)}`).toBe(false);
  return digits >= 3 ? ms : Math.floor(ms / 1000) * 1000;
}

interface TableSnapshot {
  columns: { name: string; kind: Kind }[];
  rows: Row[];
}

/** Every entity table, by primary key, values normalised (datetimes to instants, booleans, numbers, dates as text). */
async function snapshot(db: DataSource, precision: Map<string, number>): Promise<Map<string, TableSnapshot>> {
  const out = new Map<string, TableSnapshot>();
  for (const meta of db.entityMetadatas) {
    const q = (n: string) => db.driver.escape(n);
    const columns = meta.columns
      .map((c) => ({ name: c.databaseName, kind: kindOf(c.type) }))
      .filter((c, i, all) => all.findIndex((d) => d.name === c.name) === i);
    const order = meta.primaryColumns.map((c) => q(c.databaseName)).join(', ');
    const raw: Row[] = await db.query(`SELECT * FROM ${q(meta.tableName)} ORDER BY ${order}`);
    const rows = raw.map((r) => {
      const row: Row = {};
      for (const c of columns) {
        const v = r[c.name];
        if (v == null) row[c.name] = null;
        else if (c.kind === 'datetime') row[c.name] = instant(v, precision.get(`${meta.tableName}.${c.name}`) ?? 3);
        else if (c.kind === 'boolean') row[c.name] = Boolean(Number(v));
        else if (c.kind === 'number') row[c.name] = Number(v);
        else if (c.kind === 'date')
          row[c.name] = v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10);
        else row[c.name] = v;
      }
      return row;
    });
    out.set(meta.tableName, { columns, rows });
  }
  return out;
}

/** Fractional digits of MySQL's datetime columns (a value that passed through DATETIME(0) keeps whole seconds only). */
async function mysqlPrecision(db: DataSource): Promise<Map<string, number>> {
  const rows: { t: string; c: string; p: number }[] = await db.query(
    `SELECT TABLE_NAME AS t, COLUMN_NAME AS c, DATETIME_PRECISION AS p FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND DATA_TYPE IN ('datetime', 'timestamp')`,
  );
  return new Map(rows.map((r) => [`${r.t}.${r.c}`, Number(r.p)]));
}

function expectSameTables(
  actual: Map<string, TableSnapshot>,
  expected: Map<string, TableSnapshot>,
  label: string,
): number {
  expect([...actual.keys()].sort(), label).toEqual([...expected.keys()].sort());
  let rows = 0;
  for (const [table, want] of expected) {
    const got = actual.get(table)!;
    expect(got.columns, `${label}: columns of ${table}`).toEqual(want.columns);
    expect(got.rows.length, `${label}: rows of ${table}`).toBe(want.rows.length);
    for (let i = 0; i < want.rows.length; i++) {
      if (JSON.stringify(got.rows[i]) !== JSON.stringify(want.rows[i]))
        expect(got.rows[i], `${label}: ${table} row ${i + 1}`).toEqual(want.rows[i]);
    }
    rows += want.rows.length;
  }
  return rows;
}

async function withDataSource<T>(url: string, body: (db: DataSource) => Promise<T>): Promise<T> {
  const { dataSource } = await openDatabase(parseDatabaseUrl(url));
  try {
    return await body(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

async function dumpBody(file: string): Promise<string[]> {
  const lines: string[] = [];
  for await (const { value } of readDumpLines(file)) lines.push(JSON.stringify(value));
  return lines.slice(1); // all but the header (its createdAt differs)
}

// ── the suite ──────────────────────────────────────────────────────────────────────────────

describe('backup and restore: SQLite → dump → MySQL → dump → SQLite', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cppcc-backup-'));
  const sourceUrl = `sqlite:${path.join(dir, 'source.db')}`;
  const dump1 = path.join(dir, 'source.ndjson.gz');
  const dump2 = path.join(dir, 'mysql.ndjson.gz');
  const sqliteTargetUrl = `sqlite:${path.join(dir, 'round-trip.db')}`;
  const drops: (() => Promise<void>)[] = [];
  let source: RunningServer;
  let admin: Client;
  let middleUrl = '';
  let middleKind: 'mysql' | 'sqlite' = 'mysql';
  let precision = new Map<string, number>();
  let sourceSnapshot: Map<string, TableSnapshot>;
  const changed: Record<string, string> = {};

  async function newTarget(): Promise<string> {
    if (middleKind === 'sqlite') return `sqlite:${path.join(dir, `target-${drops.length}-${Date.now()}.db`)}`;
    const scratch = await createScratchMysqlDatabase(TEST_MYSQL_URL, 'cppcc_restore');
    drops.push(() => scratch.drop());
    return scratch.url;
  }

  beforeAll(async () => {
    if (!mysqlUp && ciRun) throw new Error(`CI=true and MySQL is not reachable at ${TEST_MYSQL_URL}`);
    middleKind = mysqlUp ? 'mysql' : 'sqlite';
    source = await startServer({
      databaseUrl: sourceUrl,
      port: 0,
      host: '127.0.0.1',
      seed: seedDemoCounty,
      production: false,
      firstAdmin: { username: 'admin', password: DEMO_PASSWORD },
      jwtSecret: JWT,
    });
    admin = client(source.url, await loginToken(source.url, 'admin'));
  });

  afterAll(async () => {
    await source?.close();
    for (const drop of drops) await drop().catch(() => {});
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('changes the demo county through the API (versions, timestamps, nulls, Chinese text, booleans, decimals)', async () => {
    const { createMember } = await admin.ok(
      `mutation($input: MemberInput!) { createMember(input: $input) { id version } }`,
      {
        input: {
          name: '𠮷备份·阿依古丽',
          gender: 'FEMALE',
          affiliation: 'NON_PARTY',
          sectorId: '1',
          townshipId: '2',
          kind: 'COUNTY_MEMBER',
          term: '第十一届',
          phone: '13900001111',
          birthDate: '1980-02-29',
          joinedOn: '2026-01-10',
          workUnit: null,
          title: "“引号”\\反斜杠'单引号",
        },
      },
    );
    changed.member = createMember.id;
    const members = await admin.ok(`{ members(filter: { status: ACTIVE }, page: { limit: 2 }) { nodes { id } } }`);
    const archived = members.members.nodes[1].id;
    expect((await admin.ok(`mutation($id: ID!) { deleteMember(id: $id) }`, { id: archived })).deleteMember).toBe(true);
    changed.archived = archived;
    const { updateTownship } = await admin.ok(
      `mutation { updateTownship(id: "3", input: { name: "新名镇（测试）", director: null, sortOrder: 99 }) { id version } }`,
    );
    expect(updateTownship.version).toBeGreaterThan(1);
    // A sector created and deleted again: its id must not be handed out a second time after a restore.
    const { createSector } = await admin.ok(
      `mutation { createSector(input: { name: "临时界别", category: INVITED }) { id } }`,
    );
    await admin.ok(`mutation($id: ID!) { deleteSector(id: $id) }`, { id: createSector.id });
    changed.deletedSector = createSector.id;
    await admin.ok(
      `mutation { createApiToken(input: { name: "大屏", readOnly: false, role: API_CLIENT, expiresAt: "2030-06-30T12:34:56.789Z" }) { token { id } } }`,
    );
    const { metricCatalog } = await admin.ok(`{ metricCatalog { key } }`);
    await admin.ok(
      `mutation($items: [AssessmentItemInput!]!) { setAssessmentScheme(year: 2025, items: $items) { key } }`,
      {
        items: [
          { key: metricCatalog[0].key, weight: 12.5, perMember: true },
          { key: metricCatalog[1].key, weight: 0.25, perMember: false },
        ],
      },
    );
  });

  it('backs up every entity table in-process, parents first, rows streamed in id order', async () => {
    const started = Date.now();
    const stats = await backupDatabase(openDatabase, sourceUrl, dump1);
    const manifest = await inspectDump(dump1);
    const tables = source.db.entityMetadatas.map((m) => m.tableName);
    expect([...manifest.header.tables].sort()).toEqual([...tables].sort());
    expect(manifest.header).toMatchObject({
      format: 'cppcc-backup',
      version: 2,
      source: 'sqlite',
      migrations: source.db.migrations.map((m) => m.name),
    });
    expect(manifest.header.tables).not.toContain('migrations');
    const order = manifest.header.tables;
    for (const meta of source.db.entityMetadatas) {
      for (const fk of meta.foreignKeys) {
        if (fk.referencedEntityMetadata.tableName !== meta.tableName)
          expect(
            order.indexOf(fk.referencedEntityMetadata.tableName),
            `${meta.tableName} after its parent`,
          ).toBeLessThan(order.indexOf(meta.tableName));
      }
    }
    expect(order.indexOf('township')).toBeLessThan(order.indexOf('member'));
    expect(manifest.tables.find((t) => t.table === 'sector')!.sequence).toBe(Number(changed.deletedSector));
    expect(stats.rows).toBe(manifest.rows);
    sourceSnapshot = await snapshot(source.db, new Map());
    expect(stats.rows).toBe([...sourceSnapshot.values()].reduce((n, t) => n + t.rows.length, 0));
    // Portable values: booleans, numbers, ISO datetimes, plain dates.
    const lines: unknown[] = [];
    let table = '';
    for await (const { value } of readDumpLines(dump1)) {
      if (!Array.isArray(value)) table = (value as { table?: string }).table ?? '';
      else if (
        table === 'assessment_item' ||
        table === 'api_token' ||
        (table === 'member' && value[0] === Number(changed.member))
      )
        lines.push([table, value]);
    }
    const text = JSON.stringify(lines);
    expect(text).toContain('12.5');
    expect(text).toMatch(/"2030-06-30T12:34:56\.789Z"/);
    expect(text).toContain('"1980-02-29"');
    expect(text).toContain('true');
    expect(text).toContain('𠮷备份·阿依古丽');
    console.info(
      `[backup-restore] demo county backup: ${stats.tables} tables, ${stats.rows} rows, ${(stats.bytes / 1024).toFixed(0)} KB gzip, ${Date.now() - started} ms`,
    );
  });

  it('writes the same dump through the CLI (built dist)', async (ctx) => {
    if (!fs.existsSync(CLI_BACKUP)) ctx.skip(); // build first: npx turbo run build --filter=@cppcc/server...
    const out = path.join(dir, 'cli.ndjson.gz');
    const { stdout, stderr } = await run(process.execPath, [CLI_BACKUP, '--out', out], {
      env: { ...process.env, DATABASE_URL: sourceUrl },
      cwd: dir,
    });
    expect(stdout.trim()).toBe(out);
    expect(stderr).toMatch(/activity_participant: 10000\//); // progress on a long table
    expect(await dumpBody(out)).toEqual(await dumpBody(dump1));
  });

  it(`restores the SQLite dump into a fresh ${mysqlUp ? 'MySQL' : 'SQLite (MySQL not reachable)'} database, equal row by row`, async () => {
    middleUrl = await newTarget();
    const stats = await restoreDatabase(openDatabase, middleUrl, dump1);
    expect(stats.rows).toBe((await inspectDump(dump1)).rows);
    await withDataSource(middleUrl, async (db) => {
      precision = middleKind === 'mysql' ? await mysqlPrecision(db) : new Map();
      const rows = expectSameTables(
        await snapshot(db, precision),
        await snapshot(source.db, precision),
        'SQLite → target',
      );
      expect(rows).toBeGreaterThan(10_000);
    });
    console.info(`[backup-restore] restore into ${middleKind}: ${stats.rows} rows in ${stats.ms} ms`);
  });

  it('refuses a target that has rows, in Chinese and English, and leaves it unchanged', async () => {
    const before = await withDataSource(middleUrl, (db) => db.query('SELECT COUNT(*) AS n FROM member'));
    const refusal = await restoreDatabase(openDatabase, middleUrl, dump1).catch((e) => e);
    expect(refusal).toBeInstanceOf(BackupError);
    expect(refusal.message).toMatch(/目标数据库不是空的/);
    expect(refusal.message).toMatch(/not empty/);
    const after = await withDataSource(middleUrl, (db) => db.query('SELECT COUNT(*) AS n FROM member'));
    expect(Number(after[0].n)).toBe(Number(before[0].n));
    if (fs.existsSync(CLI_RESTORE)) {
      const cli = await run(process.execPath, [CLI_RESTORE, '--in', dump1], {
        env: { ...process.env, DATABASE_URL: middleUrl },
      }).catch((e) => e);
      expect(cli.code).toBe(1);
      expect(cli.stderr).toMatch(/目标数据库不是空的.*not empty/s);
      expect(cli.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    }
  });

  it('refuses a dump with migrations unknown to this server, and a truncated or foreign file', async () => {
    const lines = zlib.gunzipSync(fs.readFileSync(dump1)).toString('utf8').split('\n');
    const header = JSON.parse(lines[0]);
    header.migrations.push('FutureFeature1999999999999');
    const future = path.join(dir, 'future.ndjson.gz');
    fs.writeFileSync(future, zlib.gzipSync([JSON.stringify(header), ...lines.slice(1)].join('\n')));
    const target = `sqlite:${path.join(dir, 'refused.db')}`;
    const unknown = await restoreDatabase(openDatabase, target, future).catch((e) => e);
    expect(unknown).toBeInstanceOf(BackupError);
    expect(unknown.message).toMatch(/FutureFeature1999999999999/);
    expect(unknown.message).toMatch(/不认识的迁移.*unknown/s);

    const truncated = path.join(dir, 'truncated.ndjson.gz');
    const whole = fs.readFileSync(dump1);
    fs.writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
    const cut = await restoreDatabase(openDatabase, target, truncated).catch((e) => e);
    expect(cut).toBeInstanceOf(BackupError);
    expect(cut.message).toMatch(/损坏或不完整|不完整/);

    const noEnd = path.join(dir, 'no-end.ndjson.gz');
    fs.writeFileSync(noEnd, zlib.gzipSync(lines.filter((l) => l && !l.startsWith('{"end"')).join('\n')));
    expect((await restoreDatabase(openDatabase, target, noEnd).catch((e) => e)).message).toMatch(/incomplete/);

    // A dump that fails while loading (two sectors of one name: a unique index) leaves the target empty, ready for another try.
    const sectorAt = lines.findIndex((l) => l.startsWith('{"table":"sector"'));
    const first = JSON.parse(lines[sectorAt + 1]);
    const second = JSON.parse(lines[sectorAt + 2]);
    const nameAt = JSON.parse(lines[sectorAt]).columns.indexOf('name');
    second[nameAt] = first[nameAt];
    const clash = path.join(dir, 'clash.ndjson.gz');
    fs.writeFileSync(
      clash,
      zlib.gzipSync([...lines.slice(0, sectorAt + 2), JSON.stringify(second), ...lines.slice(sectorAt + 3)].join('\n')),
    );
    const retryTarget = `sqlite:${path.join(dir, 'retry.db')}`;
    await expect(restoreDatabase(openDatabase, retryTarget, clash)).rejects.toThrow(/UNIQUE|Duplicate/i);
    await withDataSource(retryTarget, async (db) => {
      for (const meta of db.entityMetadatas)
        expect(
          Number((await db.query(`SELECT COUNT(*) AS n FROM ${db.driver.escape(meta.tableName)}`))[0].n),
          meta.tableName,
        ).toBe(0);
    });
    expect((await restoreDatabase(openDatabase, retryTarget, dump1)).rows).toBe((await inspectDump(dump1)).rows);

    const foreign = path.join(dir, 'foreign.ndjson.gz');
    fs.writeFileSync(foreign, zlib.gzipSync('{"hello":"world"}\n'));
    expect((await restoreDatabase(openDatabase, target, foreign).catch((e) => e)).message).toMatch(/cppcc-backup/);
    // Nothing was loaded anywhere along the way.
    if (fs.existsSync(target.slice('sqlite:'.length))) {
      await withDataSource(target, async (db) => {
        const tables: { name: string }[] = await db.query(
          `SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'member'`,
        );
        if (tables.length) expect(Number((await db.query('SELECT COUNT(*) AS n FROM member'))[0].n)).toBe(0);
      });
    }
  });

  it(`round-trips ${mysqlUp ? 'MySQL' : 'the target'} → dump → a fresh SQLite file, equal row by row`, async () => {
    expect(middleUrl).not.toBe('');
    await backupDatabase(openDatabase, middleUrl, dump2);
    // Small statements and transactions here, so chunked inserts and commits are exercised too.
    const stats = await restoreDatabase(openDatabase, sqliteTargetUrl, dump2, {
      rowsPerInsert: 7,
      rowsPerTransaction: 50,
    });
    expect(stats.rows).toBe((await inspectDump(dump1)).rows);
    const original = await snapshot(source.db, precision);
    await withDataSource(middleUrl, async (middle) => {
      await withDataSource(sqliteTargetUrl, async (back) => {
        expectSameTables(await snapshot(back, precision), await snapshot(middle, precision), 'target → SQLite');
        expectSameTables(await snapshot(back, precision), original, 'SQLite → target → SQLite');
      });
    });
    // The two dumps carry the same data (datetimes at the precision the target keeps).
    const [a, b] = [await inspectDump(dump1), await inspectDump(dump2)];
    expect(b.tables.map((t) => [t.table, t.rows, t.sequence])).toEqual(
      a.tables.map((t) => [t.table, t.rows, t.sequence]),
    );
  });

  for (const leg of ['target', 'sqlite'] as const) {
    it(`continues ids after the restore (${leg === 'target' ? (mysqlUp ? 'MySQL' : 'SQLite') : 'SQLite round trip'}): new records through the API`, async () => {
      const url = leg === 'target' ? middleUrl : sqliteTargetUrl;
      expect(url).not.toBe('');
      const server = await startServer({
        databaseUrl: url,
        port: 0,
        host: '127.0.0.1',
        seed: seedDemoCounty,
        production: false,
        firstAdmin: { username: 'admin', password: DEMO_PASSWORD },
        jwtSecret: JWT,
      });
      try {
        // The restored users sign in with their restored password hashes; nothing was re-seeded.
        const api = client(server.url, await loginToken(server.url, 'admin'));
        for (const table of ['member', 'township', 'audit_entry']) {
          const [row] = await server.db.query(`SELECT COUNT(*) AS n FROM ${server.db.driver.escape(table)}`);
          // + the sign-in just now in the audit trail
          expect(Number(row.n), table).toBe(sourceSnapshot.get(table)!.rows.length + (table === 'audit_entry' ? 1 : 0));
        }
        const maxMember = Math.max(...sourceSnapshot.get('member')!.rows.map((r) => Number(r.id)));
        const { createMember } = await api.ok(
          `mutation { createMember(input: { name: "恢复后新委员", gender: MALE, affiliation: CPC, sectorId: "1", townshipId: "1", kind: COUNTY_MEMBER, term: "第十一届", joinedOn: "2026-01-10" }) { id version } }`,
        );
        expect(Number(createMember.id)).toBe(maxMember + 1);
        const { createSector } = await api.ok(
          `mutation { createSector(input: { name: "恢复后界别", category: INVITED }) { id } }`,
        );
        expect(Number(createSector.id)).toBe(Number(changed.deletedSector) + 1); // the deleted sector's id is not reused
        const member = await api.ok(`query($id: ID!) { member(id: $id) { name title birthDate } }`, {
          id: changed.member,
        });
        expect(member.member).toEqual({
          name: '𠮷备份·阿依古丽',
          title: "“引号”\\反斜杠'单引号",
          birthDate: '1980-02-29',
        });
        const archived = await api.ok(`query($id: ID!) { member(id: $id) { archivedAt } }`, { id: changed.archived });
        expect(archived.member.archivedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
        const { updateTownship } = await api.ok(
          `mutation { updateTownship(id: "3", input: { sortOrder: 100 }) { version name director } }`,
        );
        expect(updateTownship).toMatchObject({ name: '新名镇（测试）', director: null });
      } finally {
        await server.close();
      }
    });
  }
});
