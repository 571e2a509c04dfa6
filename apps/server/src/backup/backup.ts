import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import type { DataSource, QueryRunner } from 'typeorm';
import type { OpenDatabase } from '../core/data-source';
import { parseDatabaseUrl } from '../core/database-url';
import { BackupDialect } from './dialect';
import {
  BackupError,
  DUMP_FORMAT,
  DUMP_VERSION,
  type DumpEndLine,
  type DumpHeader,
  type DumpTableLine,
} from './format';
import { tablePlans, type TablePlan } from './tables';
import { encodeValue } from './values';

export interface BackupOptions {
  /** Rows per SELECT (default 1000): memory stays bounded by one page whatever the table size. */
  pageSize?: number;
  /** Progress lines (the CLI prints them on stderr). */
  progress?: (line: string) => void;
  /** A progress line every this many rows of a table (default 10,000). */
  progressEvery?: number;
}

export interface BackupStats {
  file: string;
  tables: number;
  rows: number;
  /** Size of the gzip'd file. */
  bytes: number;
  ms: number;
  rowsPerTable: Record<string, number>;
  migrations: string[];
}

function migrationsTable(db: DataSource): string {
  return (db.options as { migrationsTableName?: string }).migrationsTableName || 'migrations';
}

/** Names of the migrations applied to the database, in order; refuses a database this server cannot read. */
export async function appliedMigrations(db: DataSource, runner: QueryRunner): Promise<string[]> {
  let rows: { name: string }[];
  try {
    rows = await runner.query(
      `SELECT ${db.driver.escape('name')} AS name FROM ${db.driver.escape(migrationsTable(db))} ORDER BY ${db.driver.escape('id')}`,
    );
  } catch {
    throw new BackupError(
      '数据库尚未初始化（没有迁移记录），无可备份的数据 / the database has no migrations table: nothing to back up',
    );
  }
  const applied = rows.map((r) => r.name);
  const known = db.migrations.map((m) => m.name ?? m.constructor.name);
  const unknown = applied.filter((name) => !known.includes(name));
  if (unknown.length) {
    throw new BackupError(
      `数据库由更新版本的服务器迁移过（本服务器不认识的迁移：${unknown.join(', ')}），请用该版本备份 / ` +
        `the database was migrated by a newer server (unknown migrations: ${unknown.join(', ')}): back it up with that version`,
    );
  }
  const pending = known.filter((name) => !applied.includes(name));
  if (pending.length) {
    throw new BackupError(
      `数据库还有未应用的迁移（${pending.join(', ')}），请先运行 npm run migrate / the database has pending migrations (${pending.join(', ')}): run npm run migrate first`,
    );
  }
  return applied;
}

async function countRows(runner: QueryRunner, dialect: BackupDialect, table: string): Promise<number> {
  const [row] = await runner.query(`SELECT COUNT(*) AS n FROM ${dialect.q(table)}`);
  return Number(row.n);
}

/** One page of rows after `after` (keyset on a single-column key; LIMIT/OFFSET on a composite one). */
async function readPage(
  runner: QueryRunner,
  dialect: BackupDialect,
  plan: TablePlan,
  pageSize: number,
  after: unknown,
  offset: number,
): Promise<Record<string, unknown>[]> {
  const select = plan.columns.map((c) => dialect.selectExpression(c)).join(', ');
  const order = plan.primaryKey.map((c) => dialect.q(c)).join(', ');
  if (plan.primaryKey.length === 1) {
    const key = dialect.q(plan.primaryKey[0]);
    const where = after === undefined ? '' : ` WHERE ${key} > ?`;
    return runner.query(
      `SELECT ${select} FROM ${dialect.q(plan.table)}${where} ORDER BY ${order} LIMIT ${pageSize}`,
      after === undefined ? [] : [after],
    );
  }
  return runner.query(
    `SELECT ${select} FROM ${dialect.q(plan.table)} ORDER BY ${order} LIMIT ${pageSize} OFFSET ${offset}`,
  );
}

/**
 * The dump as text chunks (each a run of whole lines), read inside one snapshot so the file is
 * consistent even while the server keeps writing. `stats` is filled as it goes.
 * Use a data source of its own: on SQLite the snapshot is a transaction on the connection.
 */
