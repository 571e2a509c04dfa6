import { createHash, type Hash } from 'node:crypto';
import fs from 'node:fs';
import type { DataSource, QueryRunner } from 'typeorm';
import type { OpenDatabase } from '../core/data-source';
import { parseDatabaseUrl } from '../core/database-url';
import { fileStoreFrom, isFileKey, type FileStore } from '../core/file-store';
import { BackupDialect } from './dialect';
import {
  BackupError,
  DUMP_FORMAT,
  DUMP_VERSION,
  isDumpFileLine,
  isDumpHeader,
  type DumpFileLine,
  type DumpHeader,
  type DumpTableLine,
} from './format';
import { readDumpLines } from './ndjson';
import { tablePlans, type TablePlan } from './tables';
import { decodeValue, type ValueKind } from './values';

export interface RestoreOptions {
  progress?: (line: string) => void;
  /** A progress line every this many rows of a table (default 10,000). */
  progressEvery?: number;
  /** Rows per multi-row INSERT at most (default 500; fewer for wide tables and long rows). */
  rowsPerInsert?: number;
  /** Rows per transaction at most (default 5,000): a long table is committed in chunks. */
  rowsPerTransaction?: number;
  /** Where the dump's files go (restoreDatabase: the store the environment configures); required when it has files. */
  files?: FileStore;
}

export interface RestoreStats {
  tables: number;
  rows: number;
  ms: number;
  rowsPerTable: Record<string, number>;
  /** Migrations this server applied to the target before loading. */
  migrationsApplied: string[];
  /** Files written into the target's store. */
  files: number;
}

export interface DumpManifest {
  header: DumpHeader;
  tables: DumpTableLine[];
  rows: number;
  /** The files after the tables (version 2), each checked against its size and SHA-256. */
  files: DumpFileLine[];
}

/** One file of the dump as its base64 lines arrive: counted, hashed, kept when `keep`. */
class FileReader {
  private readonly hash: Hash = createHash('sha256');
  private readonly parts: Buffer[] = [];
  private size = 0;
  private seen = 0;

  constructor(
    readonly line: DumpFileLine,
    private readonly keep: boolean,
  ) {}

  get complete(): boolean {
    return this.seen === this.line.chunks;
  }

  add(no: number, value: unknown): void {
    if (typeof value !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(value))
      throw broken(
        no,
        `附件 ${this.line.file} 的内容不是 base64`,
        `the content of file ${this.line.file} is not base64`,
      );
    const bytes = Buffer.from(value, 'base64');
    this.seen += 1;
    this.size += bytes.length;
    this.hash.update(bytes);
    if (this.keep) this.parts.push(bytes);
  }

  /** The whole file once its last line is in, after checking its size and SHA-256. */
  finish(no: number): Buffer {
    if (this.size !== this.line.size || this.hash.digest('hex') !== this.line.sha256)
      throw broken(
        no,
        `附件 ${this.line.file} 的大小或 SHA-256 与记录不符`,
        `file ${this.line.file} does not match its size or SHA-256`,
      );
    return Buffer.concat(this.parts);
  }
}

const broken = (no: number, what: string, english: string) =>
  new BackupError(`备份文件第 ${no} 行：${what} / line ${no} of the dump: ${english}`);

/**
 * First pass: reads the whole dump (gzip CRC, every line JSON, row arrays as wide as their
 * table's columns, row counts, the end line) before anything is written to the target.
 */
