import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { imageCommand, repoRoot } from './image-command.mjs';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** `npm run seed` on a database: production mode loads no demo data by itself. */
export function seedDemo(databaseUrl: string): void {
  execFileSync('node', ['packages/demo/dist/seed-command.js'], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

export interface ChildServer {
  url: string;
  port: number;
  child: ChildProcess;
  output: () => string;
  /** Resolves with the exit code (and how long after `kill` it came). */
  exited: Promise<number | null>;
}

/** The built server started as the Docker image starts it (production mode), ready when /readyz says 200. */
export async function startChildServer(
  databaseUrl: string,
  env: Record<string, string> = {},
  port?: number,
): Promise<ChildServer> {
  port ??= await freePort();
  const [node, ...args] = imageCommand();
  const child = spawn(node, args, {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      JWT_SECRET: 'child-'.padEnd(40, 'x'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}: ${out}`);
    const ok = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { url, port, child, output: () => out, exited };
    await sleep(100);
  }
  child.kill('SIGKILL');
  throw new Error(`server did not become ready: ${out}`);
}

export interface RawResponse {
  status: number | null; // null: no HTTP response at all
  error?: string; // ECONNRESET …
  body?: any;
  ms: number;
}

/** One POST /graphql on its own TCP connection (no pooling), reporting a reset as such. */
export function postOnce(
  url: string,
  query: string,
  token?: string,
  variables?: Record<string, unknown>,
): Promise<RawResponse> {
  const started = Date.now();
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve) => {
    const req = http.request(
      `${url}/graphql`,
      {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d) => (text += d));
        res.on('end', () => {
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            /* not JSON */
          }
          resolve({ status: res.statusCode ?? null, body: parsed, ms: Date.now() - started });
        });
        res.on('error', (e: NodeJS.ErrnoException) =>
          resolve({ status: null, error: e.code ?? e.message, ms: Date.now() - started }),
        );
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) =>
      resolve({ status: null, error: e.code ?? e.message, ms: Date.now() - started }),
    );
    req.end(body);
  });
}
