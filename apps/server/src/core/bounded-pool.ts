import type { DataSource } from 'typeorm';
import { MysqlDriver } from 'typeorm/driver/mysql/MysqlDriver';
import { currentDbBudget, type DbBudget } from './time-bounds';

/**
 * Bounds of a MySQL/MariaDB pool, from the budget of the request (time-bounds.ts):
 * - the wait for a free connection (mysql2 has no acquire timeout of its own);
 * - every statement (mysql2's client-side timeout): a paused or unreachable server answers
 *   in time, and the connection that waited is destroyed (the server rolls back its open
 *   transaction), so the pool heals by itself once the server is back;
 * - reads on the server too (`max_statement_time` on MariaDB, `MAX_EXECUTION_TIME` on MySQL),
 *   so a runaway SELECT stops there as well.
 * A COMMIT (or a write outside a transaction) that times out may or may not have been applied:
 * its error carries `outcomeUnknown`, which format-error.ts reports as WRITE_OUTCOME_UNKNOWN.
 */

type Callback = (error: Error | null, ...rest: unknown[]) => void;

interface CoreConnection {
  query(sql: unknown, values?: unknown, cb?: unknown): unknown;
  destroy(): void;
  release(): void;
  [BOUND]?: { inTransaction: boolean };
}

interface CorePool {
  getConnection(cb: (error: Error | null, connection?: CoreConnection) => void): void;
}

const BOUND = Symbol('bounded');
const TIMEOUT_CODES = new Set(['PROTOCOL_SEQUENCE_TIMEOUT']);
const CONNECTION_LOST = new Set([
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'PROTOCOL_CONNECTION_LOST',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
]);

export class DatabaseTimeout extends Error {
  readonly code = 'POOL_ACQUIRE_TIMEOUT';
}

function sqlText(sql: unknown): string {
  return typeof sql === 'string' ? sql : String((sql as { sql?: string })?.sql ?? '');
}

/** The statement with a server-side time limit, for SELECTs only (writes are bounded client-side). */
function limitRead(sql: string, ms: number, flavour: 'mysql' | 'mariadb'): string {
  if (!/^\s*SELECT\b/i.test(sql)) return sql;
  if (flavour === 'mariadb') return `SET STATEMENT max_statement_time=${(ms / 1000).toFixed(3)} FOR ${sql}`;
  return sql.replace(/^\s*SELECT\b/i, `SELECT /*+ MAX_EXECUTION_TIME(${ms}) */`);
}

function bindConnection(connection: CoreConnection, flavour: 'mysql' | 'mariadb'): void {
  if (connection[BOUND]) return;
  const state: { inTransaction: boolean } = (connection[BOUND] = { inTransaction: false });
  const query = connection.query;
  connection.query = function (this: CoreConnection, sql: unknown, values?: unknown, cb?: unknown) {
    const budget: DbBudget | undefined = currentDbBudget();
    if (!budget) return query.call(this, sql, values, cb);
    const text = sqlText(sql);
    const statement = text.trimStart().slice(0, 20).toUpperCase();
    const isCommit = statement.startsWith('COMMIT');
    const writesAlone = !state.inTransaction && /^(INSERT|UPDATE|DELETE|REPLACE)\b/.test(statement);
    if (statement.startsWith('START TRANSACTION') || statement.startsWith('BEGIN')) state.inTransaction = true;
    if (isCommit || statement.startsWith('ROLLBACK')) state.inTransaction = false;
    const ms = Math.max(1, Math.ceil(budget.remainingMs()));
    const options = {
      ...(typeof sql === 'string' ? {} : (sql as object)),
      sql: limitRead(text, ms, flavour),
      timeout: ms,
    };
    const [args, done] =
      typeof values === 'function' ? [undefined, values as Callback] : [values, cb as Callback | undefined];
    const wrapped: Callback = (error, ...rest) => {
      if (error) {
        const code = String((error as { code?: string }).code ?? '');
        if (TIMEOUT_CODES.has(code)) connection.destroy(); // its command queue is stuck behind the lost reply
        if ((isCommit || writesAlone) && CONNECTION_LOST.has(code)) Object.assign(error, { outcomeUnknown: true });
      }
      done?.(error, ...rest);
    };
    return args === undefined ? query.call(this, options, wrapped) : query.call(this, options, args, wrapped);
  };
}

export function boundPool(dataSource: DataSource, flavour: 'mysql' | 'mariadb'): void {
  if (!(dataSource.driver instanceof MysqlDriver))
    throw new Error(`boundPool: ${flavour} data source without the MySQL driver`);
  // TypeORM types the mysql2 pool `any`: CorePool is the part of it this wraps.
  const pool: CorePool = dataSource.driver.pool;
  const getConnection = pool.getConnection.bind(pool);
  pool.getConnection = (cb) => {
    const budget = currentDbBudget();
    if (!budget) {
      return getConnection((error, connection) => {
        if (connection) bindConnection(connection, flavour);
        cb(error, connection);
      });
    }
    let settled = false;
    const timer = setTimeout(
      () => {
        settled = true;
        cb(new DatabaseTimeout('等待数据库连接超时'));
      },
      Math.max(0, budget.remainingMs()),
    );
    getConnection((error, connection) => {
      if (settled) {
        connection?.release(); // came too late: back to the pool for the next request
        return;
      }
      settled = true;
      clearTimeout(timer);
      if (connection) bindConnection(connection, flavour);
      cb(error, connection);
    });
  };
}