export async function inspectDump(file: string): Promise<DumpManifest> {
  let header: DumpHeader | null = null;
  const tables: DumpTableLine[] = [];
  let current: DumpTableLine | null = null;
  let seen = 0;
  let total = 0;
  let ended = false;
  const files: DumpFileLine[] = [];
  let reading: FileReader | null = null;
  const closeTable = (no: number) => {
    if (current && seen !== current.rows)
      throw broken(
        no,
        `表 ${current.table} 应有 ${current.rows} 行，实有 ${seen} 行`,
        `table ${current.table} announces ${current.rows} rows but has ${seen}`,
      );
  };
  for await (const { no, value } of readDumpLines(file)) {
    if (ended) throw broken(no, '结束标记之后还有内容', 'content after the end line');
    if (!header) {
      if (!isDumpHeader(value))
        throw new BackupError(
          `不是平台的备份文件（缺少 ${DUMP_FORMAT} 文件头）/ not a ${DUMP_FORMAT} file (no header line)`,
        );
      if (typeof value.version !== 'number' || value.version > DUMP_VERSION) {
        throw new BackupError(
          `备份格式版本 ${value.version} 比本服务器支持的 ${DUMP_VERSION} 新，请用更新版本的服务器恢复 / dump format version ${value.version} is newer than this server's ${DUMP_VERSION}`,
        );
      }
      if (!Array.isArray(value.migrations) || !Array.isArray(value.tables))
        throw broken(no, '文件头缺少 migrations 或 tables', 'the header lacks migrations or tables');
      header = value;
      continue;
    }
    if (reading) {
      reading.add(no, value);
      if (reading.complete) {
        reading.finish(no);
        reading = null;
      }
      continue;
    }
    if (isDumpFileLine(value)) {
      if (!isFileKey(value.file)) throw broken(no, `附件键 ${value.file} 无效`, `invalid file key ${value.file}`);
      closeTable(no);
      current = null;
      files.push(value);
      reading = new FileReader(value, false);
      if (reading.complete) {
        reading.finish(no);
        reading = null;
      }
      continue;
    }
    if (Array.isArray(value)) {
      if (!current) throw broken(no, '数据行之前没有表头', 'a row before any table line');
      if (value.length !== current.columns.length)
        throw broken(
          no,
          `应有 ${current.columns.length} 个值，实有 ${value.length} 个`,
          `expected ${current.columns.length} values, found ${value.length}`,
        );
      seen += 1;
      total += 1;
      continue;
    }
    const line = value as Partial<DumpTableLine> & { end?: boolean; rows?: number; files?: number };
    if (line && line.end === true) {
      closeTable(no);
      if (line.files !== undefined && line.files !== files.length)
        throw broken(
          no,
          `结束标记记录 ${line.files} 个附件，实有 ${files.length} 个`,
          `the end line counts ${line.files} files, the file has ${files.length}`,
        );
      if (line.rows !== total)
        throw broken(
          no,
          `结束标记记录 ${line.rows} 行，实有 ${total} 行`,
          `the end line counts ${line.rows} rows, the file has ${total}`,
        );
      ended = true;
      current = null;
      continue;
    }
    if (
      !line ||
      typeof line.table !== 'string' ||
      !Array.isArray(line.columns) ||
      !line.columns.every((c) => typeof c === 'string') ||
      typeof line.rows !== 'number'
    ) {
      throw broken(no, '无法识别的行', 'unrecognised line');
    }
    if (files.length) throw broken(no, '附件之后不应再有表', 'a table after the files');
    closeTable(no);
    current = line as DumpTableLine;
    tables.push(current);
    seen = 0;
  }
  if (!header) throw new BackupError('备份文件是空的 / the dump file is empty');
  if (!ended)
    throw new BackupError(
      '备份文件不完整（缺少结束标记），可能在写入时中断 / the dump is incomplete (no end line): it was probably cut off while being written',
    );
  const listed = tables.map((t) => t.table);
  if (listed.join('\n') !== header.tables.join('\n'))
    throw new BackupError('文件头的表清单与内容不符 / the header lists other tables than the file holds');
  return { header, tables, rows: total, files };
}

async function count(runner: QueryRunner, dialect: BackupDialect, table: string): Promise<number> {
  const [row] = await runner.query(`SELECT COUNT(*) AS n FROM ${dialect.q(table)}`);
  return Number(row.n);
}

