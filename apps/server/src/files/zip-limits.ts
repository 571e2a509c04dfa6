import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { InflationBudget, InflationLimitError, type InflationLimits } from './inflation';

export interface ZipLimits extends InflationLimits {
  /** Entries in the central directory at most. */
  maxEntries: number;
}

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64 = 0xffffffff;

/**
 * Checks a zip (an .xlsx, .docx, any zip upload) against `limits` before anything else reads
 * it: the sizes its central directory declares first, then each entry is inflated as a
 * stream whose bytes are counted and thrown away, stopping at the first limit crossed or as
 * soon as an entry inflates past its declared size. Memory stays a few chunks whatever the
 * file claims or holds; zlib works off the event loop. Entries are read the way JSZip (and so
 * exceljs) reads them — central directory, then the local header at its offset — so what is
 * checked is what a parser will later inflate. Throws InflationLimitError.
 */
export async function checkZip(file: Buffer, limits: ZipLimits, what = '上传的文件'): Promise<ZipEntry[]> {
  const budget = new InflationBudget(limits, what);
  const broken = (detail: string) => budget.refuse('format', `不是有效的 zip 压缩文件（${detail}）`);
  // The end record is in the last 22 bytes + up to a 64 KB comment; the last signature wins, as in JSZip.
  let end = -1;
  for (let at = file.length - 22; at >= Math.max(0, file.length - 22 - 0xffff); at--) {
    if (file.readUInt32LE(at) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) throw broken('没有目录结束记录');
  const count = file.readUInt16LE(end + 10);
  const directorySize = file.readUInt32LE(end + 12);
  const directoryAt = file.readUInt32LE(end + 16);
  if (file.readUInt16LE(end + 4) !== 0 || file.readUInt16LE(end + 6) !== 0 || file.readUInt16LE(end + 8) !== count)
    throw broken('分卷压缩');
  if (count === 0xffff || directorySize === ZIP64 || directoryAt === ZIP64) throw broken('不支持 ZIP64');
  // No bytes between the directory and its end record: readers then agree on every offset.
  if (directoryAt + directorySize !== end) throw broken('目录位置不符');
  if (count > limits.maxEntries) throw budget.refuse('entry', `含 ${count} 个文件，超过上限 ${limits.maxEntries} 个`);

  const entries: (ZipEntry & { local: number })[] = [];
  let declaredTotal = 0;
  for (let at = directoryAt, i = 0; i < count; i++) {
    if (at + 46 > end || file.readUInt32LE(at) !== CENTRAL) throw broken('目录损坏');
    const flags = file.readUInt16LE(at + 8);
    const method = file.readUInt16LE(at + 10);
    const compressedSize = file.readUInt32LE(at + 20);
    const uncompressedSize = file.readUInt32LE(at + 24);
    const nameLength = file.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + file.readUInt16LE(at + 30) + file.readUInt16LE(at + 32);
    if (next > end) throw broken('目录损坏');
    const name = file.toString('utf8', at + 46, at + 46 + nameLength);
    if (flags & 1) throw broken(`${name} 已加密`);
    if (method !== 0 && method !== 8) throw broken(`${name} 的压缩方式 ${method} 不受支持`);
    if (compressedSize === ZIP64 || uncompressedSize === ZIP64) throw broken('不支持 ZIP64');
    if (method === 0 && compressedSize !== uncompressedSize) throw broken(`${name} 的大小不符`);
    declaredTotal += uncompressedSize;
    budget.checkDeclared(name, compressedSize, uncompressedSize, declaredTotal);
    entries.push({ name, method, compressedSize, uncompressedSize, local: file.readUInt32LE(at + 42) });
    at = next;
  }

  for (const entry of entries) {
    const { local, name, compressedSize, uncompressedSize } = entry;
    if (local + 30 > directoryAt || file.readUInt32LE(local) !== LOCAL) throw broken(`${name} 的文件头损坏`);
    const dataAt = local + 30 + file.readUInt16LE(local + 26) + file.readUInt16LE(local + 28);
    if (dataAt + compressedSize > directoryAt) throw broken(`${name} 超出文件范围`);
    const data = file.subarray(dataAt, dataAt + compressedSize);
    let inflated = 0;
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        inflated += chunk.length;
        done();
      },
    });
    const meter = budget.meter(name, () => compressedSize, uncompressedSize);
    try {
      if (entry.method === 0) await pipeline(Readable.from([data]), meter, sink);
      else await pipeline(Readable.from([data]), zlib.createInflateRaw({ chunkSize: 64 * 1024 }), meter, sink);
    } catch (error) {
      if (error instanceof InflationLimitError) throw error;
      throw broken(`${name} 解压失败`);
    }
    if (inflated !== uncompressedSize) throw broken(`${name} 的实际大小与声明不符`);
  }
  return entries.map(({ local: _local, ...entry }) => entry);
}
