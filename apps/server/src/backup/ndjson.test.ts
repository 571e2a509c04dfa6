import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { BackupError } from './format';
import { readDumpLines } from './ndjson';

const MB = 1024 * 1024;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ndjson-bomb-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A gzip file of `bytes` of `text` repeated, written in chunks. */
async function gzipOf(name: string, text: string, bytes: number): Promise<string> {
  const file = path.join(dir, name);
  const chunk = Buffer.from(text.repeat(Math.ceil(MB / text.length)));
  await pipeline(
    Readable.from(
      (function* () {
        for (let n = 0; n < bytes; n += chunk.length) yield chunk;
      })(),
    ),
    zlib.createGzip(),
    fs.createWriteStream(file),
  );
  return file;
}

const refusal = async (lines: AsyncGenerator<unknown>) => {
  try {
    for await (const _ of lines);
  } catch (error) {
    return error as BackupError;
  }
  throw new Error('not refused');
};

describe('readDumpLines on a gzip bomb', () => {
  it('refuses one endless line at the per-line limit, without inflating the rest', async () => {
    const file = await gzipOf('line.gz', 'a', 64 * MB);
    const started = Date.now();
    const error = await refusal(readDumpLines(file));
    expect(error).toBeInstanceOf(BackupError);
    expect(error.message).toMatch(/第 1 行过长/);
    expect(Date.now() - started).toBeLessThan(3000);
  }, 20_000);

  it('refuses a file inflating far more than JSON rows do (ratio), and one past the total limit', async () => {
    const file = await gzipOf('rows.gz', '[1]\n', 40 * MB);
    const ratio = await refusal(
      readDumpLines(file, {
        maxEntryBytes: 1024 * MB,
        maxTotalBytes: 1024 * MB,
        maxRatio: 200,
        ratioGraceBytes: 2 * MB,
      }),
    );
    expect(ratio.message).toMatch(/压缩比超过 200 倍.*decompression bomb/);
    const total = await refusal(
      readDumpLines(file, { maxEntryBytes: 4 * MB, maxTotalBytes: 4 * MB, maxRatio: 10_000 }),
    );
    expect(total.message).toMatch(/超过上限 4 MB/);
  }, 20_000);
});
