import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createScratchMysqlDatabase } from '@cppcc/server/src/index';
import { TEST_MYSQL_URL, type DatabaseKind } from './api';
import { imageCommand, repoRoot } from './image-command.mjs';
import { seedDemo } from './child-server';

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Output so far, for failure messages. */
  output(): string;
  /** Resident set size of the server process now, in bytes (Linux /proc). */
  rss(): number;
  stop(): Promise<void>;
}

/**
 * The built server (apps/server/dist, started with the image's command) as a process of its
 * own on a fresh SQLite file or MySQL database, with the demo county (`npm run seed` first: the
 * image's command loads no demo data): its memory can be
 * measured apart from the test's.
 */
export async function startServerProcess(kind: DatabaseKind, env: Record<string, string> = {}): Promise<ServerProcess> {
  const cmd = imageCommand() as string[];
  let databaseUrl: string;
  let dispose: () => Promise<void>;
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cppcc-proc-'));
    databaseUrl = `sqlite:${path.join(dir, 'test.db')}`;
    dispose = async () => fs.rmSync(dir, { recursive: true, force: true });
  } else {
    const scratch = await createScratchMysqlDatabase(TEST_MYSQL_URL, 'cppcc_proc');
    databaseUrl = scratch.url;
    dispose = () => scratch.drop();
  }
  seedDemo(databaseUrl);
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = spawn(cmd[0], cmd.slice(1), {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      JWT_SECRET: 'proc-test-'.padEnd(48, 's'),
      LOG_LEVEL: 'warn',
      VITEST: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode == null && child.signalCode == null) {
      child.kill('SIGKILL');
      await exited;
    }
    await dispose();
  };
  for (let i = 0; i < 300 && child.exitCode == null; i++) {
    if (
      await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    ) {
      return {
        url,
        child,
        output: () => output,
        rss: () => {
          // 0 once the process is gone (its status then has no VmRSS line).
          const status = fs.existsSync(`/proc/${child.pid}/status`)
            ? fs.readFileSync(`/proc/${child.pid}/status`, 'utf8')
            : '';
          return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
        },
        stop,
      };
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`the server did not become ready:\n${output}`);
}
