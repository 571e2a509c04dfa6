import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createScratchMysqlDatabase, mysqlReachable } from '@cppcc/server/src/index';
import { TEST_MYSQL_URL, postGraphQL } from '../support/api';
import { imageCommand } from '../support/image-command.mjs';

const root = path.resolve(__dirname, '../..');
const compose = parse(fs.readFileSync(path.join(root, 'docker/compose.yml'), 'utf8'));
const dockerfile = fs.readFileSync(path.join(root, 'docker/Dockerfile'), 'utf8');
const envExample = fs.readFileSync(path.join(root, 'docker/.env.example'), 'utf8');

describe('docker/compose.yml', () => {
  it('runs MySQL 8 with a named volume and a healthcheck', () => {
    const mysql = compose.services.mysql;
    expect(mysql.image).toMatch(/^mysql:8/);
    const [volume, mount] = mysql.volumes[0].split(':');
    expect(mount).toBe('/var/lib/mysql');
    expect(compose.volumes).toHaveProperty(volume);
    expect(mysql.healthcheck.test.join(' ')).toContain('mysqladmin ping');
    expect(mysql.command.join(' ')).toContain('utf8mb4');
  });

  it('starts the server after MySQL is healthy, configured from .env', () => {
    const server = compose.services.server;
    expect(server.depends_on.mysql.condition).toBe('service_healthy');
    expect(server.environment.DATABASE_URL).toMatch(/^mysql:\/\/\w+:\$\{MYSQL_PASSWORD\}@mysql:3306\/\w+$/);
    for (const name of ['JWT_SECRET', 'ADMIN_USERNAME', 'ADMIN_PASSWORD'])
      expect(server.environment[name]).toMatch(new RegExp(`\\$\\{${name}`));
    expect(server.environment.NODE_ENV).toBe('production');
    expect(server.healthcheck.test.join(' ')).toContain('/readyz');
    expect(fs.existsSync(path.join(root, 'docker', server.build.context, server.build.dockerfile))).toBe(true);
  });

  it('documents every variable it uses in .env.example', () => {
    const used = new Set(
      [...fs.readFileSync(path.join(root, 'docker/compose.yml'), 'utf8').matchAll(/\$\{(\w+)/g)].map((m) => m[1]),
    );
    const defined = new Set(
      envExample
        .split('\n')
        .filter((l) => /^\w+=/.test(l))
        .map((l) => l.split('=')[0]),
    );
    expect([...used].filter((v) => !defined.has(v))).toEqual([]);
  });
});

describe('docker/Dockerfile', () => {
  it('builds in stages and runs as a non-root user with a healthcheck', () => {
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
    const final = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    expect(final).toMatch(/^USER (?!root)\w+/m);
    expect(final).toMatch(/^HEALTHCHECK .*\n?.*readyz/m);
  });
});

const ci = process.env.CI === 'true' || process.env.CI === '1';
const mysqlUp = await mysqlReachable(TEST_MYSQL_URL);

describe.skipIf(!mysqlUp && !ci)('the image’s start command, outside Docker', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it('serves on MySQL in production mode with the first admin from the environment, and stops gracefully on SIGTERM', async () => {
    const cmd = imageCommand() as string[];
    const scratch = await createScratchMysqlDatabase(TEST_MYSQL_URL, 'cppcc_image');
    cleanups.push(() => scratch.drop());
    const port = 20000 + Math.floor(Math.random() * 20000);
    const child = spawn(cmd[0], cmd.slice(1), {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(port),
        DATABASE_URL: scratch.url,
        JWT_SECRET: 'image-test-'.padEnd(48, 's'),
        ADMIN_USERNAME: 'chief',
        ADMIN_PASSWORD: 'image-pass-123',
        LOG_LEVEL: 'info',
        VITEST: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // stdout alone holds the JSON log lines: a chunk of stderr must not land inside one
    let stdout = '';
    let output = '';
    child.stdout.on('data', (d) => ((stdout += d), (output += d)));
    child.stderr.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    cleanups.push(async () => {
      if (child.exitCode == null) child.kill('SIGKILL');
    });
    const url = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 100; i++) {
      const ok = await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect((await fetch(`${url}/readyz`)).status, output).toBe(200);
    const login = await postGraphQL<{ login: { token: string; user: { role: string } } }>(
      url,
      `mutation { login(username: "chief", password: "image-pass-123") { token user { role } } }`,
    );
    expect(login.data?.login.user.role).toBe('COUNTY_ADMIN');
    const demo = await postGraphQL(url, `mutation { login(username: "admin", password: "demo1234") { token } }`);
    expect(demo.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const token = login.data!.login.token;
    await postGraphQL(url, `query ImageProbe { townships { totalCount } }`, undefined, {
      authorization: `Bearer ${token}`,
      'x-request-id': 'image-probe-1',
    });
    // Log lines are buffered, but a quiet server's line still shows within a second or so.
    for (let i = 0; i < 30 && !stdout.includes('image-probe-1'); i++) await new Promise((r) => setTimeout(r, 100));
    expect(stdout, output).toContain('"requestId":"image-probe-1"');
    // A request in flight when SIGTERM arrives still gets its answer: a 31-year trend takes a
    // few hundred statements, so it is still running when the signal comes.
    await postGraphQL(
      url,
      `mutation { createTownship(input: { code: "341122001", name: "镜像镇", kind: TOWN }) { id } }`,
      undefined,
      { authorization: `Bearer ${token}` },
    );
    const started = Date.now();
    const inFlight = postGraphQL<{ townshipMetrics: unknown[] }>(
      url,
      `{ townshipMetrics(townshipId: "1", fromYear: 2000, toYear: 2030) { year } }`,
      undefined,
      { authorization: `Bearer ${token}`, connection: 'close' },
    );
    await new Promise((r) => setTimeout(r, 60));
    child.kill('SIGTERM');
    const answer = await inFlight;
    expect(answer.data?.townshipMetrics, JSON.stringify(answer)).toHaveLength(31);
    expect(Date.now() - started).toBeGreaterThan(60);
    expect(await exited, output).toBe(0);
    // JSON request log lines, one per request with its id and GraphQL operation
    const lines = stdout
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(
      lines.find((l) => l.requestId === 'image-probe-1'),
      output,
    ).toMatchObject({ msg: 'request', method: 'POST', path: '/graphql', status: 200, operation: 'ImageProbe' });
  });
});
