import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '@cppcc/server/src/index';
import { fileStoreFrom, newFileKey, S3FileStore } from '@cppcc/server/src/core/file-store';
import { DEMO_PASSWORD, loginToken } from '../support/api';

/*
 * FILE_STORE=s3 against a real S3-compatible server (s3rver, in this process): requests signed
 * with Signature Version 4, path-style addresses; then the whole upload → download path of the
 * API on SQLite with its files in the bucket, as several server instances would share them.
 */

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('the S3 file store (s3rver)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cppcc-s3-'));
  let s3: S3rver;
  let endpoint: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    s3 = new S3rver({
      port: 0,
      address: '127.0.0.1',
      silent: true,
      directory: path.join(dir, 'bucket'),
      configureBuckets: [{ name: 'cppcc-files' }],
    });
    const { port } = await s3.run();
    endpoint = `http://127.0.0.1:${port}`;
    env = {
      FILE_STORE: 's3',
      S3_ENDPOINT: endpoint,
      S3_BUCKET: 'cppcc-files',
      S3_ACCESS_KEY: 'S3RVER',
      S3_SECRET_KEY: 'S3RVER',
    };
  });
  afterAll(async () => {
    await s3?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('puts, gets, lists and deletes objects under random keys', async () => {
    const store = fileStoreFrom(env, { type: 'sqlite', file: ':memory:' });
    expect(store).toBeInstanceOf(S3FileStore);
    expect(store.description).toBe(`S3 ${endpoint}/cppcc-files`);
    const files = new Map<string, Buffer>();
    for (let i = 0; i < 3; i++) files.set(newFileKey(), randomBytes(1000 + i * 70_000));
    for (const [key, bytes] of files) await store.put(key, bytes);
    for (const [key, bytes] of files) expect(sha((await store.get(key))!)).toBe(sha(bytes));
    const keys: string[] = [];
    for await (const key of store.keys()) keys.push(key);
    expect(keys.sort()).toEqual([...files.keys()].sort());
    const [first] = files.keys();
    await store.delete(first);
    await store.delete(first); // deleting what is not there is no error
    expect(await store.get(first)).toBeNull();
    expect(await store.get(newFileKey())).toBeNull();
    await expect(store.get('../../etc/passwd')).rejects.toThrow(/not a file key/);
  });

  // s3rver accepts any Signature Version 4 request of a known access key without checking it:
  // the signing itself is checked against the AWS example in apps/server/src/core/file-store.test.ts.
  it('refuses incomplete settings, and reports the store’s error code', async () => {
    expect(() =>
      fileStoreFrom({ FILE_STORE: 's3', S3_ENDPOINT: endpoint }, { type: 'sqlite', file: ':memory:' }),
    ).toThrow(/S3_BUCKET, S3_ACCESS_KEY, S3_SECRET_KEY/);
    const missingBucket = new S3FileStore({
      endpoint,
      bucket: 'no-such-bucket',
      region: 'us-east-1',
      accessKey: 'S3RVER',
      secretKey: 'S3RVER',
    });
    await expect(missingBucket.put(newFileKey(), Buffer.from('x'))).rejects.toThrow(/HTTP 404 NoSuchBucket/);
  });

  describe('the API with its files in the bucket', () => {
    let server: RunningServer;
    beforeAll(async () => {
      server = await startServer({
        databaseUrl: `sqlite:${path.join(dir, 'server.db')}`,
        port: 0,
        host: '127.0.0.1',
        firstAdmin: { username: 'admin', password: DEMO_PASSWORD },
        jwtSecret: 'test-secret-'.padEnd(40, 'x'),
        fileStore: fileStoreFrom(env, { type: 'sqlite', file: ':memory:' }),
      });
    });
    afterAll(async () => server?.close());

    it('uploads to and downloads from the bucket', async () => {
      const token = await loginToken(server.url, 'admin');
      const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(5000)]);
      const res = await fetch(`${server.url}/files`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'x-file-name': encodeURIComponent('县政协通知.pdf') },
        body: pdf,
      });
      expect(res.status).toBe(201);
      const { url, sha256 } = (await res.json()) as { url: string; sha256: string };
      expect(sha256).toBe(sha(pdf));
      expect(sha((await server.fileStore.get(url.slice(7)))!)).toBe(sha(pdf));
      const got = await fetch(`${server.url}${url}`, { headers: { authorization: `Bearer ${token}` } });
      expect(got.status).toBe(200);
      expect(sha(Buffer.from(await got.arrayBuffer()))).toBe(sha(pdf));
    });
  });
});
