import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchMysqlDatabase, mysqlReachable, startServer, type RunningServer } from '@cppcc/server/src/index';
import { openDatabase } from '@cppcc/server/src/app/database';
import { backupDatabase, BackupError, inspectDump, restoreDatabase } from '@cppcc/server/src/backup';
import { LocalFileStore, type FileStore } from '@cppcc/server/src/core/file-store';
import { client, DEMO_PASSWORD, loginToken, TEST_MYSQL_URL } from '../support/api';
import { uploadFile } from '../support/builders-b';
import { buildSmallCounty } from '../support/small-county';

/*
 * Backup and restore carry the file store: files uploaded on SQLite come back byte-identical
 * (SHA-256) from a restore into MySQL, and from MySQL into SQLite again, downloadable as
 * before; a dump of format version 1 (no files) still restores; a file missing from the store
 * or changed in the dump is refused. Where no MySQL answers (and CI is not set) the MySQL leg
 * runs on a second SQLite file, with a notice.
 */

const JWT = 'test-secret-'.padEnd(40, 'x');
const ciRun = process.env.CI === 'true' || process.env.CI === '1';
const mysqlUp = await mysqlReachable(TEST_MYSQL_URL);
if (!mysqlUp && !ciRun)
  console.warn(`[backup-files] MySQL not reachable at ${TEST_MYSQL_URL}: the MySQL leg runs on SQLite instead.`);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('backup and restore keep the files of the store: SQLite → MySQL → SQLite', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cppcc-backup-files-'));
  const sourceUrl = `sqlite:${path.join(dir, 'source.db')}`;
  const drops: (() => Promise<void>)[] = [];
  let source: RunningServer;
  let sourceStore: FileStore;
  const uploads: { id: string; url: string; sha256: string; bytes: Buffer; name: string }[] = [];

  const serve = (databaseUrl: string, fileStore: FileStore) =>
    startServer({
      databaseUrl,
      port: 0,
      host: '127.0.0.1',
      firstAdmin: { username: 'admin', password: DEMO_PASSWORD },
      jwtSecret: JWT,
      fileStore,
    });
  const fetchFile = async (server: RunningServer, user: string, url: string) => {
    const res = await fetch(`${server.url}${url}`, {
      headers: { authorization: `Bearer ${await loginToken(server.url, user)}` },
    });
    return {
      status: res.status,
      bytes: Buffer.from(await res.arrayBuffer()),
      disposition: res.headers.get('content-disposition'),
    };
  };
  async function middleTarget(): Promise<string> {
    if (!mysqlUp) return `sqlite:${path.join(dir, 'middle.db')}`;
    const scratch = await createScratchMysqlDatabase(TEST_MYSQL_URL, 'cppcc_restore');
    drops.push(() => scratch.drop());
    return scratch.url;
  }

  beforeAll(async () => {
    if (!mysqlUp && ciRun) throw new Error(`CI=true and MySQL is not reachable at ${TEST_MYSQL_URL}`);
    sourceStore = new LocalFileStore(path.join(dir, 'files'));
    source = await serve(sourceUrl, sourceStore);
    const admin = client(source.url, await loginToken(source.url, 'admin'));
    const county = await buildSmallCounty(admin);
    const officer = await loginToken(source.url, 'officer');
    const files = [
      {
        name: '关于改善乡村道路的建议（附件一）.pdf',
        bytes: Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(2.5 * 1024 * 1024)]),
      },
      {
        name: '现场照片.png',
        bytes: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(3000)]),
      },
      { name: '未提交的草稿.txt', bytes: Buffer.from('尚未提交的说明\n', 'utf8') },
    ];
    for (const f of files) {
      const res = await uploadFile<{ id: string; url: string; sha256: string }>(source.url, officer, f.bytes, f.name);
      expect(res.status).toBe(201);
      uploads.push({ ...res.body, bytes: f.bytes, name: f.name });
    }
    await client(source.url, officer).ok(
      `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`,
      {
        input: {
          title: '关于改善乡村道路的建议',
          category: 'URBAN_RURAL',
          proposerKind: 'MEMBER',
          leadMemberId: county.members.own[0],
          submittedOn: '2025-02-10',
          attachmentIds: [uploads[0].id, uploads[1].id],
        },
      },
    );
  }, 120_000);

  afterAll(async () => {
    await source?.close();
    for (const drop of drops) await drop().catch(() => {});
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('dumps every file an attachment names after the tables, then restores them byte-identical into the other database and back', async () => {
    const dump1 = path.join(dir, 'source.ndjson.gz');
    const stats = await backupDatabase(openDatabase, sourceUrl, dump1, { files: sourceStore });
    expect(stats.files).toBe(3);
    const manifest = await inspectDump(dump1);
    expect(manifest.header.version).toBe(2);
    expect(manifest.files.map((f) => f.sha256).sort()).toEqual(uploads.map((u) => sha(u.bytes)).sort());
    // The 2.5 MB file is cut into lines of at most 1 MB.
    expect(manifest.files.find((f) => f.size > 2 * 1024 * 1024)!.chunks).toBe(3);

    const middleUrl = await middleTarget();
    const middleStore = new LocalFileStore(path.join(dir, 'middle-files'));
    const restored = await restoreDatabase(openDatabase, middleUrl, dump1, { files: middleStore });
    expect(restored.files).toBe(3);
    for (const u of uploads) expect(sha((await middleStore.get(u.url.slice(7)))!)).toBe(sha(u.bytes));
    const middle = await serve(middleUrl, middleStore);
    try {
      const got = await fetchFile(middle, 'officer', uploads[0].url);
      expect(got.status).toBe(200);
      expect(sha(got.bytes)).toBe(sha(uploads[0].bytes));
      expect(got.disposition).toContain(encodeURIComponent('关于改善乡村道路的建议'));
      expect((await fetchFile(middle, 'unit', uploads[0].url)).status).toBe(404);
    } finally {
      await middle.close();
    }

    const dump2 = path.join(dir, 'middle.ndjson.gz');
    expect((await backupDatabase(openDatabase, middleUrl, dump2, { files: middleStore })).files).toBe(3);
    const backUrl = `sqlite:${path.join(dir, 'back', 'back.db')}`;
    // Without options.files: the store the environment configures for the target, `files` beside the SQLite file.
    expect((await restoreDatabase(openDatabase, backUrl, dump2)).files).toBe(3);
    const backStore = new LocalFileStore(path.join(dir, 'back', 'files'));
    const keys: string[] = [];
    for await (const key of backStore.keys()) keys.push(key);
    expect(keys.sort()).toEqual(uploads.map((u) => u.url.slice(7)).sort());
    for (const u of uploads) expect(sha((await backStore.get(u.url.slice(7)))!)).toBe(sha(u.bytes));
  }, 120_000);

  it('still restores a dump of format version 1 (no files)', async () => {
    const empty = `sqlite:${path.join(dir, 'empty-source.db')}`;
    const server = await serve(empty, new LocalFileStore(path.join(dir, 'empty-files')));
    await server.close();
    const v2 = path.join(dir, 'empty.ndjson.gz');
    await backupDatabase(openDatabase, empty, v2, { files: new LocalFileStore(path.join(dir, 'empty-files')) });
    const lines = zlib.gunzipSync(fs.readFileSync(v2)).toString('utf8').split('\n');
    const header = JSON.parse(lines[0]);
    header.version = 1;
    const end = JSON.parse(lines.find((l) => l.startsWith('{"end"'))!);
    delete end.files;
    const v1 = path.join(dir, 'v1.ndjson.gz');
    fs.writeFileSync(
      v1,
      zlib.gzipSync(
        [
          JSON.stringify(header),
          ...lines.slice(1).filter((l) => l && !l.startsWith('{"end"')),
          JSON.stringify(end),
        ].join('\n'),
      ),
    );
    const stats = await restoreDatabase(openDatabase, `sqlite:${path.join(dir, 'from-v1.db')}`, v1, {
      files: new LocalFileStore(path.join(dir, 'from-v1-files')),
    });
    expect(stats.files).toBe(0);
    expect(stats.rows).toBeGreaterThan(0);
  });

  it('refuses to back up a file missing from the store, and a dump whose file bytes were changed', async () => {
    const dump = path.join(dir, 'again.ndjson.gz');
    await backupDatabase(openDatabase, sourceUrl, dump, { files: sourceStore });
    const lines = zlib.gunzipSync(fs.readFileSync(dump)).toString('utf8').split('\n');
    const at = lines.findIndex((l) => l.startsWith('{"file"'));
    const chunk = Buffer.from(JSON.parse(lines[at + 1]) as string, 'base64');
    chunk[chunk.length - 1] ^= 0xff;
    lines[at + 1] = JSON.stringify(chunk.toString('base64'));
    const changed = path.join(dir, 'changed.ndjson.gz');
    fs.writeFileSync(changed, zlib.gzipSync(lines.join('\n')));
    const refusal = await inspectDump(changed).catch((e) => e);
    expect(refusal).toBeInstanceOf(BackupError);
    expect(refusal.message).toMatch(/SHA-256 与记录不符/);

    const key = uploads[2].url.slice(7);
    const saved = (await sourceStore.get(key))!;
    await sourceStore.delete(key);
    try {
      const missing = await backupDatabase(openDatabase, sourceUrl, path.join(dir, 'missing.ndjson.gz'), {
        files: sourceStore,
      }).catch((e) => e);
      expect(missing).toBeInstanceOf(BackupError);
      expect(missing.message).toContain(`附件 ${key} 在文件存储`);
    } finally {
      await sourceStore.put(key, saved);
    }
  });
});
