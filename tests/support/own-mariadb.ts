import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { freePort } from './child-server';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface OwnMariaDb {
  url: string; // mysql://root@127.0.0.1:<port>/<db>
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * A throwaway mariadbd of its own (temp datadir, own port and socket) for tests that pause or
 * kill the database: the shared server on 3306 serves every other test file.
 */
export async function startOwnMariaDb(database = 'cppcc'): Promise<OwnMariaDb> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cppcc-mariadb-'));
  const datadir = path.join(dir, 'data');
  execFileSync(
    'mariadb-install-db',
    [
      '--no-defaults',
      `--datadir=${datadir}`,
      '--user=root',
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
    ],
    { stdio: 'ignore' },
  );
  const port = await freePort();
  const child = spawn(
    '/usr/sbin/mariadbd',
    [
      '--no-defaults',
      `--datadir=${datadir}`,
      `--port=${port}`,
      `--socket=${path.join(dir, 'mysqld.sock')}`,
      `--pid-file=${path.join(dir, 'mysqld.pid')}`,
      '--bind-address=127.0.0.1',
      '--user=root',
      '--skip-grant-tables',
      '--skip-log-bin',
      '--innodb-buffer-pool-size=64M',
    ],
    { stdio: 'ignore' },
  );
  const base = `mysql://root@127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      const conn = await mysql.createConnection({ uri: base, connectTimeout: 1000 });
      await conn.query(
        `CREATE DATABASE IF NOT EXISTS \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
      );
      await conn.end();
      break;
    } catch (error) {
      if (i > 100 || child.exitCode !== null) throw error;
      await sleep(200);
    }
  }
  return {
    url: `${base}/${database}`,
    process: child,
    async stop() {
      child.kill('SIGCONT');
      child.kill('SIGKILL');
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
