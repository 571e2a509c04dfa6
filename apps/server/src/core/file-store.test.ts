import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AwsV4Signer } from 'aws4fetch';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultFileDir, fileMaxBytesFrom, fileStoreFrom, LocalFileStore, newFileKey, S3FileStore } from './file-store';

describe('Signature Version 4 (aws4fetch, as the S3 store signs)', () => {
  it('signs the get-vanilla example of the AWS Signature Version 4 test suite exactly', async () => {
    // AWS General Reference, "Signature Version 4 test suite": get-vanilla (GET / with Host and X-Amz-Date).
    const signer = new AwsV4Signer({
      url: 'https://example.amazonaws.com/',
      method: 'GET',
      accessKeyId: 'AKIDEXAMPLE',
      secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
      service: 'service',
      region: 'us-east-1',
      datetime: '20150830T123600Z',
    });
    const { headers } = await signer.sign();
    const auth = headers.get('authorization')!.replace(/, /g, ',');
    expect(auth).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request,SignedHeaders=host;x-amz-date,Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31',
    );
  });

  it('signs S3 requests with the payload hash header S3 requires', async () => {
    const signer = new AwsV4Signer({
      url: 'http://127.0.0.1:9000/bucket/0123456789abcdef0123456789abcdef',
      method: 'PUT',
      body: 'x',
      accessKeyId: 'a',
      secretAccessKey: 's',
      service: 's3',
      region: 'us-east-1',
    });
    const { headers } = await signer.sign();
    expect(headers.get('x-amz-content-sha256')).toMatch(/^[0-9a-f]{64}$|^UNSIGNED-PAYLOAD$/);
    expect(headers.get('authorization')).toMatch(/SignedHeaders=host;x-amz-content-sha256;x-amz-date/);
  });
});

describe('LocalFileStore', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'file-store-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes whole files under sharded random keys, lists and deletes them', async () => {
    const store = new LocalFileStore(dir);
    const key = newFileKey();
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(newFileKey()).not.toBe(key);
    await store.put(key, Buffer.from('甲乙丙'));
    expect(fs.readFileSync(path.join(dir, key.slice(0, 2), key), 'utf8')).toBe('甲乙丙');
    // Nothing but the file is left beside it (the temporary file was renamed).
    expect(fs.readdirSync(path.join(dir, key.slice(0, 2)))).toEqual([key]);
    expect((await store.get(key))!.toString()).toBe('甲乙丙');
    const keys: string[] = [];
    for await (const k of store.keys()) keys.push(k);
    expect(keys).toEqual([key]);
    await store.delete(key);
    expect(await store.get(key)).toBeNull();
    await expect(store.put('../escape', Buffer.from('x'))).rejects.toThrow(/not a file key/);
    const none: string[] = [];
    for await (const k of new LocalFileStore(path.join(dir, 'absent')).keys()) none.push(k);
    expect(none).toEqual([]);
  });
});

describe('configuration', () => {
  it('defaults to files beside the SQLite file, else ./data/files; FILE_STORE_DIR and s3 override', () => {
    expect(defaultFileDir({ type: 'sqlite', file: '/srv/cppcc/cppcc.db' })).toBe('/srv/cppcc/files');
    expect(defaultFileDir({ type: 'mysql', url: 'mysql://x/db', database: 'db' }, '/opt/app')).toBe(
      '/opt/app/data/files',
    );
    const local = fileStoreFrom({ FILE_STORE_DIR: 'uploads' }, { type: 'sqlite', file: ':memory:' }, '/opt/app');
    expect((local as LocalFileStore).dir).toBe('/opt/app/uploads');
    const s3 = fileStoreFrom(
      { FILE_STORE: 's3', S3_ENDPOINT: 'http://minio:9000/', S3_BUCKET: 'b', S3_ACCESS_KEY: 'a', S3_SECRET_KEY: 's' },
      { type: 'sqlite', file: ':memory:' },
    );
    expect(s3).toBeInstanceOf(S3FileStore);
    expect((s3 as S3FileStore).settings.region).toBe('us-east-1');
    expect(s3.description).toBe('S3 http://minio:9000/b');
    expect(() => fileStoreFrom({ FILE_STORE: 'ftp' }, { type: 'sqlite', file: ':memory:' })).toThrow(/local or s3/);
  });
  it('reads FILE_MAX_MB, 20 MB by default', () => {
    expect(fileMaxBytesFrom({})).toBe(20 * 1024 * 1024);
    expect(fileMaxBytesFrom({ FILE_MAX_MB: '5' })).toBe(5 * 1024 * 1024);
    expect(() => fileMaxBytesFrom({ FILE_MAX_MB: 'lots' })).toThrow(/positive/);
  });
});
