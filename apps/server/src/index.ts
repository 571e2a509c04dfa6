import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import { describeTarget, parseDatabaseUrl } from './core/database-url';
import { openDatabase } from './app/database';
import type { QueryCounter } from './core/query-counter';
import { getSchema } from './app/schema';
import { createHttpApp } from './http/app';
import { ensureFirstAdmin } from './auth/bootstrap-users';
import { resolveJwtSecret } from './auth/secret';
import type { ServerSettings } from './core/context';
import path from 'node:path';
import { timeBoundsFrom, type TimeBounds } from './core/time-bounds';
import { seedTools, type SeedTools } from './app/seed-tools';
import { fileMaxBytesFrom, fileStoreFrom, type FileStore } from './core/file-store';
import { sweepUnboundAttachments } from './files/attachment.service';
import { logger } from './core/logger';

export interface ServerOptions {
  /** DATABASE_URL form; undefined → ./data/cppcc.db */
  databaseUrl?: string;
  port?: number;
  host?: string;
  /**
   * Runs after the migrations, before the first admin is ensured: fills a database (the demo county
   * of packages/demo, which the production server never loads) and returns the lines to log.
   */
  /** Loads data into an empty database; `tools` act through the server's services (app/seed-tools.ts). */
  seed?: (db: DataSource, tools: SeedTools) => Promise<string[]>;
  production?: boolean;
  /** Overrides ADMIN_USERNAME / ADMIN_PASSWORD for the first admin of a database without users. */
  firstAdmin?: { username: string; password: string };
  /** Overrides TRUST_PROXY: the reverse proxies whose X-Forwarded-For/-Proto count (http/client.ts). */
  trustProxy?: string;
  /** Overrides JWT_SECRET (tests). */
  jwtSecret?: string;
  log?: (line: string) => void;
  /** Overrides SHUTDOWN_GRACE_MS, DB_TIMEOUT_MS, DB_LONG_TIMEOUT_MS (tests). */
  timeBounds?: Partial<TimeBounds>;
  /** Overrides the store FILE_STORE, FILE_STORE_DIR and S3_* configure (core/file-store.ts). */
  fileStore?: FileStore;
  /** Overrides FILE_MAX_MB: the largest attachment, in MB. */
  fileMaxMb?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  db: DataSource;
  queries: QueryCounter;
  /** Where the server keeps attachments. */
  fileStore: FileStore;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const log = options.log ?? (() => {});
  const production = options.production ?? process.env.NODE_ENV === 'production';
  const target = parseDatabaseUrl(options.databaseUrl);
  const bounds = timeBoundsFrom(process.env, options.timeBounds);
  let sweeper: NodeJS.Timeout | undefined;
  const { dataSource: db, queries } = await openDatabase(target, bounds);
  try {
    const applied = await db.runMigrations({ transaction: 'each' });
    log(`数据库 ${describeTarget(target)}：${applied.length ? `已应用 ${applied.length} 个迁移` : '结构已是最新'}`);
    if (options.seed) for (const line of await options.seed(db, seedTools(db))) log(line);
    const adminNote = await ensureFirstAdmin(
      db,
      options.firstAdmin
        ? { ADMIN_USERNAME: options.firstAdmin.username, ADMIN_PASSWORD: options.firstAdmin.password }
        : process.env,
    );
    if (adminNote) log(adminNote);
    const dataDir =
      target.type === 'sqlite' && target.file !== ':memory:' ? path.dirname(target.file) : path.resolve('data');
    const settings: ServerSettings = {
      jwtSecret: options.jwtSecret ?? resolveJwtSecret(dataDir, production),
      production,
      tokenTtlSeconds: 12 * 3600,
      fileStore: options.fileStore ?? fileStoreFrom(process.env, target),
      fileMaxBytes:
        options.fileMaxMb !== undefined ? Math.round(options.fileMaxMb * 1024 * 1024) : fileMaxBytesFrom(process.env),
    };
    log(`附件存储 file store: ${settings.fileStore!.description}`);
    // Uploads never bound to a record are swept at start and every hour (files/attachment.service.ts).
    const sweep = () =>
      sweepUnboundAttachments(db, settings.fileStore!)
        .then((n) => n && log(`清理未使用的附件 swept unbound attachments: ${n}`))
        .catch((err) => logger.warn({ err }, 'sweeping unbound attachments failed'));
    await sweep();
    sweeper = setInterval(() => void sweep(), 3600 * 1000);
    sweeper.unref();
    const schema = await getSchema();
    const { server, apollo, drain } = await createHttpApp(schema, db, settings, bounds, {
      trustProxy: options.trustProxy ?? process.env.TRUST_PROXY,
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 4000, options.host ?? '0.0.0.0', () => resolve());
    });
    const port = (server.address() as AddressInfo).port;
    return {
      url: `http://127.0.0.1:${port}`,
      port,
      db,
      queries,
      fileStore: settings.fileStore!,
      async close() {
        clearInterval(sweeper);
        await drain.close(); // answers every request received, then closes the HTTP server
        await apollo.stop();
        await db.destroy();
      },
    };
  } catch (error) {
    clearInterval(sweeper);
    await db.destroy().catch(() => {});
    throw error;
  }
}

export { parseDatabaseUrl } from './core/database-url';
export { getSchema, printApiSchema, SCHEMA_FILE } from './app/schema';
export { createScratchMysqlDatabase, mysqlReachable, DEFAULT_TEST_MYSQL_URL } from './cli/scratch-database';
