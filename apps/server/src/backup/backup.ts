import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { createHash } from 'node:crypto';
import type { DataSource, QueryRunner } from 'typeorm';
import type { OpenDatabase } from '../core/data-source';
import { fileStoreFrom, type FileStore } from '../core/file-store';
import { parseDatabaseUrl } from '../core/database-url';
import { BackupDialect } from './dialect';
import {
  BackupError,
  DUMP_FORMAT,
  DUMP_VERSION,
  FILE_CHUNK_BYTES,
  type DumpEndLine,
  type DumpFileLine,
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
  /**
   * The file store whose files the attachment rows name: they follow the tables in the dump.
   * Required when the database has attachments (backupDatabase takes the configured one).
   */
  files?: FileStore;
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
  /** Files of the store in the dump. */
  files: number;
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
    let files = 0;
    if (plans.some((p) => p.table === ATTACHMENT_TABLE)) {
      for await (const text of fileChunks(runner, dialect, options.files)) {
        if (text.startsWith('{')) files += 1;
        yield text;
      }
    }
    const end: DumpEndLine = { end: true, tables: plans.length, rows: total, files };
    yield JSON.stringify(end) + '\n';
    if (stats) {
      stats.files = files;
      stats.tables = plans.length;
      stats.rows = total;
      stats.rowsPerTable = rowsPerTable;
    }
  } finally {
    await dialect.endSnapshot(runner);
    await runner.release();
  }
}

/** The table whose rows name the files of the store (apps/server/src/files/attachment.entity.ts). */
const ATTACHMENT_TABLE = 'attachment';

/**
 * Every file an attachment row of the snapshot names, read from the store and checked against
 * the row's SHA-256: a file line, then its base64 lines. A file missing or changed in the store
 * fails the backup rather than leave a dump that cannot give it back.
 */
async function* fileChunks(
  runner: QueryRunner,
  dialect: BackupDialect,
  store: FileStore | undefined,
): AsyncGenerator<string> {
  const rows: { key: string; sha256: string }[] = await runner.query(
    `SELECT ${dialect.q('key')} AS ${dialect.q('key')}, ${dialect.q('sha256')} AS ${dialect.q('sha256')} FROM ${dialect.q(ATTACHMENT_TABLE)} ORDER BY ${dialect.q('id')}`,
  );
  if (!rows.length) return;
  if (!store)
    throw new BackupError('备份附件需要文件存储 / the database has attachments: back it up with its file store');
  for (const { key, sha256 } of rows) {
    const bytes = await store.get(key);
    if (!bytes)
      throw new BackupError(
        `附件 ${key} 在文件存储（${store.description}）中不存在 / file ${key} is missing from the store (${store.description})`,
      );
    if (createHash('sha256').update(bytes).digest('hex') !== sha256)
      throw new BackupError(
        `附件 ${key} 的内容与记录的 SHA-256 不符 / file ${key} in the store does not match its recorded SHA-256`,
      );
    const chunks = Math.ceil(bytes.length / FILE_CHUNK_BYTES);
    const line: DumpFileLine = { file: key, size: bytes.length, sha256, chunks };
    yield JSON.stringify(line) + '\n';
    for (let at = 0; at < bytes.length; at += FILE_CHUNK_BYTES)
      yield JSON.stringify(bytes.subarray(at, at + FILE_CHUNK_BYTES).toString('base64')) + '\n';
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
    files: stats.files ?? 0,
  };
}

/**
 * Backs up the database at `databaseUrl` (DATABASE_URL forms; undefined → ./data/cppcc.db)
 * through a connection of its own, so it is safe beside a running server, with the files of
 * the store the environment configures (core/file-store.ts) unless `options.files` names one.
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
    return await writeBackup(dataSource, file, {
      ...options,
      files: options.files ?? fileStoreFrom(process.env, target),
    });
  } finally {
    await dataSource.destroy();
  }
}

/** cppcc-backup-20260301-083000.ndjson.gz */
export function defaultBackupFileName(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `cppcc-backup-${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}.ndjson.gz`;
}