export async function* dumpChunks(
  db: DataSource,
  options: BackupOptions = {},
  stats?: Partial<BackupStats>,
): AsyncGenerator<string> {
  const pageSize = Math.max(1, options.pageSize ?? 1000);
  const every = Math.max(1, options.progressEvery ?? 10_000);
  const progress = options.progress ?? (() => {});
  const dialect = new BackupDialect(db);
  const plans = tablePlans(db);
  const runner = db.createQueryRunner();
  await runner.connect();
  let total = 0;
  const rowsPerTable: Record<string, number> = {};
  try {
    await dialect.beginSnapshot(runner);
    const migrations = await appliedMigrations(db, runner);
    const header: DumpHeader = {
      format: DUMP_FORMAT,
      version: DUMP_VERSION,
      createdAt: new Date().toISOString(),
      source: dialect.kind,
      migrations,
      tables: plans.map((p) => p.table),
    };
    if (stats) stats.migrations = migrations;
    yield JSON.stringify(header) + '\n';
    for (const plan of plans) {
      const rows = await countRows(runner, dialect, plan.table);
      const tableLine: DumpTableLine = {
        table: plan.table,
        columns: plan.columns.map((c) => c.name),
        rows,
        sequence: await dialect.readSequence(runner, plan),
      };
      yield JSON.stringify(tableLine) + '\n';
      let written = 0;
      let after: unknown = undefined;
      for (;;) {
        const page = await readPage(runner, dialect, plan, pageSize, after, written);
        if (!page.length) break;
        let text = '';
        for (const row of page) {
          text +=
            JSON.stringify(
              plan.columns.map((c) => {
                try {
                  return encodeValue(c.kind, row[c.name]);
                } catch (error) {
                  const key = plan.primaryKey.map((k) => `${k}=${String(row[k])}`).join(',');
                  throw new BackupError(
                    `${plan.table}.${c.name} (${key})：无法读取的值 / unreadable value: ${(error as Error).message}`,
                  );
                }
              }),
            ) + '\n';
        }
        written += page.length;
        if (plan.primaryKey.length === 1) after = page[page.length - 1][plan.primaryKey[0]];
        if (rows >= every && Math.floor(written / every) > Math.floor((written - page.length) / every))
          progress(`备份 backup ${plan.table}: ${written}/${rows}`);
        yield text;
        if (page.length < pageSize) break;
      }
      if (written !== rows) {
        throw new BackupError(
          `${plan.table}: 读到 ${written} 行，应为 ${rows} 行 / read ${written} rows, expected ${rows}`,
        );
      }
      rowsPerTable[plan.table] = written;
      total += written;
    }
    const end: DumpEndLine = { end: true, tables: plans.length, rows: total };
    yield JSON.stringify(end) + '\n';
    if (stats) {
      stats.tables = plans.length;
      stats.rows = total;
      stats.rowsPerTable = rowsPerTable;
    }
  } finally {
    await dialect.endSnapshot(runner);
    await runner.release();
  }
}

/** Writes the gzip'd dump of `db` to `file` (through `file.partial`, renamed when complete). */
export async function writeBackup(db: DataSource, file: string, options: BackupOptions = {}): Promise<BackupStats> {
  const started = Date.now();
  const target = path.resolve(file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  const stats: Partial<BackupStats> = {};
  try {
    await pipeline(
      Readable.from(dumpChunks(db, options, stats)),
      zlib.createGzip({ level: 6 }),
      fs.createWriteStream(partial),
    );
    fs.renameSync(partial, target);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  return {
    file: target,
    tables: stats.tables ?? 0,
    rows: stats.rows ?? 0,
    bytes: fs.statSync(target).size,
    ms: Date.now() - started,
    rowsPerTable: stats.rowsPerTable ?? {},
    migrations: stats.migrations ?? [],
  };
}

/**
 * Backs up the database at `databaseUrl` (DATABASE_URL forms; undefined → ./data/cppcc.db)
 * through a connection of its own, so it is safe beside a running server.
 */
export async function backupDatabase(
  open: OpenDatabase,
  databaseUrl: string | undefined,
  file: string,
  options: BackupOptions = {},
): Promise<BackupStats> {
  const target = parseDatabaseUrl(databaseUrl);
  if (target.type === 'sqlite' && target.file !== ':memory:' && !fs.existsSync(target.file)) {
    throw new BackupError(`数据库文件不存在：${target.file} / database file not found: ${target.file}`);
  }
  const { dataSource } = await open(target);
  try {
    return await writeBackup(dataSource, file, options);
  } finally {
    await dataSource.destroy();
  }
}

/** cppcc-backup-20260301-083000.ndjson.gz */
export function defaultBackupFileName(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `cppcc-backup-${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}.ndjson.gz`;
}
