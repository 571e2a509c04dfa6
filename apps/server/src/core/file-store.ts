import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AwsClient } from 'aws4fetch';
import type { DatabaseTarget } from './database-url';

/**
 * Where the bytes of attachments live, beside the database (docs/adr/0009-file-store.md): a
 * folder by default, any S3-compatible store (MinIO, 阿里云 OSS, 腾讯云 COS) by configuration so
 * that several server instances share it. Keys are random (newFileKey); the database row
 * (apps/server/src/files/attachment.entity.ts) says whose a file is and what it is called.
 */
export interface FileStore {
  /** Writes the whole file; a reader never sees half of it. */
  put(key: string, bytes: Buffer): Promise<void>;
  /** The file, or null when there is none under the key. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the file; no error when there is none. */
  delete(key: string): Promise<void>;
  /** Every key in the store. */
  keys(): AsyncIterable<string>;
  /** For logs: where the files are. */
  readonly description: string;
}

const KEY = /^[0-9a-f]{32}$/;

/** 32 hex characters from the CSPRNG: not guessable, and safe as a file or object name. */
export function newFileKey(): string {
  return randomBytes(16).toString('hex');
}

export function isFileKey(value: string): boolean {
  return KEY.test(value);
}

function checkKey(key: string): string {
  if (!isFileKey(key)) throw new Error(`not a file key: ${key}`);
  return key;
}

/** Files in a folder, sharded by the key's first two characters (256 sub-folders at most). */
export class LocalFileStore implements FileStore {
  constructor(readonly dir: string) {}

  get description(): string {
    return `folder ${this.dir}`;
  }

