// Scratch MySQL databases for the migration generator (npm run migration:generate) and the
// test suites and benchmarks, which reach it through the package index.
import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';

export const DEFAULT_TEST_MYSQL_URL = 'mysql://root@127.0.0.1:3306/test';

export interface ScratchDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** Creates a fresh utf8mb4 database beside the one in `baseUrl`, for tests and generators. */
export async function createScratchMysqlDatabase(
  baseUrl = DEFAULT_TEST_MYSQL_URL,
  prefix = 'cppcc_test',
): Promise<ScratchDatabase> {
  const url = new URL(baseUrl);
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = await mysql.createConnection({ uri: baseUrl, connectTimeout: 3000 });
  try {
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await admin.end();
  }
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      const conn = await mysql.createConnection({ uri: baseUrl, connectTimeout: 3000 });
      try {
        await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
      } finally {
        await conn.end();
      }
    },
  };
}

/** True when a MySQL server answers at `url` within a short time. */
export async function mysqlReachable(url = DEFAULT_TEST_MYSQL_URL): Promise<boolean> {
  try {
    const conn = await mysql.createConnection({ uri: url, connectTimeout: 2000 });
    await conn.query('SELECT 1');
    await conn.end();
    return true;
  } catch {
    return false;
  }
}