async function refuseNonEmpty(
  runner: QueryRunner,
  dialect: BackupDialect,
  plans: TablePlan[],
  onlyExisting: boolean,
): Promise<void> {
  const filled: string[] = [];
  for (const plan of plans) {
    if (onlyExisting && !(await runner.hasTable(plan.table))) continue;
    const n = await count(runner, dialect, plan.table);
    if (n > 0) filled.push(`${plan.table} ${n}`);
  }
  if (filled.length) {
    throw new BackupError(
      `目标数据库不是空的（${filled.slice(0, 5).join('，')}${filled.length > 5 ? ' …' : ''} 行）：恢复只能写入空数据库，请新建一个空数据库（或换一个新的 SQLite 文件）后重试 / ` +
        `the target database is not empty (rows in ${filled.slice(0, 5).join(', ')}${filled.length > 5 ? ', …' : ''}): restore only loads into an empty database; create an empty one (or use a new SQLite file) and try again`,
    );
  }
}

/** Rows whose foreign key points nowhere, per foreign key of the entity metadata (portable SQL). */
async function orphans(runner: QueryRunner, dialect: BackupDialect, plans: TablePlan[]): Promise<string[]> {
  const problems: string[] = [];
  const c = dialect.q('c');
  const p = dialect.q('p');
  for (const plan of plans) {
    for (const fk of plan.foreignKeys) {
      const on = fk.columns
        .map((col, i) => `${c}.${dialect.q(col)} = ${p}.${dialect.q(fk.referencedColumns[i])}`)
        .join(' AND ');
      const notNull = fk.columns.map((col) => `${c}.${dialect.q(col)} IS NOT NULL`).join(' AND ');
      const [row] = await runner.query(
        `SELECT COUNT(*) AS n FROM ${dialect.q(plan.table)} ${c} LEFT JOIN ${dialect.q(fk.referencedTable)} ${p} ON ${on} WHERE ${notNull} AND ${p}.${dialect.q(fk.referencedColumns[0])} IS NULL`,
      );
      if (Number(row.n) > 0) problems.push(`${plan.table}.${fk.columns.join(',')} → ${fk.referencedTable}: ${row.n}`);
    }
  }
  return [...problems, ...(await dialect.foreignKeyViolations(runner))];
}

interface TableLoad {
  plan: TablePlan;
  line: DumpTableLine;
  kinds: ValueKind[];
  digits: number[];
  rowsPerInsert: number;
  insertPrefix: string;
  placeholders: string;
  pending: unknown[][];
  pendingChars: number;
  inTransaction: number;
  loaded: number;
  maxId: number;
}

/** Big statements are split before about this many characters of values (MySQL's max_allowed_packet is 16–64 MB). */
const MAX_STATEMENT_CHARS = 4 * 1024 * 1024;

/**
 * Loads a dump into the empty database behind `db` (migrated first with this server's
 * migrations). Tables load in the dump's order with multi-row INSERTs, one transaction per
 * table committed every `rowsPerTransaction` rows; FK checks are off for this connection while
 * loading and every foreign key is checked afterwards. Any failure after loading started
 * empties the tables again, so the target is left as it was found (empty) and the restore can
 * simply be run again.
 */