  private pathOf(key: string): string {
    return path.join(this.dir, checkKey(key).slice(0, 2), key);
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const target = this.pathOf(key);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    // Written beside the target and renamed: a crash leaves a stray .tmp file, never a half file under the key.
    const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      const handle = await fs.promises.open(temp, 'wx');
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.promises.rename(temp, target);
    } catch (error) {
      await fs.promises.rm(temp, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await fs.promises.readFile(this.pathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await fs.promises.rm(this.pathOf(key), { force: true });
  }

  async *keys(): AsyncIterable<string> {
    let shards: string[];
    try {
      shards = (await fs.promises.readdir(this.dir)).filter((s) => /^[0-9a-f]{2}$/.test(s)).sort();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const shard of shards) {
      const names = await fs.promises.readdir(path.join(this.dir, shard));
      for (const name of names.sort()) if (isFileKey(name) && name.startsWith(shard)) yield name;
    }
  }
}

export interface S3Settings {
  /** e.g. http://127.0.0.1:9000 (MinIO), https://oss-cn-hangzhou.aliyuncs.com, https://cos.ap-guangzhou.myqcloud.com */
  endpoint: string;
  bucket: string;
  region: string;
  accessKey: string;
  secretKey: string;
}

/**
 * Objects of one bucket of an S3-compatible store, addressed path-style
 * (`<endpoint>/<bucket>/<key>`), each request signed with AWS Signature Version 4 (aws4fetch).
 */
export class S3FileStore implements FileStore {
  private readonly client: AwsClient;
  private readonly base: string;

  constructor(readonly settings: S3Settings) {
    this.client = new AwsClient({
      accessKeyId: settings.accessKey,
      secretAccessKey: settings.secretKey,
      service: 's3',
      region: settings.region,
    });
    this.base = `${settings.endpoint.replace(/\/+$/, '')}/${encodeURIComponent(settings.bucket)}`;
  }

  get description(): string {
    return `S3 ${this.base}`;
  }

  private async send(method: string, key: string | null, init: { body?: Buffer; query?: string } = {}) {
    const url = `${this.base}${key ? `/${checkKey(key)}` : ''}${init.query ? `?${init.query}` : ''}`;
    return this.client.fetch(url, {
      method,
      body: init.body,
      headers: init.body ? { 'content-type': 'application/octet-stream' } : {},
    });
  }

  private async fail(res: Response, what: string): Promise<never> {
    const text = await res.text().catch(() => '');
    const code = /<Code>([^<]+)<\/Code>/.exec(text)?.[1] ?? '';
    throw new Error(`S3 ${what}: HTTP ${res.status} ${code}`.trim());
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const res = await this.send('PUT', key, { body: bytes });
    if (!res.ok) await this.fail(res, `put ${key}`);
    await res.arrayBuffer();
  }

  async get(key: string): Promise<Buffer | null> {
    const res = await this.send('GET', key);
    if (res.status === 404) {
      await res.arrayBuffer();
      return null;
    }
    if (!res.ok) await this.fail(res, `get ${key}`);
    return Buffer.from(await res.arrayBuffer());
  }

  async delete(key: string): Promise<void> {
    const res = await this.send('DELETE', key);
    if (!res.ok && res.status !== 404) await this.fail(res, `delete ${key}`);
    await res.arrayBuffer();
  }

  async *keys(): AsyncIterable<string> {
    let token: string | null = null;
    do {
      const query: string = `list-type=2${token ? `&continuation-token=${encodeURIComponent(token)}` : ''}`;
      const res = await this.send('GET', null, { query });
      if (!res.ok) await this.fail(res, 'list');
      const xml = await res.text();
      for (const [, key] of xml.matchAll(/<Key>([^<]+)<\/Key>/g)) if (isFileKey(key)) yield key;
      token = /<IsTruncated>true<\/IsTruncated>/.test(xml)
        ? (/<NextContinuationToken>([^<]+)<\/NextContinuationToken>/.exec(xml)?.[1] ?? null)
        : null;
    } while (token);
  }
}

/** Where files go when FILE_STORE_DIR is not set: `files` beside the SQLite file, else ./data/files. */
export function defaultFileDir(target: DatabaseTarget, cwd = process.cwd()): string {
  const dataDir =
    target.type === 'sqlite' && target.file !== ':memory:' ? path.dirname(target.file) : path.resolve(cwd, 'data');
  return path.join(dataDir, 'files');
}

/**
 * The store the environment configures (README, configuration): FILE_STORE=s3 with S3_ENDPOINT,
 * S3_BUCKET, S3_REGION (default us-east-1), S3_ACCESS_KEY, S3_SECRET_KEY; otherwise a folder,
 * FILE_STORE_DIR or defaultFileDir(target).
 */
export function fileStoreFrom(env: NodeJS.ProcessEnv, target: DatabaseTarget, cwd = process.cwd()): FileStore {
  const kind = (env.FILE_STORE || 'local').toLowerCase();
  if (kind === 's3') {
    const missing = ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY', 'S3_SECRET_KEY'].filter((name) => !env[name]);
    if (missing.length) throw new Error(`FILE_STORE=s3 needs ${missing.join(', ')}`);
    return new S3FileStore({
      endpoint: env.S3_ENDPOINT!,
      bucket: env.S3_BUCKET!,
      region: env.S3_REGION || 'us-east-1',
      accessKey: env.S3_ACCESS_KEY!,
      secretKey: env.S3_SECRET_KEY!,
    });
  }
  if (kind !== 'local') throw new Error(`FILE_STORE must be local or s3, not ${env.FILE_STORE}`);
  return new LocalFileStore(env.FILE_STORE_DIR ? path.resolve(cwd, env.FILE_STORE_DIR) : defaultFileDir(target, cwd));
}

/** FILE_MAX_MB (default 20): the largest attachment, in bytes. */
export function fileMaxBytesFrom(env: NodeJS.ProcessEnv): number {
  const raw = env.FILE_MAX_MB;
  if (raw === undefined || raw === '') return 20 * 1024 * 1024;
  const mb = Number(raw);
  if (!Number.isFinite(mb) || mb <= 0) throw new Error(`FILE_MAX_MB must be a positive number, not ${raw}`);
  return Math.round(mb * 1024 * 1024);
}
