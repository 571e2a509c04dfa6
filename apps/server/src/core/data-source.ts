import fs from 'node:fs';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { DataSource, type DataSourceOptions, type EntitySchema, type MixedList } from 'typeorm';
import { type DatabaseTarget } from './database-url';
import { MIGRATIONS } from './migrations';
import { QueryCounter } from './query-counter';
import { boundPool } from './bounded-pool';
import { DEFAULT_TIME_BOUNDS, type TimeBounds } from './time-bounds';

/** The entity classes a data source maps (the app's list: app/entities.ts). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityList = MixedList<Function | string | EntitySchema>;

/** Opens the product's database (app/database.ts), for callers that must not know its entities. */
export type OpenDatabase = (target: DatabaseTarget, bounds?: TimeBounds) => Promise<DataSourceBundle>;

export interface DataSourceBundle {
  dataSource: DataSource;
  queries: QueryCounter;
}

/**
 * TypeORM reads column defaults differently on MariaDB; telling it which server it talks to
 * keeps its schema comparison (and so the migration drift test) exact on both.
 */
export async function mysqlFlavour(url: string): Promise<'mysql' | 'mariadb'> {
  const conn = await mysql.createConnection({ uri: url, connectTimeout: 5000 });
  try {
    const [rows] = await conn.query('SELECT VERSION() AS v');
    return /mariadb/i.test(String((rows as { v: string }[])[0]?.v)) ? 'mariadb' : 'mysql';
  } finally {
    await conn.end();
  }
}

function optionsFor(
  target: DatabaseTarget,
  entities: EntityList,
  logger: QueryCounter,
  bounds: TimeBounds,
  flavour: 'mysql' | 'mariadb' = 'mysql',
): DataSourceOptions {
  const common = {
    entities,
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    logger,
    logging: true as const,
  };
  if (target.type === 'sqlite') {
    if (target.file !== ':memory:') fs.mkdirSync(path.dirname(target.file), { recursive: true });
    return {
      ...common,
      type: 'better-sqlite3',
      database: target.file,
      // WAL lets readers proceed while a write transaction is open.
      prepareDatabase: (db: { pragma(s: string): unknown }) => {
        db.pragma('journal_mode = WAL');
        db.pragma('foreign_keys = ON');
        // Another process holding the file (backup, a second instance) makes requests fail within
        // 2 s (or DB_TIMEOUT_MS if shorter), not hang; the wait blocks the event loop, hence the cap.
        db.pragma(`busy_timeout = ${Math.min(2000, bounds.dbTimeoutMs)}`);
      },
    };
  }
  return {
    ...common,
    type: flavour,
    url: target.url,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    dateStrings: ['DATE'],
    poolSize: 10,
    // TypeORM does not reconnect on its own: keep connections alive and fail fast when the server is gone.
    // trace off: mysql2 would capture a stack per query (a few % of a busy server) to decorate
    // errors we only map to API codes.
    extra: {
      enableKeepAlive: true,
      connectTimeout: Math.min(5000, bounds.dbTimeoutMs),
      queueLimit: 200,
      waitForConnections: true,
      trace: false,
    },
  };
}

export async function openDataSource(
  target: DatabaseTarget,
  entities: EntityList,
  bounds: TimeBounds = DEFAULT_TIME_BOUNDS,
): Promise<DataSourceBundle> {
  const queries = new QueryCounter();
  const flavour = target.type === 'mysql' ? await mysqlFlavour(target.url) : undefined;
  const dataSource = new DataSource(optionsFor(target, entities, queries, bounds, flavour));
  await dataSource.initialize();
  // Pool wait and statements bounded by the request's budget (requests only; CLI work is unbounded).
  if (flavour) boundPool(dataSource, flavour);
  return { dataSource, queries };
}

export function isMysql(dataSource: DataSource): boolean {
  return dataSource.options.type === 'mysql' || dataSource.options.type === 'mariadb';
}
