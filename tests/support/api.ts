import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import {
  createScratchMysqlDatabase,
  DEFAULT_TEST_MYSQL_URL,
  mysqlReachable,
  startServer,
  type RunningServer,
} from '@cppcc/server/src/index';
import { seedDemoCounty } from '@cppcc/demo';
import type { ImportResult } from '@cppcc/server/src/imports/import.service';
import type { RowProblem } from '@cppcc/server/src/imports/cells';
import { LocalFileStore } from '@cppcc/server/src/core/file-store';

export type DatabaseKind = 'sqlite' | 'mysql';

/** What /import answers: a report of the rows, or a refusal of the whole file (API errors). */
export type ImportAnswer = Partial<ImportResult> & {
  errors: (Partial<RowProblem> & { message: string; extensions?: { code: string; field?: string } })[];
};

export const TEST_MYSQL_URL = process.env.TEST_MYSQL_URL || DEFAULT_TEST_MYSQL_URL;
const mysqlUp = await mysqlReachable(TEST_MYSQL_URL);
const ciRun = process.env.CI === 'true' || process.env.CI === '1';
if (!mysqlUp && !ciRun) {
  console.warn(
    `[tests] MySQL not reachable at ${TEST_MYSQL_URL}: MySQL suites are skipped (they are mandatory where CI=true).`,
  );
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: {
    message: string;
    path?: (string | number)[];
    extensions?: Record<string, unknown> & { code?: string; field?: string };
  }[];
}

export interface Client {
  /** POSTs a GraphQL document to the real server over HTTP. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** Like gql, but fails the test on any error and returns data. */
  ok<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<T>;
}

/** The demo logins (password demo1234). */
export type DemoUser = 'admin' | 'leader' | 'officer' | 'unit';
export const DEMO_PASSWORD = 'demo1234';

export interface Api extends Client {
  kind: DatabaseKind;
  server: RunningServer;
  url: string;
  /** A client signed in as a demo user (the default client is `admin`). */
  as(user: DemoUser): Promise<Client>;
  /** The login token of a demo user, for requests beside /graphql (files, exports). */
  tokenOf(user: DemoUser): Promise<string>;
  /** A client sending this bearer token (an API token or a login token). */
  withToken(token: string): Client;
  /** A client with no credentials. */
  anonymous: Client;
}

export function client(url: string, token?: string): Client {
  const auth: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const gql = <T>(q: string, v?: Record<string, unknown>, h?: Record<string, string>) =>
    postGraphQL<T>(url, q, v, { ...auth, ...h });
  return {
    gql,
    async ok(q, v, h) {
      const res = await gql(q, v, h);
      if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors, null, 1)}`);
      return res.data as never;
    },
  };
}

export async function loginToken(url: string, username: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await postGraphQL<{ login: { token: string } }>(
    url,
    `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
    { u: username, p: password },
  );
  if (!res.data?.login) throw new Error(`login ${username} failed: ${JSON.stringify(res.errors)}`);
  return res.data.login.token;
}

export async function postGraphQL<T>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: GraphQLResponse<T>;
  try {
    body = JSON.parse(text) as GraphQLResponse<T>;
  } catch {
    throw new Error(`non-JSON answer (${res.status}): ${text.slice(0, 300)}`);
  }
  return { ...body, status: res.status };
}

/** A fresh database, and a folder of its own for the file store (beside the SQLite file, as by default). */
async function openDatabase(kind: DatabaseKind): Promise<{ url: string; filesDir: string; dispose(): Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cppcc-test-'));
  const removeDir = async () => fs.rmSync(dir, { recursive: true, force: true });
  const filesDir = path.join(dir, 'files');
  if (kind === 'sqlite') return { url: `sqlite:${path.join(dir, 'test.db')}`, filesDir, dispose: removeDir };
  const scratch = await createScratchMysqlDatabase(TEST_MYSQL_URL);
  return {
    url: scratch.url,
    filesDir,
    dispose: async () => {
      await scratch.drop();
      await removeDir();
    },
  };
}

export interface SuiteOptions {
  /** Load the demo county into the fresh database (default true). */
  demo?: boolean;
  /** Start the server as NODE_ENV=production would (default false). */
  production?: boolean;
  /** TRUST_PROXY of the server (default unset: no proxy trusted). */
  trustProxy?: string;
  /** FILE_MAX_MB of the server (default 20). */
  fileMaxMb?: number;
}

/**
 * Runs a suite twice, against the real server on a fresh SQLite file and on a fresh MySQL
 * database. MySQL is mandatory where CI=true; elsewhere it is skipped when no server answers.
 */
export function describeOnDatabases(title: string, body: (api: () => Api) => void, options: SuiteOptions = {}): void {
  for (const kind of ['sqlite', 'mysql'] as DatabaseKind[]) {
    const skip = kind === 'mysql' && !mysqlUp && !ciRun;
    describe.skipIf(skip)(`${title} [${kind}]`, () => {
      let api: Api | null = null;
      let dispose: (() => Promise<void>) | null = null;
      beforeAll(async () => {
        if (kind === 'mysql' && !mysqlUp) throw new Error(`CI=true and MySQL is not reachable at ${TEST_MYSQL_URL}`);
        const db = await openDatabase(kind);
        dispose = db.dispose;
        const server = await startServer({
          databaseUrl: db.url,
          port: 0,
          host: '127.0.0.1',
          seed: (options.demo ?? true) ? seedDemoCounty : undefined,
          production: options.production ?? false,
          firstAdmin: { username: 'admin', password: DEMO_PASSWORD },
          jwtSecret: 'test-secret-'.padEnd(40, 'x'),
          trustProxy: options.trustProxy,
          fileStore: new LocalFileStore(db.filesDir),
          fileMaxMb: options.fileMaxMb,
        });
        const tokens = new Map<DemoUser, Promise<string>>();
        const tokenFor = (user: DemoUser) => {
          if (!tokens.has(user)) tokens.set(user, loginToken(server.url, user));
          return tokens.get(user)!;
        };
        const admin = client(server.url, await tokenFor('admin'));
        api = {
          ...admin,
          kind,
          server,
          url: server.url,
          as: async (user) => client(server.url, await tokenFor(user)),
          tokenOf: tokenFor,
          withToken: (token) => client(server.url, token),
          anonymous: client(server.url),
        };
      });
      afterAll(async () => {
        await api?.server.close();
        await dispose?.();
      });
      body(() => {
        if (!api) throw new Error('server not started');
        return api;
      });
    });
  }
}
