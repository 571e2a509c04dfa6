import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { InflationLimitError } from './inflation';
import { checkZip, type ZipLimits } from './zip-limits';

const MB = 1024 * 1024;
const LIMITS: ZipLimits = { maxEntryBytes: 10 * MB, maxTotalBytes: 12 * MB, maxRatio: 100, maxEntries: 50 };

async function zip(files: Record<string, Buffer | string>): Promise<Buffer> {
  const z = new JSZip();
  for (const [name, data] of Object.entries(files)) z.file(name, data);
  return z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The central directory entry `name` of `file` declares `size` uncompressed bytes. */
function declare(file: Buffer, name: string, size: number): Buffer {
  const copy = Buffer.from(file);
  const at = copy.indexOf(Buffer.concat([Buffer.from('PK\x01\x02', 'latin1')]));
  for (let p = at; p >= 0; p = copy.indexOf(Buffer.from('PK\x01\x02', 'latin1'), p + 1)) {
    if (copy.toString('utf8', p + 46, p + 46 + copy.readUInt16LE(p + 28)) === name) {
      copy.writeUInt32LE(size, p + 24);
      return copy;
    }
  }
  throw new Error(name);
}

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InflationLimitError);
  return error as InflationLimitError;
};

describe('checkZip', () => {
  it('passes an ordinary workbook and lists its entries with their sizes', async () => {
    const book = new ExcelJS.Workbook();
    book
      .addWorksheet('表')
      .addRows(Array.from({ length: 2000 }, (_, i) => [`名字${i}`, i, new Date(2024, 0, 1 + (i % 300))]));
    const entries = await checkZip(Buffer.from(await book.xlsx.writeBuffer()), LIMITS);
    expect(entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')).toMatchObject({ method: 8 });
    expect(entries.every((e) => e.uncompressedSize >= 0)).toBe(true);
  });

  it('refuses an entry declared larger than the limit before inflating it', async () => {
    const error = await refusal(checkZip(await zip({ 'a.xml': Buffer.alloc(11 * MB, 'a') }), LIMITS));
    expect(error.limit).toBe('entry');
    expect(error.message).toMatch(/a\.xml 解压后为 11 MB，超过上限 10 MB.*压缩炸弹/);
  });

  it('refuses entries whose declared sizes together cross the total limit', async () => {
    const file = await zip({
      'a.xml': Buffer.alloc(5 * MB, 'a'),
      'b.xml': Buffer.alloc(5 * MB, 'b'),
      'c.xml': Buffer.alloc(5 * MB, 'c'),
    });
    expect((await refusal(checkZip(file, { ...LIMITS, maxRatio: 10_000 }))).limit).toBe('total');
  });

  it('refuses a repetitive entry by its ratio', async () => {
    expect((await refusal(checkZip(await zip({ 'a.xml': Buffer.alloc(5 * MB, 'a') }), LIMITS))).limit).toBe('ratio');
  });

  it('stops inflating an entry as soon as it passes the size it declares', async () => {
    const file = declare(await zip({ 'a.xml': Buffer.alloc(9 * MB, 'a') }), 'a.xml', 1000);
    const started = Date.now();
    const error = await refusal(checkZip(file, { ...LIMITS, maxRatio: 10_000 }));
    expect(error.limit).toBe('declared');
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('refuses what is not a zip, a truncated zip and too many entries', async () => {
    expect((await refusal(checkZip(Buffer.from('not a zip at all, just text'), LIMITS))).limit).toBe('format');
    const good = await zip({ 'a.xml': 'hello '.repeat(1000) });
    expect((await refusal(checkZip(good.subarray(0, good.length - 30), LIMITS))).limit).toBe('format');
    const many = await zip(Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`f${i}.txt`, 'x'])));
    expect((await refusal(checkZip(many, LIMITS))).message).toMatch(/51 个文件/);
  });
});
