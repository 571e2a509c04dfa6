import type { DataSource, QueryRunner } from 'typeorm';
import { isMysql } from '../core/data-source';
import type { ColumnPlan, TablePlan } from './tables';
import type { SqlDialect } from './values';

/**
 * Every statement of backup and restore that differs between SQLite and MySQL lives here
 * (docs/architecture.md: no dialect-only SQL outside a dialect helper).
 */
export class BackupDialect {
  readonly kind: SqlDialect;

  constructor(private readonly db: DataSource) {
    this.kind = isMysql(db) ? 'mysql' : 'sqlite';
  }

  q(name: string): string {
    return this.db.driver.escape(name);
  }

  /** The select expression of a column, so its value comes back in a dialect-neutral text form. */
  selectExpression(column: ColumnPlan): string {
    const c = this.q(column.name);
    if (this.kind === 'mysql') {
      // Text, not Date objects: no time zone conversion and no loss of microseconds.
      if (column.kind === 'datetime') return `DATE_FORMAT(${c}, '%Y-%m-%d %H:%i:%s.%f') AS ${c}`;
      if (column.kind === 'date') return `DATE_FORMAT(${c}, '%Y-%m-%d') AS ${c}`;
    }
    return c;
  }

  /** A read-only snapshot for the whole dump (MySQL: consistent snapshot; SQLite: one read transaction under WAL). */
  async beginSnapshot(runner: QueryRunner): Promise<void> {
    if (this.kind === 'mysql') {
      await runner.query(`SET time_zone = '+00:00'`);
      await runner.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
      await runner.query('START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY');
    } else {
      await runner.query('BEGIN');
    }
  }

  async endSnapshot(runner: QueryRunner): Promise<void> {
    await runner.query('COMMIT').catch(() => {});
  }

  /** The last id handed out by the table's sequence (it may exceed max(id) after deletions). */
  async readSequence(runner: QueryRunner, table: TablePlan): Promise<number | null> {
    if (!table.sequenceColumn) return null;
    if (this.kind === 'sqlite') {
      const exists = await runner.query(
        `SELECT 1 AS x FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'`,
      );
      if (!exists.length) return null;
      const rows: { seq: number }[] = await runner.query('SELECT seq FROM sqlite_sequence WHERE name = ?', [
        table.table,
      ]);
      return rows.length ? Number(rows[0].seq) : null;
    }
    // MySQL 8 caches information_schema statistics for a day unless told otherwise; MariaDB has no such setting.
    await runner.query('SET SESSION information_schema_stats_expiry = 0').catch(() => {});
    const rows: { n: number | string | null }[] = await runner.query(
      'SELECT AUTO_INCREMENT AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?',
      [table.table],
    );
    const next = rows.length && rows[0].n != null ? Number(rows[0].n) : null;
    return next != null && next > 1 ? next - 1 : null;
  }

  /** Fractional-second digits of each datetime column on the target (MySQL DATETIME(n); SQLite keeps milliseconds). */
  async datetimeDigits(runner: QueryRunner, table: string): Promise<Map<string, number>> {
    const digits = new Map<string, number>();
    if (this.kind === 'sqlite') return digits;
    const rows: { c: string; p: number | string | null }[] = await runner.query(
      'SELECT COLUMN_NAME AS c, DATETIME_PRECISION AS p FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?',
      [table],
    );
    for (const row of rows) if (row.p != null) digits.set(row.c, Number(row.p));
    return digits;
  }

  /** Before loading: this connection only, FK checks off (cycles, self references), UTC. */
  async beginLoad(runner: QueryRunner): Promise<void> {
    if (this.kind === 'mysql') {
      await runner.query(`SET time_zone = '+00:00'`);
      await runner.query('SET FOREIGN_KEY_CHECKS = 0');
    } else {
      await runner.query('PRAGMA foreign_keys = OFF'); // only outside a transaction, as here
    }
  }

  async endLoad(runner: QueryRunner): Promise<void> {
    if (this.kind === 'mysql') await runner.query('SET FOREIGN_KEY_CHECKS = 1');
    else await runner.query('PRAGMA foreign_keys = ON');
  }

  /** Bound parameters per statement: SQLite allows 32766, MySQL 65535; stay well below. */
  get maxParameters(): number {
    return this.kind === 'mysql' ? 20_000 : 10_000;
  }

  /** New rows continue after `last` (the larger of the dump's sequence and the largest id loaded). */
  async setSequence(runner: QueryRunner, table: TablePlan, last: number): Promise<void> {
    if (!table.sequenceColumn || !(last > 0)) return;
    if (this.kind === 'mysql') {
      await runner.query(`ALTER TABLE ${this.q(table.table)} AUTO_INCREMENT = ${Math.floor(last) + 1}`);
      return;
    }
    const exists = await runner.query(
      `SELECT 1 AS x FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'`,
    );
    if (!exists.length) return; // no AUTOINCREMENT table: SQLite continues after max(rowid) by itself
    const ddl: { sql: string }[] = await runner.query(
      `SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?`,
      [table.table],
    );
    if (!/AUTOINCREMENT/i.test(ddl[0]?.sql ?? '')) return;
    await runner.query('DELETE FROM sqlite_sequence WHERE name = ?', [table.table]);
    await runner.query('INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)', [table.table, Math.floor(last)]);
  }

  /** SQLite's own integrity check of every foreign key (MySQL: the portable check in restore.ts suffices). */
  async foreignKeyViolations(runner: QueryRunner): Promise<string[]> {
    if (this.kind === 'mysql') return [];
    const rows: { table: string; parent: string; rowid: number }[] = await runner.query('PRAGMA foreign_key_check');
    return rows.map((r) => `${r.table} (rowid ${r.rowid}) → ${r.parent}`);
  }
}