export async function restoreInto(
  db: DataSource,
  file: string,
  options: RestoreOptions = {},
  inspected?: DumpManifest,
): Promise<RestoreStats> {
  const started = Date.now();
  const progress = options.progress ?? (() => {});
  const every = Math.max(1, options.progressEvery ?? 10_000);
  const manifest = inspected ?? (await inspectDump(file));
  const known = db.migrations.map((m) => m.name ?? m.constructor.name);
  const unknown = manifest.header.migrations.filter((name) => !known.includes(name));
  if (unknown.length) {
    throw new BackupError(
      `备份来自更新版本的服务器（本服务器不认识的迁移：${unknown.join(', ')}），请用该版本或更新版本恢复 / ` +
        `the dump comes from a newer server (migrations unknown here: ${unknown.join(', ')}): restore it with that version or a later one`,
    );
  }
  const dialect = new BackupDialect(db);
  const plans = tablePlans(db);
  const byName = new Map(plans.map((p) => [p.table, p]));
  for (const line of manifest.tables) {
    const plan = byName.get(line.table);
    if (!plan)
      throw new BackupError(
        `备份中的表 ${line.table} 本服务器不认识 / the dump's table ${line.table} is unknown to this server`,
      );
    const missing = line.columns.filter((c) => !plan.columns.some((pc) => pc.name === c));
    if (missing.length)
      throw new BackupError(
        `备份中的列 ${line.table}.${missing.join(', ')} 本服务器不认识 / the dump's columns ${line.table}.${missing.join(', ')} are unknown to this server`,
      );
  }

  const store = options.files;
  if (manifest.files.length && !store)
    throw new BackupError('恢复附件需要文件存储 / the dump has files: restore it with a file store');
  /** Keys written into the store, removed again should the restore fail. */
  const written: string[] = [];

  const runner = db.createQueryRunner();
  await runner.connect();
  let loading = false;
  try {
    // Refuse a filled database before touching its schema, and once more after migrating it.
    await refuseNonEmpty(runner, dialect, plans, true);
    const applied = await db.runMigrations({ transaction: 'each' });
    await refuseNonEmpty(runner, dialect, plans, false);
    const newer = known.filter((name) => !manifest.header.migrations.includes(name));
    if (newer.length)
      progress(
        `注意 note: 备份早于迁移 ${newer.join(', ')}，这些迁移新增的列取默认值 / the dump predates ${newer.join(', ')}: columns they added take their defaults`,
      );

    await dialect.beginLoad(runner);
    loading = true;
    const rowsPerTable: Record<string, number> = {};
    const rowsPerInsertMax = Math.max(1, options.rowsPerInsert ?? 500);
    const rowsPerTransaction = Math.max(1, options.rowsPerTransaction ?? 5000);
    let table: TableLoad | null = null;
    let total = 0;

    const flush = async (t: TableLoad) => {
      if (!t.pending.length) return;
      if (!runner.isTransactionActive) await runner.startTransaction();
      const values = t.pending.map(() => t.placeholders).join(', ');
      await runner.query(`${t.insertPrefix}${values}`, t.pending.flat());
      t.inTransaction += t.pending.length;
      t.loaded += t.pending.length;
      t.pending = [];
      t.pendingChars = 0;
      if (t.inTransaction >= rowsPerTransaction) {
        await runner.commitTransaction();
        t.inTransaction = 0;
      }
    };
    const finish = async (t: TableLoad) => {
      await flush(t);
      if (runner.isTransactionActive) await runner.commitTransaction();
      await dialect.setSequence(runner, t.plan, Math.max(t.maxId, Number(t.line.sequence ?? 0)));
      rowsPerTable[t.plan.table] = t.loaded;
      total += t.loaded;
      if (t.line.rows >= every) progress(`恢复 restore ${t.plan.table}: ${t.loaded} 行 rows`);
    };

    let skippedHeader = false;
    let reading: FileReader | null = null;
    const putFile = async (no: number, r: FileReader) => {
      const bytes = r.finish(no);
      written.push(r.line.file);
      await store!.put(r.line.file, bytes);
    };
    for await (const { no, value, size } of readDumpLines(file)) {
      if (!skippedHeader) {
        skippedHeader = true;
        continue;
      }
      if (reading) {
        reading.add(no, value);
        if (reading.complete) {
          await putFile(no, reading);
          reading = null;
        }
        continue;
      }
      if (isDumpFileLine(value)) {
        if (table) await finish(table);
        table = null;
        reading = new FileReader(value, true);
        if (reading.complete) {
          await putFile(no, reading);
          reading = null;
        }
        continue;
      }
      if (Array.isArray(value)) {
        const t = table!;
        t.pending.push(value.map((v, i) => decodeValue(t.kinds[i], v, dialect.kind, t.digits[i])));
        t.pendingChars += size;
        const id = t.plan.sequenceColumn ? Number(value[t.line.columns.indexOf(t.plan.sequenceColumn)]) : NaN;
        if (id > t.maxId) t.maxId = id;
        if (t.pending.length >= t.rowsPerInsert || t.pendingChars >= MAX_STATEMENT_CHARS) {
          const before = t.loaded;
          await flush(t);
          if (t.line.rows >= every && Math.floor(t.loaded / every) > Math.floor(before / every))
            progress(`恢复 restore ${t.plan.table}: ${t.loaded}/${t.line.rows}`);
        }
        continue;
      }
      if (table) await finish(table);
      table = null;
      const line = value as DumpTableLine & { end?: boolean };
      if (line.end) break;
      const plan = byName.get(line.table)!;
      const digitsByColumn = await dialect.datetimeDigits(runner, plan.table);
      const kinds = line.columns.map((c) => plan.columns.find((pc) => pc.name === c)!.kind);
      table = {
        plan,
        line,
        kinds,
        digits: line.columns.map((c) => digitsByColumn.get(c) ?? 6),
        rowsPerInsert: Math.max(
          1,
          Math.min(rowsPerInsertMax, Math.floor(dialect.maxParameters / Math.max(1, line.columns.length))),
        ),
        insertPrefix: `INSERT INTO ${dialect.q(plan.table)} (${line.columns.map((c) => dialect.q(c)).join(', ')}) VALUES `,
        placeholders: `(${line.columns.map(() => '?').join(', ')})`,
        pending: [],
        pendingChars: 0,
        inTransaction: 0,
        loaded: 0,
        maxId: 0,
      };
    }
    if (table) await finish(table);

    // Every table as the dump says, and every foreign key pointing somewhere.
    for (const line of manifest.tables) {
      const n = await count(runner, dialect, line.table);
      if (n !== line.rows)
        throw new BackupError(
          `${line.table}: 写入后有 ${n} 行，备份中有 ${line.rows} 行 / ${n} rows after loading, the dump has ${line.rows}`,
        );
    }
    const dangling = await orphans(runner, dialect, plans);
    if (dangling.length)
      throw new BackupError(
        `恢复后外键不一致 / foreign keys point nowhere after loading: ${dangling.slice(0, 10).join('; ')}`,
      );
    await dialect.endLoad(runner);
    loading = false;
    return {
      tables: manifest.tables.length,
      rows: total,
      ms: Date.now() - started,
      rowsPerTable,
      migrationsApplied: applied.map((m) => m.name),
      files: written.length,
    };
  } catch (error) {
    for (const key of written) await store?.delete(key).catch(() => {});
    if (loading) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => {});
      // Leave the target as found: empty (its schema migrated), so the restore can be run again.
      for (const plan of [...plans].reverse())
        await runner.query(`DELETE FROM ${dialect.q(plan.table)}`).catch(() => {});
      await dialect.endLoad(runner).catch(() => {});
    }
    throw error;
  } finally {
    await runner.release();
  }
}

/**
 * Restores `file` into the empty database at `databaseUrl` (DATABASE_URL forms) through a
 * connection of its own, its files into the store the environment configures for that
 * database (core/file-store.ts) unless `options.files` names one.
 */
export async function restoreDatabase(
  open: OpenDatabase,
  databaseUrl: string | undefined,
  file: string,
  options: RestoreOptions = {},
): Promise<RestoreStats> {
  if (!fs.existsSync(file)) throw new BackupError(`找不到备份文件 ${file} / dump file not found: ${file}`);
  // Check the whole file before creating or migrating anything.
  const started = Date.now();
  const manifest = await inspectDump(file);
  const target = parseDatabaseUrl(databaseUrl);
  const { dataSource } = await open(target);
  try {
    const files = options.files ?? fileStoreFrom(process.env, target);
    const stats = await restoreInto(dataSource, file, { ...options, files }, manifest);
    return { ...stats, ms: Date.now() - started };
  } finally {
    await dataSource.destroy();
  }
}
